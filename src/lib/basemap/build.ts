/**
 * Turns Natural Earth TopoJSON into the one GeoJSON file per resolution that the embedded
 * basemap draws: country fills, land borders and one label point per country. Runs at build
 * time (see src/routes/basemap/), so the browser fetches ready GeoJSON instead of converting
 * TopoJSON at run time.
 */
import { area, booleanPointInPolygon, centerOfMass, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Point, Polygon, Position } from 'geojson';
import {
	countryBorders,
	countryFeatures,
	type CountriesTopology,
	type CountryFeature
} from './countries';

export type BasemapProperties =
	| { kind: 'country'; name: string; iso3: string | null }
	| { kind: 'border' }
	| { kind: 'label'; name: string; iso3: string | null; labelrank: number; minzoom: number };

export type Basemap = FeatureCollection<Geometry, BasemapProperties>;

type Nested = number | Nested[];

function roundNested(coords: Nested, factor: number): Nested {
	return typeof coords === 'number'
		? Math.round(coords * factor) / factor
		: coords.map((c) => roundNested(c, factor));
}

/** Round every coordinate to `decimals` places: 3 decimals is ~100 m, finer than 1:50m data. */
export function quantize<G extends Geometry>(geometry: G, decimals: number): G {
	if (geometry.type === 'GeometryCollection') {
		return { ...geometry, geometries: geometry.geometries.map((g) => quantize(g, decimals)) };
	}
	const { coordinates } = geometry as Exclude<Geometry, { type: 'GeometryCollection' }>;
	return { ...geometry, coordinates: roundNested(coordinates as Nested, 10 ** decimals) } as G;
}

/** The largest ring of a country: labels go there (mainland US, not Alaska or Hawaii). */
function largestPolygon(country: CountryFeature): Feature<Polygon> {
	const polygons: Position[][][] =
		country.geometry.type === 'Polygon'
			? [country.geometry.coordinates]
			: country.geometry.coordinates;
	let best: Feature<Polygon> | null = null;
	let bestArea = -1;
	for (const coordinates of polygons) {
		const candidate: Feature<Polygon> = {
			type: 'Feature',
			properties: {},
			geometry: { type: 'Polygon', coordinates }
		};
		const candidateArea = area(candidate);
		if (candidateArea > bestArea) [best, bestArea] = [candidate, candidateArea];
	}
	if (!best)
		throw new Error(`Invalid input to largestPolygon: ${country.properties.name} has no polygon`);
	return best;
}

/**
 * Where a country's name goes: the centre of mass of its largest polygon, or a point surely
 * inside it when the centre falls outside (crescent-shaped countries).
 */
export function labelPoint(country: CountryFeature): Point {
	const polygon = largestPolygon(country);
	const centre = centerOfMass(polygon);
	return booleanPointInPolygon(centre, polygon)
		? centre.geometry
		: pointOnFeature(polygon).geometry;
}

/**
 * The zoom from which a country's label is shown: big countries from the world view, small
 * ones only once they are large enough on screen to hold their name.
 */
export function labelMinzoom(areaKm2: number): number {
	if (areaKm2 > 2_000_000) return 0;
	if (areaKm2 > 500_000) return 2;
	if (areaKm2 > 100_000) return 3;
	if (areaKm2 > 20_000) return 4;
	return 5;
}

export function buildBasemap(topology: CountriesTopology, decimals: number): Basemap {
	const countries = countryFeatures(topology);
	const features: Basemap['features'] = [];
	for (const country of countries) {
		features.push({
			type: 'Feature',
			properties: { kind: 'country', ...country.properties },
			geometry: quantize(country.geometry, decimals)
		});
	}
	features.push({
		type: 'Feature',
		properties: { kind: 'border' },
		geometry: quantize(countryBorders(topology), decimals)
	});
	const labelled = countries
		.map((country) => ({ country, areaKm2: area(country) / 1e6 }))
		.sort((a, b) => b.areaKm2 - a.areaKm2);
	labelled.forEach(({ country, areaKm2 }, rank) => {
		features.push({
			type: 'Feature',
			properties: {
				kind: 'label',
				...country.properties,
				labelrank: rank,
				minzoom: labelMinzoom(areaKm2)
			},
			geometry: quantize(labelPoint(country), 2)
		});
	});
	return { type: 'FeatureCollection', features };
}
