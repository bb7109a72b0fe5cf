/**
 * Numbers and shapes derived from the story's geometry with Turf, never typed by hand: the
 * drawn pipeline's length, great-circle arcs for diplomatic links with their distances, and
 * the bounding boxes the camera frames. Pure: GeoJSON in, new values out, inputs untouched.
 */
import { bbox, distance, greatCircle, length } from '@turf/turf';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';

/** [west, south, east, north] */
export type Bounds = [number, number, number, number];

const roundTo = (value: number, decimals: number) =>
	Math.round(value * 10 ** decimals) / 10 ** decimals;

/** Length in km of a drawn line, along the ellipsoid-free great-circle distance Turf uses. */
export function lineLengthKm(line: LineString): number {
	if (line.coordinates.length < 2)
		throw new Error('Invalid input to lineLengthKm: needs two positions');
	return roundTo(
		length({ type: 'Feature', properties: {}, geometry: line }, { units: 'kilometers' }),
		1
	);
}

export type Arc = { geometry: LineString | MultiLineString; distanceKm: number };

/**
 * The great-circle arc between two points and its length. Arcs that cross the antimeridian
 * come back as MultiLineStrings, which MapLibre draws without a line across the world.
 */
export function greatCircleArc(from: Position, to: Position, points = 64): Arc {
	const distanceKm = roundTo(distance(from, to, { units: 'kilometers' }), 1);
	if (distanceKm === 0)
		return { geometry: { type: 'LineString', coordinates: [from, to] }, distanceKm };
	const arc: Feature<LineString | MultiLineString> = greatCircle(from, to, { npoints: points });
	const round = (p: Position) => p.map((value) => roundTo(value, 4));
	const geometry: LineString | MultiLineString =
		arc.geometry.type === 'LineString'
			? { type: 'LineString', coordinates: arc.geometry.coordinates.map(round) }
			: {
					type: 'MultiLineString',
					coordinates: arc.geometry.coordinates.map((part) => part.map(round))
				};
	return { geometry, distanceKm };
}

/** The box around a set of positions; a single place gives a zero-size box at that place. */
export function boundsOf(positions: Position[]): Bounds {
	if (positions.length === 0) throw new Error('Invalid input to boundsOf: no positions');
	const [west, south, east, north] = bbox({ type: 'MultiPoint', coordinates: positions });
	return [west, south, east, north];
}
