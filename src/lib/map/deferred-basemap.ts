/**
 * Loads the basemap's finer resolutions only when they are needed: immediately if the first
 * view is zoomed in that far, otherwise after the first complete render, so the default view
 * paints from the small 1:110m file alone.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';

import type { DeferredSource } from '$lib/style/map-setup';

export function loadDeferredBasemap(
	map: MapLibreMap,
	sources: DeferredSource[],
	origin: string
): () => void {
	const pending = new Set(sources);
	const load = (source: DeferredSource) => {
		if (!pending.delete(source)) return;
		map.getSource<GeoJSONSource>(source.sourceId)?.setData(new URL(source.url, origin).href);
	};
	const neededNow = () => {
		for (const source of pending) if (map.getZoom() >= source.minzoom - 0.5) load(source);
	};
	const loadRest = () => {
		for (const source of pending) load(source);
	};
	neededNow();
	map.on('zoom', neededNow);
	map.once('idle', loadRest);
	return () => {
		map.off('zoom', neededNow);
		map.off('idle', loadRest);
	};
}
