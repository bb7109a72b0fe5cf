/**
 * Keeps the map view and the URL hash in step: a view in the loaded hash wins over the default
 * framing, and every finished move rewrites the hash in place (no history entry per drag).
 */
import type { LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import { formatViewHash, parseViewHash, type MapView } from '$lib/url/view-hash';

export type InitialView =
	| { kind: 'view'; view: MapView }
	| { kind: 'bounds'; bounds: LngLatBoundsLike; problem: string | null };

export function initialView(hash: string, defaultBounds: LngLatBoundsLike): InitialView {
	const parsed = parseViewHash(hash);
	if (parsed.kind === 'view') return parsed;
	return {
		kind: 'bounds',
		bounds: defaultBounds,
		problem: parsed.kind === 'invalid' ? parsed.problem : null
	};
}

export function currentView(map: MapLibreMap): MapView {
	const { lng, lat } = map.getCenter();
	return { zoom: map.getZoom(), lat, lng, bearing: map.getBearing(), pitch: map.getPitch() };
}

/**
 * Writes the view to the hash now (replacing a hash that could not be honoured) and after each
 * move; returns the function that stops it.
 */
export function syncViewToHash(map: MapLibreMap, writeHash: (hash: string) => void): () => void {
	const write = () => writeHash(formatViewHash(currentView(map)));
	write();
	map.on('moveend', write);
	return () => map.off('moveend', write);
}
