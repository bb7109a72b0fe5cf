import { booleanPointInPolygon } from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import { countryShapes } from '$lib/story/load.server';
import { coastTolerenceKm, countryFault, positionFault, type CountryShapes } from './country-check';

let shapes: CountryShapes;

beforeAll(async () => {
	shapes = await countryShapes();
});

function shape(iso3: string) {
	const found = shapes.get(iso3);
	if (!found) throw new Error(`Natural Earth has no ${iso3}`);
	return found;
}

describe('countryFault', () => {
	it.each([
		['Doha', [51.531, 25.2855], 'QAT'],
		['Islamabad', [73.0433, 33.7215], 'PAK'],
		['Karachi', [67.0104, 24.8608], 'PAK'],
		['Moscow', [37.6156, 55.7522], 'RUS'],
		['Bishkek', [74.5833, 42.875], 'KGZ'],
		['Kabul', [69.1723, 34.5281], 'AFG']
	])('finds %s in its country', (_name, position, iso3) => {
		expect(countryFault(position, iso3, shapes)).toBeNull();
	});

	it('lets a coastal venue sit just off the generalised coastline', () => {
		const sheraton = [51.5361, 25.3192];
		// Off Natural Earth's 1:10m coast of Qatar by about 2 km...
		expect(booleanPointInPolygon(sheraton, shape('QAT'))).toBe(false);
		// ...but within the tolerance, so not reported.
		expect(coastTolerenceKm).toBe(5);
		expect(countryFault(sheraton, 'QAT', shapes)).toBeNull();
		expect(countryFault([51.62, 25.3], 'QAT', shapes)).toBeNull();
	});

	it('reports a point out at sea beyond the tolerance', () => {
		// About 10 km east of Doha's coast, in the Gulf.
		expect(countryFault([51.7, 25.3], 'QAT', shapes)).toBe('[51.7, 25.3] is not in QAT');
	});

	it('reports a point in a neighbouring country, with no swap hint', () => {
		expect(countryFault([69.1723, 34.5281], 'PAK', shapes)).toBe(
			'[69.1723, 34.5281] is not in PAK'
		);
	});

	it('hints at swapped longitude and latitude when the swap lands in the country', () => {
		expect(countryFault([33.7215, 73.0433], 'PAK', shapes)).toBe(
			'[33.7215, 73.0433] is not in PAK — longitude and latitude swapped?'
		);
		expect(countryFault([25.2855, 51.531], 'QAT', shapes)).toBe(
			'[25.2855, 51.531] is not in QAT — longitude and latitude swapped?'
		);
	});

	it('reports a country code Natural Earth does not have', () => {
		expect(countryFault([73.0433, 33.7215], 'ZZZ', shapes)).toBe(
			'country "ZZZ" is not a country in Natural Earth'
		);
		expect(countryFault([73.0433, 33.7215], 'pak', shapes)).toBe(
			'country "pak" is not a country in Natural Earth'
		);
	});

	it('reports an out-of-range position before testing the country', () => {
		expect(countryFault([273.0433, 33.7215], 'PAK', shapes)).toBe(
			'[273.0433, 33.7215] is out of range (longitude −180–180, latitude −90–90)'
		);
	});
});

describe('positionFault', () => {
	it('accepts positions on the globe, edges included', () => {
		expect(positionFault([73.0433, 33.7215])).toBeNull();
		expect(positionFault([-180, -90])).toBeNull();
		expect(positionFault([180, 90])).toBeNull();
	});

	it('rejects a position without a latitude', () => {
		expect(positionFault([73.0433])).toBe('needs a longitude and a latitude');
	});

	it('hints at a swap only when the swapped position would be on the globe', () => {
		expect(positionFault([33.7215, 173.0433])).toBe(
			'[33.7215, 173.0433] is out of range (longitude −180–180, latitude −90–90) — longitude and latitude swapped?'
		);
		expect(positionFault([190, 95])).toBe(
			'[190, 95] is out of range (longitude −180–180, latitude −90–90)'
		);
	});
});
