/**
 * The map setup the build prepares: every layer draws from a source that exists, URLs are left
 * root-relative for the browser to finish, and places cluster only in a dense story.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StyleSpecification } from 'maplibre-gl';
import { afterAll, describe, expect, it } from 'vitest';
import { absoluteStyle } from '$lib/map/embedded-style';
import { layerGroupIds } from '$lib/story/layer-groups';
import { loadStory } from '$lib/story/load.server';
import { indexStory } from '$lib/story/story-index';
import { mapSetup, type MapSetup } from './map-setup';
import { clusterPlacesAbove } from './story-style';

const temporary: string[] = [];
afterAll(async () => {
	await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function setupOf(dir?: string): Promise<MapSetup> {
	const story = await loadStory(dir);
	return mapSetup(
		indexStory(story),
		story.countries.map((country) => country.iso3)
	);
}

function sourceOfLayer(layer: MapSetup['storyLayers'][number]['layer']): string | undefined {
	return 'source' in layer && typeof layer.source === 'string' ? layer.source : undefined;
}

describe('mapSetup for the real story', () => {
	it('draws every story layer from a story or basemap source, each in a legend group', async () => {
		const setup = await setupOf();
		const sources = new Set([
			...Object.keys(setup.basemap.sources),
			...Object.keys(setup.storySources)
		]);
		expect(setup.storyLayers.length).toBeGreaterThan(8);
		for (const { layer, group } of setup.storyLayers) {
			expect(sources).toContain(sourceOfLayer(layer));
			expect(layerGroupIds).toContain(group);
		}
		const ids = setup.storyLayers.map(({ layer }) => layer.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('leaves basemap URLs root-relative and defers the fine basemap', async () => {
		const setup = await setupOf();
		const urls = Object.values(setup.basemap.sources).flatMap((source) =>
			source.type === 'geojson' && typeof source.data === 'string' ? [source.data] : []
		);
		expect(urls).toEqual(['/basemap/countries-110m.json']);
		expect(setup.deferred).toEqual([
			{ sourceId: 'basemap-50m', url: '/basemap/countries-50m.json', minzoom: 4 }
		]);
		expect(setup.basemap['font-faces']).toBeUndefined();
	});

	it('does not cluster a story of a handful of places', async () => {
		const setup = await setupOf();
		const places = setup.storySources['story-places'];
		expect(places?.type).toBe('geojson');
		expect(places && 'cluster' in places ? places.cluster : undefined).toBeUndefined();
	});
});

describe('mapSetup for a dense synthetic story', () => {
	it('clusters the places above the threshold', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'synthetic-'));
		temporary.push(dir);
		// The benchmark's generator, run as the benchmark runs it.
		execFileSync(process.execPath, [
			'bench/synthetic-story.js',
			dir,
			'--events',
			'40',
			'--places',
			String(clusterPlacesAbove + 50),
			'--seed',
			'7'
		]);
		const setup = await setupOf(dir);
		const places = setup.storySources['story-places'];
		expect(places && 'cluster' in places ? places.cluster : undefined).toBe(true);
	});
});

describe('absoluteStyle', () => {
	it('makes GeoJSON URLs absolute and adds the font faces, leaving inline data alone', () => {
		const style: StyleSpecification = {
			version: 8,
			sources: {
				a: { type: 'geojson', data: '/basemap/countries-110m.json' },
				b: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
			},
			layers: []
		};
		const done = absoluteStyle(style, 'https://example.org', {
			regular: '/_app/immutable/assets/regular.woff2',
			bold: '/_app/immutable/assets/bold.woff2'
		});
		expect(done.sources.a).toMatchObject({
			data: 'https://example.org/basemap/countries-110m.json'
		});
		expect(done.sources.b).toEqual(style.sources.b);
		expect(done['font-faces']).toEqual({
			'Noto Sans Regular': [{ url: 'https://example.org/_app/immutable/assets/regular.woff2' }],
			'Noto Sans SemiBold': [{ url: 'https://example.org/_app/immutable/assets/bold.woff2' }]
		});
	});
});
