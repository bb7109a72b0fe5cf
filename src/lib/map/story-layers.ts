/**
 * Adds the story's sources and layers to the map once, switches layer groups on and off
 * (visibility only: sources are never reloaded), and turns clicks and hovers into selections.
 */
import type {
	GeoJSONSource,
	MapGeoJSONFeature,
	LngLat,
	Map as MapLibreMap,
	MapLayerMouseEvent,
	MapMouseEvent
} from 'maplibre-gl';
import type { LayerGroupId } from '$lib/story/layer-groups';
import type { Selection } from '$lib/story/selection';
import type { MapSetup } from '$lib/style/map-setup';
import { storySourceIds } from '$lib/style/story-source-ids';
import type { StoryLayer } from '$lib/style/story-style';

export type AddedStoryLayers = { layers: StoryLayer[]; interactiveIds: string[] };

export function addStoryLayers(
	map: MapLibreMap,
	setup: MapSetup,
	visible: readonly LayerGroupId[]
): AddedStoryLayers {
	for (const [id, source] of Object.entries(setup.storySources)) map.addSource(id, source);
	const styleLayers = map.getStyle().layers;
	const firstLabelId = styleLayers.find((layer) => layer.type === 'symbol')?.id;
	const added: StoryLayer[] = [];
	for (const entry of setup.storyLayers) {
		const { layer } = entry;
		// An external style may lack the embedded basemap's sources: skip what cannot be drawn.
		if ('source' in layer && typeof layer.source === 'string' && !map.getSource(layer.source))
			continue;
		const beforeId =
			entry.beneath === 'labels'
				? firstLabelId
				: entry.beneath === 'borders' && 'source' in layer
					? `${String(layer.source)}-borders`
					: undefined;
		map.addLayer(
			{
				...layer,
				layout: {
					...layer.layout,
					visibility: visible.includes(entry.group) ? 'visible' : 'none'
				}
			} as typeof layer,
			beforeId && map.getLayer(beforeId) ? beforeId : undefined
		);
		added.push(entry);
	}
	return {
		layers: added,
		interactiveIds: added.filter((entry) => entry.interactive).map((entry) => entry.layer.id)
	};
}

export function setLayerGroupVisibility(
	map: MapLibreMap,
	added: AddedStoryLayers,
	visible: readonly LayerGroupId[]
): void {
	for (const { group, layer } of added.layers) {
		const visibility = visible.includes(group) ? 'visible' : 'none';
		if (map.getLayoutProperty(layer.id, 'visibility') !== visibility) {
			map.setLayoutProperty(layer.id, 'visibility', visibility);
		}
	}
}

function selectionOf(feature: MapGeoJSONFeature): Selection | null {
	const id = feature.properties.id;
	if (typeof id !== 'string') return null;
	if (feature.source === storySourceIds.places) return { kind: 'place', id };
	if (feature.source === storySourceIds.pipeline) return { kind: 'pipeline', id };
	if (feature.source === storySourceIds.links) return { kind: 'link', id };
	return null;
}

type FeatureKey = { source: string; id: string };

function clusterIdOf(feature: MapGeoJSONFeature): number | null {
	const id = feature.properties.cluster_id;
	return feature.properties.cluster === true && typeof id === 'number' ? id : null;
}

/** A click on a cluster zooms in just far enough for it to split. */
async function zoomIntoCluster(map: MapLibreMap, feature: MapGeoJSONFeature): Promise<void> {
	const clusterId = clusterIdOf(feature);
	const source = map.getSource<GeoJSONSource>(storySourceIds.places);
	if (clusterId === null || !source || feature.geometry.type !== 'Point') return;
	const zoom = await source.getClusterExpansionZoom(clusterId);
	const [lng = 0, lat = 0] = feature.geometry.coordinates;
	const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
	map.easeTo({ center: [lng, lat], zoom, duration: reduced ? 0 : 500 });
}

/**
 * Click opens what is under the pointer (points before lines, with a few pixels of slack for
 * fingers); hover highlights it and shows a pointer cursor. Returns the function that unbinds.
 */
export function bindStoryInteractions(
	map: MapLibreMap,
	added: AddedStoryLayers,
	onselect: (selection: Selection | null, at: LngLat) => void
): () => void {
	const slack = 6;
	let hovered: FeatureKey | null = null;
	const featuresAt = (event: MapMouseEvent) => {
		const { x, y } = event.point;
		const layers = added.interactiveIds.filter(
			(id) => map.getLayoutProperty(id, 'visibility') !== 'none'
		);
		if (layers.length === 0) return [];
		return map.queryRenderedFeatures(
			[
				[x - slack, y - slack],
				[x + slack, y + slack]
			],
			{ layers }
		);
	};
	const setHover = (next: FeatureKey | null) => {
		if (hovered && (hovered.id !== next?.id || hovered.source !== next?.source)) {
			map.setFeatureState(hovered, { hover: false });
		}
		if (next) map.setFeatureState(next, { hover: true });
		hovered = next;
		map.getCanvas().style.cursor = next ? 'pointer' : '';
	};
	const onClick = (event: MapMouseEvent) => {
		const features = featuresAt(event);
		const feature = features.find((candidate) => selectionOf(candidate));
		const cluster = features.find((candidate) => clusterIdOf(candidate) !== null);
		if (!feature && cluster) return void zoomIntoCluster(map, cluster);
		onselect(feature ? selectionOf(feature) : null, event.lngLat);
	};
	const onMove = (event: MapLayerMouseEvent | MapMouseEvent) => {
		const feature = featuresAt(event)[0];
		const id = feature?.properties.id;
		setHover(feature && typeof id === 'string' ? { source: feature.source, id } : null);
		if (feature && clusterIdOf(feature) !== null) map.getCanvas().style.cursor = 'pointer';
	};
	const onLeave = () => setHover(null);
	map.on('click', onClick);
	map.on('mousemove', onMove);
	map.getCanvas().addEventListener('mouseleave', onLeave);
	return () => {
		map.off('click', onClick);
		map.off('mousemove', onMove);
		map.getCanvas().removeEventListener('mouseleave', onLeave);
	};
}

/** Marks the selected places, pipeline or link with feature-state `selected`. */
export function highlightSelection(
	map: MapLibreMap,
	previous: FeatureKey[],
	placeIds: string[],
	selection: Selection | null
): FeatureKey[] {
	for (const key of previous) map.setFeatureState(key, { selected: false });
	const next: FeatureKey[] = placeIds.map((id) => ({ source: storySourceIds.places, id }));
	if (selection?.kind === 'pipeline')
		next.push({ source: storySourceIds.pipeline, id: selection.id });
	if (selection?.kind === 'link') next.push({ source: storySourceIds.links, id: selection.id });
	for (const key of next) map.setFeatureState(key, { selected: true });
	return next;
}
