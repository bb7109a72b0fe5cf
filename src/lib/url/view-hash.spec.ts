import { describe, expect, it } from 'vitest';
import { formatViewHash, parseViewHash } from './view-hash';

describe('parseViewHash', () => {
	it('reads MapLibre hashes with and without bearing and pitch', () => {
		expect(parseViewHash('#5/33.7/73.0')).toEqual({
			kind: 'view',
			view: { zoom: 5, lat: 33.7, lng: 73, bearing: 0, pitch: 0 }
		});
		expect(parseViewHash('#3.5/40/60/-20/30')).toEqual({
			kind: 'view',
			view: { zoom: 3.5, lat: 40, lng: 60, bearing: -20, pitch: 30 }
		});
	});

	it('treats an empty hash as no view', () => {
		expect(parseViewHash('')).toEqual({ kind: 'none' });
		expect(parseViewHash('#')).toEqual({ kind: 'none' });
	});

	it.each([
		['#NaN/1/2', /zoom “NaN” is not a number/],
		['#1e9/1/2', /zoom “1e9” is not a number/],
		['#-1/1/2', /zoom -1 is outside/],
		['#30/1/2', /zoom 30 is outside/],
		['#3/95/2', /latitude 95 is outside/],
		['#3/1/200', /longitude 200 is outside/],
		['#3/1/2/0/90', /pitch 90 is outside/],
		['#3/1', /is not zoom\/latitude\/longitude/],
		['#3/ 1/2', /latitude “ 1” is not a number/],
		['#' + '1'.repeat(500), /too long/]
	])('reports %s as a problem', (hash, problem) => {
		const result = parseViewHash(hash);
		expect(result.kind).toBe('invalid');
		if (result.kind === 'invalid') expect(result.problem).toMatch(problem);
	});

	it('normalises the bearing into −180–180', () => {
		const result = parseViewHash('#3/1/2/350');
		expect(result.kind === 'view' && result.view.bearing).toBe(-10);
	});
});

describe('formatViewHash', () => {
	it('writes zoom/lat/lng with precision that grows with zoom', () => {
		expect(
			formatViewHash({ zoom: 3.456, lat: 40.123456, lng: 60.987654, bearing: 0, pitch: 0 })
		).toBe('#3.46/40.12/60.99');
		expect(
			formatViewHash({ zoom: 12, lat: 33.7215123, lng: 73.0433123, bearing: 0, pitch: 0 })
		).toBe('#12/33.72151/73.04331');
	});

	it('never writes exponent notation', () => {
		expect(formatViewHash({ zoom: 18.5, lat: 8e-8, lng: -1e-9, bearing: 0, pitch: 0 })).toBe(
			'#18.5/0.0000001/0'
		);
	});

	it('adds bearing and pitch only when the map is turned or tilted', () => {
		expect(formatViewHash({ zoom: 4, lat: 1, lng: 2, bearing: 15, pitch: 0 })).toBe('#4/1/2/15');
		expect(formatViewHash({ zoom: 4, lat: 1, lng: 2, bearing: 0, pitch: 40 })).toBe('#4/1/2/0/40');
	});

	it('round-trips through parseViewHash', () => {
		const view = { zoom: 5.25, lat: 33.72, lng: 73.04, bearing: -30, pitch: 20 };
		expect(parseViewHash(formatViewHash(view))).toEqual({ kind: 'view', view });
	});
});
