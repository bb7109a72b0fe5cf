import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layerGroupIds, type LayerGroupId } from '$lib/story/layer-groups';
import { parseStoryQuery, writeStoryQuery } from './story-state';
import { formatViewHash, parseViewHash, viewLimits } from './view-hash';

const eventIds = new Set(['lavrov-qureshi-talks-2021-04-07', 'extended-troika-moscow-2021-03-18']);

describe('parseStoryQuery', () => {
	it('reads a known event and a list of layers', () => {
		expect(
			parseStoryQuery('?event=extended-troika-moscow-2021-03-18&layers=pipeline,capitals', eventIds)
		).toEqual({
			eventId: 'extended-troika-moscow-2021-03-18',
			visibleLayers: ['capitals', 'pipeline'],
			problems: []
		});
	});

	it('shows every layer when the link names none, and none for an empty list', () => {
		expect(parseStoryQuery('', eventIds).visibleLayers).toEqual(layerGroupIds);
		expect(parseStoryQuery('?layers=', eventIds).visibleLayers).toEqual([]);
	});

	it('names what it could not honour', () => {
		const result = parseStoryQuery('?event=nope&layers=capitals,rivers', eventIds);
		expect(result.eventId).toBeNull();
		expect(result.visibleLayers).toEqual(['capitals']);
		expect(result.problems).toEqual([
			'the event “nope” is not in this story',
			'the layer “rivers” is not on this map (layers: capitals, venues, pipeline, links, countries)'
		]);
	});

	it('keeps every layer when a list holds nothing it knows', () => {
		const result = parseStoryQuery('?layers=<script>', eventIds);
		expect(result.visibleLayers).toEqual(layerGroupIds);
		expect(result.problems).toHaveLength(1);
	});

	it('never throws, and only ever returns known ids (property)', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (search) => {
				const result = parseStoryQuery(`?${search}`, eventIds);
				expect(result.eventId === null || eventIds.has(result.eventId)).toBe(true);
				for (const layer of result.visibleLayers) expect(layerGroupIds).toContain(layer);
				for (const problem of result.problems) expect(problem.length).toBeLessThan(400);
			}),
			{ numRuns: 500 }
		);
	});

	it('reports an unknown event with its value shortened to at most 40 characters (property)', () => {
		fc.assert(
			fc.property(
				fc.string({ minLength: 1, maxLength: 300 }).filter((s) => !eventIds.has(s)),
				(event) => {
					const params = new URLSearchParams({ event });
					const result = parseStoryQuery(`?${params}`, eventIds);
					expect(result.eventId).toBeNull();
					expect(result.problems).toHaveLength(1);
					expect(result.problems[0]).toMatch(/^the event “.{0,41}” is not in this story$/su);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('round-trips any state through writeStoryQuery (property)', () => {
		const state = fc.record({
			eventId: fc.constantFrom(null, ...eventIds),
			visibleLayers: fc.subarray([...layerGroupIds] as LayerGroupId[])
		});
		fc.assert(
			fc.property(state, fc.webPath(), (wanted, path) => {
				const url = new URL(`https://example.org${path}?keep=1#4/30/60`);
				writeStoryQuery(url, wanted);
				const read = parseStoryQuery(url.search, eventIds);
				expect(read.eventId).toBe(wanted.eventId);
				expect(read.visibleLayers).toEqual(
					layerGroupIds.filter((id) => wanted.visibleLayers.includes(id))
				);
				expect(read.problems).toEqual([]);
				expect(url.searchParams.get('keep')).toBe('1');
				expect(url.hash).toBe('#4/30/60');
			}),
			{ numRuns: 300 }
		);
	});
});

describe('parseViewHash properties', () => {
	it('never throws and returns views inside the limits', () => {
		const number = fc.oneof(
			fc.double().map(String),
			fc.integer({ min: -1000, max: 1000 }).map(String),
			fc.constantFrom('NaN', '1e9', '-0', 'Infinity', '', ' 3', '0x10')
		);
		const hashes = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 300 }),
			fc.array(number, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('/'))
		);
		fc.assert(
			fc.property(hashes, (hash) => {
				const result = parseViewHash(`#${hash}`);
				expect(['none', 'view', 'invalid']).toContain(result.kind);
				if (result.kind === 'view') {
					const { zoom, lat, lng, pitch, bearing } = result.view;
					expect(zoom).toBeGreaterThanOrEqual(viewLimits.minZoom);
					expect(zoom).toBeLessThanOrEqual(viewLimits.maxZoom);
					expect(Math.abs(lat)).toBeLessThanOrEqual(viewLimits.maxLat);
					expect(Math.abs(lng)).toBeLessThanOrEqual(180);
					expect(pitch).toBeGreaterThanOrEqual(0);
					expect(Math.abs(bearing)).toBeLessThanOrEqual(180);
				}
			}),
			{ numRuns: 1000 }
		);
	});

	it('round-trips every valid view to within its printed precision', () => {
		const view = fc.record({
			zoom: fc.double({ min: 0, max: 22, noNaN: true }),
			lat: fc.double({ min: -85, max: 85, noNaN: true }),
			lng: fc.double({ min: -180, max: 180, noNaN: true }),
			bearing: fc.constant(0),
			pitch: fc.constant(0)
		});
		fc.assert(
			fc.property(view, (wanted) => {
				const result = parseViewHash(formatViewHash(wanted));
				expect(result.kind).toBe('view');
				if (result.kind !== 'view') return;
				expect(Math.abs(result.view.zoom - wanted.zoom)).toBeLessThanOrEqual(0.005 + 1e-9);
				// Precise to a pixel at that zoom, as MapLibre's own hash is.
				const degreesPerPixel = 360 / (512 * 2 ** wanted.zoom);
				expect(Math.abs(result.view.lng - wanted.lng)).toBeLessThanOrEqual(degreesPerPixel);
				expect(Math.abs(result.view.lat - wanted.lat)).toBeLessThanOrEqual(degreesPerPixel);
			}),
			{ numRuns: 500 }
		);
	});
});
