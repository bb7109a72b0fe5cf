import { booleanPointInPolygon } from '@turf/turf';
import type { Point, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBasemap, labelMinzoom, quantize, type Basemap } from './build';
import { countryFeatures, type CountriesTopology } from './countries';
import { loadCountriesTopology } from './topology.server';

let topology: CountriesTopology;
let basemap: Basemap;

beforeAll(async () => {
	topology = await loadCountriesTopology('110m');
	basemap = buildBasemap(topology, 2);
});

function countryShape(iso3: string) {
	const country = countryFeatures(topology).find((feature) => feature.properties.iso3 === iso3);
	if (!country) throw new Error(`Natural Earth 1:110m has no ${iso3}`);
	return country;
}

function label(iso3: string) {
	const found = basemap.features.find(
		(feature) => feature.properties.kind === 'label' && feature.properties.iso3 === iso3
	);
	if (!found) throw new Error(`no label for ${iso3}`);
	return found as typeof found & { geometry: Point };
}

describe('buildBasemap on Natural Earth 1:110m', () => {
	it('has country fills, one border feature and one label per country', () => {
		const kinds = basemap.features.map((feature) => feature.properties.kind);
		const countries = kinds.filter((kind) => kind === 'country').length;
		expect(countries).toBeGreaterThan(150);
		expect(kinds.filter((kind) => kind === 'border')).toHaveLength(1);
		expect(kinds.filter((kind) => kind === 'label')).toHaveLength(countries);
	});

	it('names the story’s countries with ISO alpha-3 codes', () => {
		const fills = basemap.features.filter((feature) => feature.properties.kind === 'country');
		const codes = fills.map((feature) =>
			feature.properties.kind === 'country' ? feature.properties.iso3 : null
		);
		for (const iso3 of ['PAK', 'AFG', 'RUS', 'QAT', 'KGZ', 'USA', 'CHN', 'IRN']) {
			expect(codes).toContain(iso3);
		}
		const pakistan = fills.find(
			(feature) => feature.properties.kind === 'country' && feature.properties.iso3 === 'PAK'
		);
		expect(pakistan?.properties).toEqual({ kind: 'country', name: 'Pakistan', iso3: 'PAK' });
	});

	it('draws land borders as lines', () => {
		const border = basemap.features.find((feature) => feature.properties.kind === 'border');
		expect(border?.geometry.type).toBe('MultiLineString');
	});

	it('puts Pakistan’s label inside Pakistan', () => {
		const point = label('PAK').geometry;
		expect(booleanPointInPolygon(point, countryShape('PAK'))).toBe(true);
	});

	it.each(['AFG', 'RUS', 'KGZ', 'CHN', 'IRN'])('puts the %s label inside the country', (iso3) => {
		expect(booleanPointInPolygon(label(iso3).geometry, countryShape(iso3))).toBe(true);
	});

	it('puts every country’s label inside that country, not on its border', () => {
		const countries = countryFeatures(topology);
		const outside = basemap.features.flatMap((feature) => {
			if (feature.properties.kind !== 'label' || feature.geometry.type !== 'Point') return [];
			const { name } = feature.properties;
			const country = countries.find((candidate) => candidate.properties.name === name);
			return country && booleanPointInPolygon(feature.geometry, country) ? [] : [name];
		});
		expect(outside).toEqual([]);
	});

	it('labels Russia in Siberia, though its mainland ring crosses the antimeridian', () => {
		const [lon = 0, lat = 0] = label('RUS').geometry.coordinates;
		expect(lon).toBeGreaterThan(60);
		expect(lon).toBeLessThan(130);
		expect(lat).toBeGreaterThan(50);
		expect(lat).toBeLessThan(70);
	});

	it('labels the United States on its mainland, not Alaska', () => {
		const [lon = 0, lat = 0] = label('USA').geometry.coordinates;
		expect(lon).toBeGreaterThan(-125);
		expect(lon).toBeLessThan(-65);
		expect(lat).toBeLessThan(50);
	});

	it('ranks labels by area and shows big countries from the world view', () => {
		const labels = basemap.features.flatMap((feature) =>
			feature.properties.kind === 'label' ? [feature.properties] : []
		);
		expect(labels.map((properties) => properties.labelrank)).toEqual(labels.map((_, i) => i));
		expect(labels[0]?.iso3).toBe('RUS');
		expect(label('RUS').properties).toMatchObject({ labelrank: 0, minzoom: 0 });
		expect(label('PAK').properties).toMatchObject({ minzoom: 2 });
		expect(label('QAT').properties).toMatchObject({ minzoom: 5 });
	});

	it('rounds label points to 2 decimals', () => {
		for (const value of label('PAK').geometry.coordinates) {
			expect(Math.round(value * 100) / 100).toBe(value);
		}
	});
});

describe('labelMinzoom', () => {
	it.each([
		[17_000_000, 0],
		[2_000_001, 0],
		[2_000_000, 2],
		[881_000, 2],
		[500_000, 3],
		[200_000, 3],
		[100_000, 4],
		[30_000, 4],
		[20_000, 5],
		[11_500, 5]
	])('shows a country of %i km² from zoom %i', (areaKm2, zoom) => {
		expect(labelMinzoom(areaKm2)).toBe(zoom);
	});
});

describe('quantize', () => {
	it('rounds every coordinate without changing the input', () => {
		const polygon: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[73.04331, 33.72149],
					[74.35071, 31.55799],
					[67.01044, 24.86076],
					[73.04331, 33.72149]
				]
			]
		};
		const before = structuredClone(polygon);
		expect(quantize(polygon, 2)).toEqual({
			type: 'Polygon',
			coordinates: [
				[
					[73.04, 33.72],
					[74.35, 31.56],
					[67.01, 24.86],
					[73.04, 33.72]
				]
			]
		});
		expect(polygon).toEqual(before);
	});

	it('rounds inside a GeometryCollection and keeps other members', () => {
		const collection = {
			type: 'GeometryCollection' as const,
			geometries: [
				{ type: 'Point' as const, coordinates: [37.61564, 55.75223] },
				{
					type: 'LineString' as const,
					coordinates: [
						[1.23456, 2.34567],
						[3.45678, -4.56789]
					]
				}
			]
		};
		const before = structuredClone(collection);
		expect(quantize(collection, 3)).toEqual({
			type: 'GeometryCollection',
			geometries: [
				{ type: 'Point', coordinates: [37.616, 55.752] },
				{
					type: 'LineString',
					coordinates: [
						[1.235, 2.346],
						[3.457, -4.568]
					]
				}
			]
		});
		expect(collection).toEqual(before);
	});
});
