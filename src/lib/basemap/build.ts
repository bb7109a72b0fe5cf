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

/**
 * Natural Earth rings that cross the antimeridian (Russia's Chukotka, Fiji) jump from +180 to
 * −180; drawn as is, MapLibre fills a band across the whole world. Making each ring continuous
 * (longitudes past 180) lets MapLibre's tiler wrap it onto the other side correctly.
 */
export function unwrapRing(ring: Position[]): Position[] {
	let shift = 0;
	return ring.map((position, i) => {
		const previous = ring[i - 1];
		const [lon = 0, ...rest] = position;
		if (previous) {
			const delta = lon - (previous[0] ?? 0);
			if (delta > 180) shift -= 360;
			else if (delta < -180) shift += 360;
		}
		return [lon + shift, ...rest];
	});
}

function unwrapPolygons(geometry: CountryFeature['geometry']): CountryFeature['geometry'] {
	return geometry.type === 'Polygon'
		? { type: 'Polygon', coordinates: geometry.coordinates.map(unwrapRing) }
		: {
				type: 'MultiPolygon',
				coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing))
			};
}

/**
 * The largest ring of a country: labels go there (mainland US, not Alaska or Hawaii). Rings
 * are made continuous across the antimeridian first, or mainland Russia, which runs on into
 * Chukotka, measures and centres wrongly.
 */
function largestPolygon(country: CountryFeature): Feature<Polygon> {
	const polygons: Position[][][] =
		country.geometry.type === 'Polygon'
			? [country.geometry.coordinates]
			: country.geometry.coordinates;
	let best: Feature<Polygon> | null = null;
	let bestArea = -1;
	for (const rings of polygons) {
		const candidate: Feature<Polygon> = {
			type: 'Feature',
			properties: {},
			geometry: { type: 'Polygon', coordinates: rings.map(unwrapRing) }
		};
		const candidateArea = area(candidate);
		if (candidateArea > bestArea) [best, bestArea] = [candidate, candidateArea];
	}
	if (!best)
		throw new Error(`Invalid input to largestPolygon: ${country.properties.name} has no polygon`);
	return best;
}

/**
 * The middle of the widest stretch of a polygon along a parallel, or null when the parallel
 * misses it. Well inside, unlike Turf's pointOnFeature, which falls back to a vertex: a label
 * on the border.
 */
function widestPointAlong(polygon: Polygon, latitude: number): Position | null {
	const crossings: number[] = [];
	for (const ring of polygon.coordinates) {
		ring.slice(1).forEach(([x2 = 0, y2 = 0], i) => {
			const [x1 = 0, y1 = 0] = ring[i] ?? [];
			if (y1 > latitude !== y2 > latitude)
				crossings.push(x1 + ((latitude - y1) / (y2 - y1)) * (x2 - x1));
		});
	}
	crossings.sort((a, b) => a - b);
	let best: Position | null = null;
	let bestWidth = 0;
	for (let i = 0; i + 1 < crossings.length; i += 2) {
		const [west = 0, east = 0] = [crossings[i], crossings[i + 1]];
		if (east - west > bestWidth) [best, bestWidth] = [[(west + east) / 2, latitude], east - west];
	}
	return best;
}

const wrapLongitude = (lon: number) =>
	lon > 180 || lon < -180 ? ((((lon + 180) % 360) + 360) % 360) - 180 : lon;

/**
 * Where a country's name goes: the centre of mass of its largest polygon, or, when the centre
 * falls outside it (crescent-shaped countries), the middle of the polygon's widest stretch
 * along the centre's parallel.
 */
export function labelPoint(country: CountryFeature): Point {
	const polygon = largestPolygon(country);
	const centre = centerOfMass(polygon).geometry;
	const [lon = 0, lat = 0] = booleanPointInPolygon(centre, polygon)
		? centre.coordinates
		: (widestPointAlong(polygon.geometry, centre.coordinates[1] ?? 0) ??
			pointOnFeature(polygon).geometry.coordinates);
	return { type: 'Point', coordinates: [wrapLongitude(lon), lat] };
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

/** Antarctica is left out: Web Mercator stretches it across the whole bottom of the world. */
const leftOut = new Set(['ATA']);

export function buildBasemap(topology: CountriesTopology, decimals: number): Basemap {
	const countries = countryFeatures(topology).filter(
		(country) => !leftOut.has(country.properties.iso3 ?? '')
	);
	const features: Basemap['features'] = [];
	for (const country of countries) {
		features.push({
			type: 'Feature',
			properties: { kind: 'country', ...country.properties },
			geometry: quantize(unwrapPolygons(country.geometry), decimals)
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
