/**
 * The story's map layers, grouped as the legend groups them. Pure style objects: the map code
 * adds them once and afterwards only switches their visibility.
 * https://maplibre.org/maplibre-style-spec/layers/
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { LayerGroupId } from '$lib/story/layer-groups';
import { basemapResolutions } from '$lib/basemap/resolutions';
import { boldFont, regularFont } from './fonts';
import { basemapColours, storyColours } from './palette';
import { storySourceIds } from './story-source-ids';

/** GeoJSON sources keyed by their string `id` property, so feature-state can highlight them. */
export function storySource(data: GeoJSON.FeatureCollection): SourceSpecification {
	return { type: 'geojson', data, promoteId: 'id' };
}

/**
 * Above this many places, points are clustered at small zooms: a thousand markers over Eurasia
 * would be an unreadable smear (and slow to place labels for). The real story has a handful.
 */
export const clusterPlacesAbove = 150;
/** Clusters only at zooms where a whole region is in view; an event's framing (zoom ≥ 5.5) is never clustered. */
export const clusterMaxZoom = 5;

export function placesSource(data: GeoJSON.FeatureCollection): SourceSpecification {
	if (data.features.length <= clusterPlacesAbove) return storySource(data);
	return {
		...storySource(data),
		cluster: true,
		clusterRadius: 40,
		clusterMaxZoom
	} as SourceSpecification;
}

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const emphasis = (normal: number, hover: number, select: number): ExpressionSpecification => [
	'case',
	selected,
	select,
	hovered,
	hover,
	normal
];

const labelPaint = {
	'text-color': '#1f1d1a',
	'text-halo-color': basemapColours.halo,
	'text-halo-width': 2,
	'text-halo-blur': 0.5
} as const;

// Every circle layer makes radius, stroke colour and stroke width depend on feature-state, even
// where a value does not change: MapLibre compiles one shader program per combination of
// data-driven properties, and each compile blocks the main thread (~20–100 ms in software GL).
const circleStroke = (colour: string): ExpressionSpecification => [
	'case',
	selected,
	storyColours.highlight,
	colour
];

export type StoryLayer = {
	group: LayerGroupId;
	/** Drawn beneath this basemap layer (null: on top of everything). */
	beneath: 'borders' | 'labels' | null;
	/** Clicking it opens a popup. */
	interactive: boolean;
	layer: LayerSpecification;
};

function countriesInvolvedLayers(iso3: string[]): StoryLayer[] {
	return basemapResolutions.map((resolution) => ({
		group: 'countries',
		beneath: 'borders',
		interactive: false,
		layer: {
			id: `countries-involved-${resolution.id}`,
			type: 'fill',
			source: `basemap-${resolution.id}`,
			minzoom: resolution.minzoom,
			maxzoom: resolution.maxzoom,
			filter: [
				'all',
				['==', ['get', 'kind'], 'country'],
				['in', ['get', 'iso3'], ['literal', iso3]]
			],
			paint: { 'fill-color': storyColours.involved, 'fill-opacity': 0.16 }
		}
	}));
}

