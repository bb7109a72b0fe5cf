/**
 * Is a point where its data says it is? Checks a [lon, lat] position against the Natural Earth
 * polygon of the country it claims, and recognises the commonest slip: lon and lat swapped.
 */
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type CountryShapes = ReadonlyMap<string, Polygon | MultiPolygon>;

/** Coastal cities and venues can sit just off a generalised coastline. */
export const coastTolerenceKm = 5;

export function positionFault(position: Position): string | null {
	const [lon, lat] = position;
	if (lon === undefined || lat === undefined) return 'needs a longitude and a latitude';
	if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
		const hint =
			Math.abs(lon) <= 90 && Math.abs(lat) <= 180 ? ' — longitude and latitude swapped?' : '';
		return `[${lon}, ${lat}] is out of range (longitude −180–180, latitude −90–90)${hint}`;
	}
	return null;
}

function isNear(position: Position, shape: Polygon | MultiPolygon): boolean {
	return (
		booleanPointInPolygon(position, shape) ||
		pointToPolygonDistance(position, shape, { units: 'kilometers' }) <= coastTolerenceKm
	);
}

/** Why the position is not in the country, or null when it is (within the coast tolerance). */
export function countryFault(
	position: Position,
	iso3: string,
	shapes: CountryShapes
): string | null {
	const shape = shapes.get(iso3);
	if (!shape) return `country "${iso3}" is not a country in Natural Earth`;
	const outOfRange = positionFault(position);
	if (outOfRange) return outOfRange;
	if (isNear(position, shape)) return null;
	const [lon = 0, lat = 0] = position;
	const swapped = [lat, lon];
	const hint =
		positionFault(swapped) === null && isNear(swapped, shape)
			? ' — longitude and latitude swapped?'
			: '';
	return `[${lon}, ${lat}] is not in ${iso3}${hint}`;
}
