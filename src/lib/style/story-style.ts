/**
 * The story's map layers, grouped as the legend groups them. Pure style objects: the map code
 * adds them once and afterwards only switches their visibility.
 * https://maplibre.org/maplibre-style-spec/layers/
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { LayerGroupId } from '$lib/story/layer-groups';
import { basemapResolutions } from '$lib/basemap/resolutions';
import { boldFont, regularFont } from './basemap-style';
import { basemapColours, storyColours } from './palette';

export const storySourceIds = {
	places: 'story-places',
	pipeline: 'story-pipeline',
	links: 'story-links'
} as const;

/** GeoJSON sources keyed by their string `id` property, so feature-state can highlight them. */
export function storySource(data: GeoJSON.FeatureCollection): SourceSpecification {
	return { type: 'geojson', data, promoteId: 'id' };
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
					'circle-stroke-color': '#ffffff',
					'circle-stroke-width': 1.5
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
					'circle-stroke-color': storyColours.venue,
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
					'circle-stroke-color': ['case', selected, storyColours.highlight, '#ffffff'],
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
