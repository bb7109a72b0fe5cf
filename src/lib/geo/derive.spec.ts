/**
 * Golden files for the pure derivations: each fixtures/in/<case>.geojson says which function
 * it feeds (properties.derive); fixtures/out/<case>.json holds what it must give. Run with
 * REGEN=1 to rewrite the out files after a deliberate change, then review the diff (Turf's
 * convention). Independent sanity checks below catch a golden file regenerated from a bug.
 */
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, LineString, MultiPoint, Point, Position } from 'geojson';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { boundsOf, greatCircleArc, lineLengthKm } from './derive';

const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url));
const regenerate = process.env.REGEN === '1';

type FixtureProperties = {
	derive: 'lineLengthKm' | 'greatCircleArc' | 'boundsOf';
	points?: number;
};
type Fixture = Feature<LineString | MultiPoint | Point, FixtureProperties>;

function positionsOf(geometry: Fixture['geometry']): Position[] {
	return geometry.type === 'Point' ? [geometry.coordinates] : geometry.coordinates;
}

function derive({ geometry, properties }: Fixture): unknown {
	switch (properties.derive) {
		case 'lineLengthKm':
			if (geometry.type !== 'LineString') throw new Error('lineLengthKm fixtures are LineStrings');
			return { lengthKm: lineLengthKm(geometry) };
		case 'greatCircleArc': {
			const [from, to, ...rest] = positionsOf(geometry);
			if (!from || !to || rest.length > 0) throw new Error('arc fixtures have two positions');
			return greatCircleArc(from, to, properties.points);
		}
		case 'boundsOf':
			return { bounds: boundsOf(positionsOf(geometry)) };
	}
}

async function readJson<T>(path: string): Promise<T> {
	return JSON.parse(await readFile(path, 'utf8')) as T;
}

const cases = readdirSync(join(fixtures, 'in'))
	.filter((name) => name.endsWith('.geojson'))
	.map((name) => name.replace(/\.geojson$/, ''))
	.sort();

describe('golden files', () => {
	it('has the expected cases', () => {
		expect(cases).toEqual([
			'arc-antimeridian',
			'arc-moscow-islamabad',
			'bounds-multi-point',
			'bounds-single-point',
			'pipeline-route'
		]);
	});

	it.each(cases)('%s', async (name) => {
		const input = await readJson<Fixture>(join(fixtures, 'in', `${name}.geojson`));
		const before = structuredClone(input);
		const actual = derive(input);
		expect(input, 'the derivation must not change its input').toEqual(before);
		const outPath = join(fixtures, 'out', `${name}.json`);
		if (regenerate) {
			const options = { ...(await resolveConfig(outPath)), filepath: outPath };
			await writeFile(outPath, await format(JSON.stringify(actual), options));
		}
		expect(actual).toEqual(await readJson(outPath));
	});

	it('draws the pipeline fixture exactly as geo/pipeline.geojson does', async () => {
		const fixture = await readJson<Fixture>(join(fixtures, 'in', 'pipeline-route.geojson'));
		const story = await readJson<{ features: Fixture[] }>(
			fileURLToPath(new URL('../../../geo/pipeline.geojson', import.meta.url))
		);
		expect(fixture.geometry).toEqual(story.features[0]?.geometry);
	});
});

/** Haversine on a sphere of the given radius: written here, not taken from Turf. */
function haversineKm(from: Position, to: Position, radiusKm = 6371): number {
	const rad = Math.PI / 180;
	const [λ1 = 0, φ1 = 0] = from.map((value) => value * rad);
	const [λ2 = 0, φ2 = 0] = to.map((value) => value * rad);
	const a =
		Math.sin((φ2 - φ1) / 2) ** 2 + Math.cos(φ1) * Math.cos(φ2) * Math.sin((λ2 - λ1) / 2) ** 2;
	return 2 * radiusKm * Math.asin(Math.sqrt(a));
}

const moscow = [37.6156, 55.7522];
const islamabad = [73.0433, 33.7215];

describe('lineLengthKm', () => {
	it('measures the drawn pipeline at about the 1,056 km geography.md gives', async () => {
		const story = await readJson<{ features: Fixture[] }>(
			fileURLToPath(new URL('../../../geo/pipeline.geojson', import.meta.url))
		);
		const line = story.features[0]?.geometry;
		if (line?.type !== 'LineString') throw new Error('the pipeline is not a LineString');
		const km = lineLengthKm(line);
		expect(km).toBeGreaterThanOrEqual(1000);
		expect(km).toBeLessThanOrEqual(1100);
		// The same sum of legs, by hand.
		const legs = line.coordinates
			.slice(1)
			.reduce(
				(sum, position, i) => sum + haversineKm(line.coordinates[i] ?? position, position),
				0
			);
		expect(km).toBeCloseTo(legs, -1);
	});

	it('throws on fewer than two positions', () => {
		const message = 'Invalid input to lineLengthKm: needs two positions';
		expect(() => lineLengthKm({ type: 'LineString', coordinates: [[67, 24]] })).toThrow(message);
		expect(() => lineLengthKm({ type: 'LineString', coordinates: [] })).toThrow(message);
	});
});

