import { loadStory } from '$lib/story/load.server';
import type { PageServerLoad } from './$types';

// Runs at build time only: the validated, derived story is baked into the prerendered page.
export const load: PageServerLoad = async () => ({ story: await loadStory() });
