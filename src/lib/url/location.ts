/**
 * Rewrites the page URL in place: one history entry is replaced, none is added.
 *
 * Native `history.replaceState`, keeping `history.state` (where SvelteKit keeps its own
 * bookkeeping). SvelteKit's `replaceState` from `$app/navigation` would also update its `page`
 * store, but it throws if called while the app is still hydrating — which is exactly when a
 * shared link is first normalised — and nothing here reads `page.url`.
 */
export function replaceUrl(mutate: (url: URL) => void): void {
	const url = new URL(window.location.href);
	mutate(url);
	if (url.href !== window.location.href) history.replaceState(history.state, '', url);
}

export function replaceHash(hash: string): void {
	replaceUrl((url) => {
		url.hash = hash;
	});
}
