/**
 * Everything the map draws, prepared at build time: the embedded basemap style, the story's
 * GeoJSON sources and its layers grouped as the legend groups them. The prerendered page carries
 * it as data, so the browser ships no style-building code and runs none before the first frame.
 */
import type { SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { linkFeatures, pipelineFeatures, placeFeatures } from '$lib/story/features';
import type { StoryIndex } from '$lib/story/story-index';
import { deferredBasemapSources, embeddedStyle } from './basemap-style';
import { storySourceIds } from './story-source-ids';
import { placesSource, storyLayers, storySource, type StoryLayer } from './story-style';

/** A basemap file the style starts without; `url` is root-relative. */
export type DeferredSource = { sourceId: string; url: string; minzoom: number };

export type MapSetup = {
	basemap: StyleSpecification;
	deferred: DeferredSource[];
	storySources: Record<string, SourceSpecification>;
	storyLayers: StoryLayer[];
};

export function mapSetup(index: StoryIndex, involvedIso3: string[]): MapSetup {
	return {
		basemap: embeddedStyle(),
		deferred: deferredBasemapSources(),
		storySources: {
			[storySourceIds.places]: placesSource(placeFeatures(index)),
			[storySourceIds.pipeline]: storySource(pipelineFeatures(index.story)),
			[storySourceIds.links]: storySource(linkFeatures(index.story))
		},
		storyLayers: storyLayers(involvedIso3)
	};
}