export function storyLayers(involvedIso3: string[]): StoryLayer[] {
	return [
		...countriesInvolvedLayers(involvedIso3),
		{
			group: 'links',
			beneath: 'labels',
			interactive: true,
			layer: {
				id: 'links-arcs',
				type: 'line',
				source: storySourceIds.links,
				layout: { 'line-cap': 'round' },
				paint: {
					'line-color': storyColours.link,
					'line-width': emphasis(2, 4, 5),
					'line-opacity': 0.85
				}
			}
		},
		{
			group: 'pipeline',
			beneath: 'labels',
			interactive: true,
			layer: {
				id: 'pipeline-line',
				type: 'line',
				source: storySourceIds.pipeline,
				layout: { 'line-cap': 'butt', 'line-join': 'round' },
				paint: {
					'line-color': storyColours.pipeline,
					'line-width': emphasis(3.5, 5.5, 6),
					// Dashed: planned, and the route is approximate.
					'line-dasharray': [2, 1.5]
				}
			}
		},
		{
			group: 'pipeline',
			beneath: null,
			interactive: true,
			layer: {
				id: 'pipeline-ends',
				type: 'circle',
				source: storySourceIds.places,
				filter: ['get', 'pipelineEnd'],
				paint: {
					'circle-radius': emphasis(5, 7, 8),
					'circle-color': storyColours.pipeline,
					'circle-stroke-color': circleStroke('#ffffff'),
					'circle-stroke-width': emphasis(1.5, 1.5, 2.5)
				}
			}
		},
		{
			group: 'venues',
			beneath: null,
			interactive: true,
			layer: {
				id: 'venues-rings',
				type: 'circle',
				source: storySourceIds.places,
				filter: ['get', 'venue'],
				paint: {
					'circle-radius': emphasis(10, 12, 13),
					'circle-color': 'rgba(0,0,0,0)',
					'circle-stroke-color': circleStroke(storyColours.venue),
					'circle-stroke-width': emphasis(2.5, 3.5, 4)
				}
			}
		},
		{
			group: 'capitals',
			beneath: null,
			interactive: true,
			layer: {
				id: 'capitals-points',
				type: 'circle',
				source: storySourceIds.places,
				filter: ['get', 'capital'],
				paint: {
					'circle-radius': emphasis(6, 8, 8),
					'circle-color': storyColours.capital,
					'circle-stroke-color': circleStroke('#ffffff'),
					'circle-stroke-width': emphasis(2, 2.5, 3)
				}
			}
		},
		{
			group: 'venues',
			beneath: null,
			interactive: false,
			layer: {
				id: 'venues-labels',
				type: 'symbol',
				source: storySourceIds.places,
				filter: ['all', ['get', 'venue'], ['==', ['get', 'kind'], 'venue']],
				minzoom: 9,
				layout: {
					'text-field': ['get', 'name'],
					'text-font': [regularFont],
					'text-size': 12,
					'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
					'text-radial-offset': 1.2
				},
				paint: { ...labelPaint, 'text-color': '#7a3300' }
			}
		},
		{
			group: 'pipeline',
			beneath: null,
			interactive: false,
			layer: {
				id: 'pipeline-end-labels',
				type: 'symbol',
				source: storySourceIds.places,
				filter: ['all', ['get', 'pipelineEnd'], ['!', ['get', 'capital']]],
				layout: {
					'text-field': ['get', 'name'],
					'text-font': [boldFont],
					'text-size': 13,
					'text-anchor': 'left',
					'text-offset': [0.8, 0],
					'text-allow-overlap': true
				},
				paint: { ...labelPaint, 'text-color': '#005c43' }
			}
		},
		// Present only when the places source clusters (see placesSource): a count in a circle;
		// clicking it zooms in until it splits. Grouped with the venues, which most places are.
		{
			group: 'venues',
			beneath: null,
			interactive: true,
			layer: {
				id: 'places-clusters',
				type: 'circle',
				source: storySourceIds.places,
				filter: ['has', 'point_count'],
				paint: {
					'circle-radius': ['step', ['get', 'point_count'], 12, 10, 16, 50, 21],
					'circle-color': storyColours.venue,
					'circle-opacity': 0.85,
					'circle-stroke-color': '#ffffff',
					'circle-stroke-width': 2
				}
			}
		},
		{
			group: 'venues',
			beneath: null,
			interactive: false,
			layer: {
				id: 'places-cluster-counts',
				type: 'symbol',
				source: storySourceIds.places,
				filter: ['has', 'point_count'],
				layout: {
					'text-field': ['get', 'point_count_abbreviated'],
					'text-font': [boldFont],
					'text-size': 12,
					'text-allow-overlap': true
				},
				paint: { 'text-color': '#ffffff' }
			}
		},
		{
			group: 'capitals',
			beneath: null,
			interactive: false,
			layer: {
				id: 'capitals-labels',
				type: 'symbol',
				source: storySourceIds.places,
				filter: ['get', 'capital'],
				layout: {
					'text-field': ['get', 'name'],
					'text-font': [boldFont],
					'text-size': 14,
					'text-anchor': ['get', 'labelAnchor'],
					'text-offset': [
						'match',
						['get', 'labelAnchor'],
						'right',
						['literal', [-0.9, 0]],
						['literal', [0.9, 0]]
					],
					// The story's capitals are never dropped in a label collision; country
					// names placed later give way to them instead.
					'text-allow-overlap': true
				},
				paint: labelPaint
			}
		}
	];
}
