// The whole site is prerendered to static files (adapter-static).
export const prerender = true;
export const trailingSlash = 'never';
