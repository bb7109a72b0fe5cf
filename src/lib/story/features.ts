/**
 * The story as GeoJSON for the map: one FeatureCollection per source, with the properties the
 * style and the click handling read. Pure; built on the client from the prerendered story.
 */
import type { FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { Story, StoryPlace } from './story';
import { eventsAtPlace, sameRoute, type StoryIndex } from './story-index';

/** Event groups whose places count as meeting venues. */
const venueEventGroups = new Set(['meeting', 'visit', 'agreement']);

export type PlaceFeatureProperties = {
	id: string;
	name: string;
	kind: StoryPlace['kind'];
	/** Drawn with the capitals layer. */
	capital: boolean;
	/** Drawn with the venues layer: a meeting, visit or agreement happened here. */
	venue: boolean;
	/** An end of the pipeline, labelled with the pipeline layer. */
	pipelineEnd: boolean;
	eventCount: number;
	/** Which side of the point its label sits on: away from a close neighbour to the east. */
	labelAnchor: 'left' | 'right';
};
export type PipelineFeatureProperties = { id: string; name: string; lengthKm: number };
export type LinkFeatureProperties = {
	id: string;
	label: string;
	distanceKm: number;
	event: string;
};

/**
 * Labels go right of their point unless another capital or city sits close to the east (Kabul,
 * with Islamabad 4° east): then left, so the two labels never cover each other's points.
 */
export function labelAnchorOf(place: StoryPlace, places: StoryPlace[]): 'left' | 'right' {
	const [lon, lat] = place.position;
	const crowdedEast = places.some(
		(other) =>
			other !== place &&
			other.kind !== 'venue' &&
			other.position[0] > lon &&
			other.position[0] - lon < 6 &&
			Math.abs(other.position[1] - lat) < 1.5
	);
	return crowdedEast ? 'right' : 'left';
}

export function placeFeatures(index: StoryIndex): FeatureCollection<Point, PlaceFeatureProperties> {
	const { story } = index;
	const pipelineEnds = new Set(
		story.pipelines.flatMap((pipeline) => [pipeline.properties.from, pipeline.properties.to])
	);
	return {
		type: 'FeatureCollection',
		features: story.places.map((place) => {
			const events = place.eventIds.flatMap((id) => index.events.get(id) ?? []);
			return {
				type: 'Feature',
				id: place.id,
				geometry: { type: 'Point', coordinates: place.position },
				properties: {
					id: place.id,
					name: place.name,
					kind: place.kind,
					capital: place.kind === 'capital',
					venue: events.some((event) => venueEventGroups.has(event.group)),
					pipelineEnd: pipelineEnds.has(place.id),
					eventCount: eventsAtPlace(index, place.id).length,
					labelAnchor: labelAnchorOf(place, story.places)
				}
			};
		})
	};
}

export function pipelineFeatures(
	story: Story
): FeatureCollection<LineString, PipelineFeatureProperties> {
	return {
		type: 'FeatureCollection',
		features: story.pipelines.map((pipeline) => ({
			type: 'Feature',
			id: pipeline.id,
			geometry: pipeline.geometry,
			properties: { id: pipeline.id, name: pipeline.properties.name, lengthKm: pipeline.lengthKm }
		}))
	};
}

export function linkFeatures(
	story: Story
): FeatureCollection<LineString | MultiLineString, LinkFeatureProperties> {
	const firstOfRoute = story.links.filter(
		(link, i) => story.links.findIndex((other) => sameRoute(other, link)) === i
	);
	return {
		type: 'FeatureCollection',
		features: firstOfRoute.map((link) => ({
			type: 'Feature',
			id: link.id,
			geometry: link.geometry,
			properties: {
				id: link.id,
				label: link.label,
				distanceKm: link.distanceKm,
				event: link.event,
				trips: story.links.filter((other) => sameRoute(other, link)).length
			}
		}))
	};
}
