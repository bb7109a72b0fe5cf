/**
 * Numbers and shapes derived from the story's geometry, never typed by hand: the drawn
 * pipeline's length (Turf), great-circle arcs for diplomatic links with their distances
 * (Turf's distance; the arc's points by spherical interpolation, split cleanly at the
 * antimeridian), and the bounding boxes the camera frames (Turf). Pure: GeoJSON in, new
 * values out, inputs untouched.
 */
import { bbox, distance, length } from '@turf/turf';
import type { LineString, MultiLineString, Position } from 'geojson';

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

const toRadians = Math.PI / 180;

/**
 * The point a fraction `f` of the way along the great circle from `from` to `to` (the
 * standard spherical interpolation; the same formula Turf's greatCircle uses).
 */
function greatCirclePoint(from: Position, to: Position): (f: number) => Position {
	const [λ1, φ1] = [(from[0] ?? 0) * toRadians, (from[1] ?? 0) * toRadians];
	const [λ2, φ2] = [(to[0] ?? 0) * toRadians, (to[1] ?? 0) * toRadians];
	const a =
		Math.sin((φ2 - φ1) / 2) ** 2 + Math.cos(φ1) * Math.cos(φ2) * Math.sin((λ2 - λ1) / 2) ** 2;
	const δ = 2 * Math.asin(Math.min(1, Math.sqrt(a)));
	if (Math.sin(δ) < 1e-6)
		throw new Error('Invalid input to greatCircleArc: antipodal points have no single arc');
	return (f) => {
		const [wa, wb] = [Math.sin((1 - f) * δ) / Math.sin(δ), Math.sin(f * δ) / Math.sin(δ)];
		const x = wa * Math.cos(φ1) * Math.cos(λ1) + wb * Math.cos(φ2) * Math.cos(λ2);
		const y = wa * Math.cos(φ1) * Math.sin(λ1) + wb * Math.cos(φ2) * Math.sin(λ2);
		const z = wa * Math.sin(φ1) + wb * Math.sin(φ2);
		return [Math.atan2(y, x) / toRadians, Math.atan2(z, Math.hypot(x, y)) / toRadians];
	};
}

/**
 * The great-circle arc between two points, as `points` positions, and its length. An arc
 * that crosses the antimeridian comes back as a MultiLineString split exactly at ±180°, both
 * parts touching it at the same latitude, so MapLibre draws it without a line across the
 * world and without a gap. (Turf's greatCircle leaves a gap of a degree or more there, and
 * with few points does not split at all.)
 */
export function greatCircleArc(from: Position, to: Position, points = 64): Arc {
	if (points < 2) throw new Error('Invalid input to greatCircleArc: needs at least two points');
	const distanceKm = roundTo(distance(from, to, { units: 'kilometers' }), 1);
	const round = (p: Position) => p.map((value) => roundTo(value, 4));
	if (distanceKm === 0)
		return { geometry: { type: 'LineString', coordinates: [round(from), round(to)] }, distanceKm };
	const pointAt = greatCirclePoint(from, to);
	const fractions = Array.from({ length: points }, (_, i) => i / (points - 1));
	const positions = fractions.map((f, i) => (i === 0 ? from : i === points - 1 ? to : pointAt(f)));
	const parts: Position[][] = [[positions[0] ?? from]];
	for (let i = 1; i < positions.length; i++) {
		const [previous, next] = [positions[i - 1] ?? from, positions[i] ?? to];
		const [lonBefore = 0, lonAfter = 0] = [previous[0], next[0]];
		// A jump of more than half the world between neighbours is a crossing of ±180°.
		if (Math.abs(lonAfter - lonBefore) > 180) {
			const side = Math.sign(lonBefore);
			let [low, high] = [fractions[i - 1] ?? 0, fractions[i] ?? 1];
			for (let step = 0; step < 50; step++) {
				const middle = (low + high) / 2;
				if (Math.sign(pointAt(middle)[0] ?? 0) === side) low = middle;
				else high = middle;
			}
			const latitude = pointAt((low + high) / 2)[1] ?? 0;
			parts.at(-1)?.push([180 * side, latitude]);
			parts.push([[-180 * side, latitude]]);
		}
		parts.at(-1)?.push(next);
	}
	const geometry: LineString | MultiLineString =
		parts.length === 1
			? { type: 'LineString', coordinates: (parts[0] ?? []).map(round) }
			: { type: 'MultiLineString', coordinates: parts.map((part) => part.map(round)) };
	return { geometry, distanceKm };
}

/** The box around a set of positions; a single place gives a zero-size box at that place. */
export function boundsOf(positions: Position[]): Bounds {
	if (positions.length === 0) throw new Error('Invalid input to boundsOf: no positions');
	const [west, south, east, north] = bbox({ type: 'MultiPoint', coordinates: positions });
	return [west, south, east, north];
}
