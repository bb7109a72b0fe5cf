/**
 * Rewrites the page URL in place. Through SvelteKit's `replaceState` so the router's own
 * history bookkeeping stays intact; one entry is replaced, none is added.
 */
import { replaceState } from '$app/navigation';

export function replaceUrl(mutate: (url: URL) => void): void {
	const url = new URL(window.location.href);
	mutate(url);
	// The same page with a new hash or query, not a route to resolve.
	// eslint-disable-next-line svelte/no-navigation-without-resolve
	if (url.href !== window.location.href) replaceState(url, {});
}

export function replaceHash(hash: string): void {
	replaceUrl((url) => {
		url.hash = hash;
	});
}