describe('greatCircleArc', () => {
	it('gives Moscow–Islamabad as about 3,650 km', () => {
		// 22° of latitude and 35° of longitude apart: a great circle of about 3,650 km (not the
		// 2,980 km once estimated for this pair). Checked here with the spherical law of cosines.
		const rad = Math.PI / 180;
		const [λ1 = 0, φ1 = 0] = moscow.map((value) => value * rad);
		const [λ2 = 0, φ2 = 0] = islamabad.map((value) => value * rad);
		const cosines =
			6371 *
			Math.acos(Math.sin(φ1) * Math.sin(φ2) + Math.cos(φ1) * Math.cos(φ2) * Math.cos(λ2 - λ1));
		expect(haversineKm(moscow, islamabad)).toBeCloseTo(cosines, 3);
		const arc = greatCircleArc(moscow, islamabad);
		expect(Math.abs(arc.distanceKm - 3650)).toBeLessThanOrEqual(30);
		expect(arc.distanceKm).toBeCloseTo(haversineKm(moscow, islamabad, 6371.0088), 0);
	});

	it('runs from the first place to the second along the great circle', () => {
		const arc = greatCircleArc(moscow, islamabad, 9);
		if (arc.geometry.type !== 'LineString') throw new Error('expected a LineString');
		const { coordinates } = arc.geometry;
		expect(coordinates).toHaveLength(9);
		expect(coordinates[0]).toEqual(moscow);
		expect(coordinates.at(-1)).toEqual(islamabad);
		const total = haversineKm(moscow, islamabad);
		coordinates.forEach((position, i) => {
			// On the arc, a point splits the distance in the proportion of its index.
			expect(haversineKm(moscow, position)).toBeCloseTo((total * i) / 8, -1);
			expect(haversineKm(moscow, position) + haversineKm(position, islamabad)).toBeCloseTo(
				total,
				-1
			);
		});
	});

	it('splits an arc across the antimeridian exactly at ±180°, with no gap', () => {
		const tokyo = [139.6917, 35.6895];
		const sanFrancisco = [-122.4194, 37.7749];
		for (const [from, to] of [
			[tokyo, sanFrancisco],
			[sanFrancisco, tokyo]
		] as const) {
			const arc = greatCircleArc(from, to, 16);
			if (arc.geometry.type !== 'MultiLineString') throw new Error('expected a MultiLineString');
			const [west, east, ...more] = arc.geometry.coordinates;
			expect(more).toEqual([]);
			expect(west?.[0]).toEqual(from);
			expect(east?.at(-1)).toEqual(to);
			const [end, start] = [west?.at(-1), east?.[0]];
			expect(Math.abs(end?.[0] ?? 0)).toBe(180);
			expect(start?.[0]).toBe(-(end?.[0] ?? 0));
			expect(start?.[1]).toBe(end?.[1]);
			for (const part of arc.geometry.coordinates) {
				expect(part.length).toBeGreaterThanOrEqual(2);
				part.slice(1).forEach((position, i) => {
					const previous = part[i] ?? position;
					expect(Math.abs((position[0] ?? 0) - (previous[0] ?? 0))).toBeLessThan(180);
				});
			}
			const drawn = arc.geometry.coordinates
				.flatMap((part) =>
					part.slice(1).map((position, i) => haversineKm(part[i] ?? position, position))
				)
				.reduce((sum, km) => sum + km, 0);
			expect(drawn).toBeCloseTo(haversineKm(from, to), -1);
		}
	});

	it('gives a two-position line for a place linked to itself', () => {
		expect(greatCircleArc(islamabad, islamabad)).toEqual({
			geometry: { type: 'LineString', coordinates: [islamabad, islamabad] },
			distanceKm: 0
		});
	});

	it('throws on antipodal points, which have no single great circle', () => {
		expect(() => greatCircleArc([0, 10], [180, -10])).toThrow(/antipodal/);
	});
});

describe('boundsOf', () => {
	it('boxes positions as [west, south, east, north]', () => {
		expect(boundsOf([moscow, islamabad, [67.0104, 24.8608]])).toEqual([
			37.6156, 24.8608, 73.0433, 55.7522
		]);
	});

	it('throws on no positions', () => {
		expect(() => boundsOf([])).toThrow('Invalid input to boundsOf: no positions');
	});
});
