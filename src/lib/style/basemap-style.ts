/**
 * The embedded basemap as a MapLibre style: Natural Earth land, water, borders and country
 * names from files this site serves itself, lettered with a font it also serves itself
 * (`font-faces`, no glyph server). https://maplibre.org/maplibre-style-spec/
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { basemapPath, basemapResolutions } from '$lib/basemap/resolutions';
import { basemapColours } from './palette';

import { regularFont } from './fonts';
import type { DeferredSource } from './map-setup';

export const attribution =
	'<a href="https://www.naturalearthdata.com/">Natural Earth</a> (boundaries are not an endorsement)';

function basemapLayers(sourceId: string, minzoom: number, maxzoom: number): LayerSpecification[] {
	const range = { source: sourceId, minzoom, maxzoom };
	return [
		{
			id: `${sourceId}-land`,
			type: 'fill',
			...range,
			filter: ['==', ['get', 'kind'], 'country'],
			paint: { 'fill-color': basemapColours.land, 'fill-outline-color': basemapColours.coastline }
		},
		{
			id: `${sourceId}-borders`,
			type: 'line',
			...range,
			filter: ['==', ['get', 'kind'], 'border'],
			paint: {
				'line-color': basemapColours.border,
				'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 6, 1.2]
			}
		}
	];
}

function countryLabelLayer(sourceId: string, minzoom: number, maxzoom: number): LayerSpecification {
	return {
		id: `${sourceId}-country-labels`,
		type: 'symbol',
		source: sourceId,
		minzoom,
		maxzoom,
		filter: ['all', ['==', ['get', 'kind'], 'label'], ['>=', ['zoom'], ['get', 'minzoom']]],
		layout: {
			'text-field': ['get', 'name'],
			'text-font': [regularFont],
			'text-size': ['interpolate', ['linear'], ['zoom'], 1, 10, 6, 14],
			'text-transform': 'uppercase',
			'text-letter-spacing': 0.08,
			'text-max-width': 8,
			// Bigger countries win label collisions.
			'symbol-sort-key': ['get', 'labelrank']
		},
		paint: {
			'text-color': basemapColours.label,
			'text-halo-color': basemapColours.halo,
			'text-halo-width': 1.5
		}
	};
}

/**
 * The full embedded style, prepared at build time. Its URLs are root-relative ("/basemap/…")
 * and it has no `font-faces` yet: the browser makes both absolute (see map/embedded-style.ts),
 * since MapLibre fetches sources from a worker that cannot resolve relative URLs.
 */
export function embeddedStyle(): StyleSpecification {
	const sources: StyleSpecification['sources'] = {};
	const fills: LayerSpecification[] = [];
	const labels: LayerSpecification[] = [];
	for (const resolution of basemapResolutions) {
		const sourceId = `basemap-${resolution.id}`;
		sources[sourceId] = {
			type: 'geojson',
			data: resolution.deferred
				? { type: 'FeatureCollection', features: [] }
				: basemapPath(resolution),
			attribution,
			// Country shapes never need more than this; fewer vertices per tile.
			maxzoom: 8,
			tolerance: 0.5
		};
		fills.push(...basemapLayers(sourceId, resolution.minzoom, resolution.maxzoom));
		labels.push(countryLabelLayer(sourceId, resolution.minzoom, resolution.maxzoom));
	}
	return {
		version: 8,
		name: 'Embedded Natural Earth basemap',
		sources,
		layers: [
			{ id: 'water', type: 'background', paint: { 'background-color': basemapColours.water } },
			...fills,
			...labels
		]
	};
}

/** Basemap files the style starts without (root-relative); the map loads them when needed. */
export function deferredBasemapSources(): DeferredSource[] {
	return basemapResolutions
		.filter((resolution) => resolution.deferred)
		.map((resolution) => ({
			sourceId: `basemap-${resolution.id}`,
			url: basemapPath(resolution),
			minzoom: resolution.minzoom
		}));
}
