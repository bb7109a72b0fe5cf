/**
 * Finishes the build-time basemap style in the browser: MapLibre fetches GeoJSON from a worker,
 * where a root-relative URL would resolve against the worker's own file, so every URL is made
 * absolute here; and the font files' hashed URLs become the style's `font-faces`.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { boldFont, regularFont } from '$lib/style/fonts';

export type FontUrls = { regular: string; bold: string };

export function absoluteStyle(
	style: StyleSpecification,
	origin: string,
	fonts: FontUrls
): StyleSpecification {
	const sources: StyleSpecification['sources'] = {};
	for (const [id, source] of Object.entries(style.sources)) {
		sources[id] =
			source.type === 'geojson' && typeof source.data === 'string'
				? { ...source, data: new URL(source.data, origin).href }
				: source;
	}
	return {
		...style,
		'font-faces': {
			[regularFont]: [{ url: new URL(fonts.regular, origin).href }],
			[boldFont]: [{ url: new URL(fonts.bold, origin).href }]
		},
		sources
	};
}
