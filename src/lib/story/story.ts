/**
 * The validated story plus everything derived from it: what the page and the map read.
 * Built once at build time (load.server.ts) and shipped to the client as plain JSON, so the
 * client needs neither the validator nor Turf.
 */
import { boundsOf, greatCircleArc, lineLengthKm, type Arc, type Bounds } from '$lib/geo/derive';
import { compareDates, formatDateRange } from './dates';
import type { Country, Link, Pipeline, Place, RawStory, Source, StoryEvent } from './schema';

export type StoryPlace = {
	id: string;
	name: string;
	kind: Place['properties']['kind'];
	country: string;
	position: [number, number];
	approximate: boolean;
	cityId: string | null;
	coordinateSource: string;
	coordinateNote: string | null;
	/** Events at this place, in date order. */
	eventIds: string[];
};

export type StoryPipeline = Pipeline & { lengthKm: number };
export type StoryLink = Link & Arc;
export type StoryEventEntry = StoryEvent & { dateLabel: string; bounds: Bounds };

export type Story = {
	sources: Source[];
	places: StoryPlace[];
	pipelines: StoryPipeline[];
	events: StoryEventEntry[];
	links: StoryLink[];
	countries: Country[];
	/** The default framing: every capital and city in the story. */
	bounds: Bounds;
};

export function deriveStory(raw: RawStory): Story {
	const events = [...raw.events].sort(
		(a, b) => compareDates(a.date, b.date) || a.title.localeCompare(b.title)
	);
	const positionOf = new Map(raw.places.map((place) => [place.id, place.geometry.coordinates]));
	const position = (id: string): [number, number] => {
		const found = positionOf.get(id);
		if (!found) throw new Error(`Invalid input to deriveStory: unknown place "${id}"`);
		return found;
	};
	const eventIdsAt = new Map<string, string[]>();
	for (const event of events) {
		for (const id of new Set(event.places)) {
			const ids = eventIdsAt.get(id) ?? [];
			ids.push(event.id);
			eventIdsAt.set(id, ids);
		}
	}
	const places: StoryPlace[] = raw.places.map((place) => ({
		id: place.id,
		name: place.properties.name,
		kind: place.properties.kind,
		country: place.properties.country,
		position: place.geometry.coordinates,
		approximate: place.properties.approximate ?? false,
		cityId: place.properties.city ?? null,
		coordinateSource: place.properties.coordinateSource,
		coordinateNote: place.properties.coordinateNote ?? null,
		eventIds: eventIdsAt.get(place.id) ?? []
	}));
	const framed = places.filter((place) => place.kind !== 'venue').map((place) => place.position);
	return {
		sources: raw.sources,
		places,
		pipelines: raw.pipelines.map((pipeline) => ({
			...pipeline,
			lengthKm: lineLengthKm(pipeline.geometry)
		})),
		events: events.map((event) => ({
			...event,
			dateLabel: formatDateRange(event.date, event.endDate),
			bounds: boundsOf(event.places.map(position))
		})),
		links: raw.links.map((link) => ({
			...link,
			...greatCircleArc(position(link.from), position(link.to))
		})),
		countries: raw.countries,
		bounds: boundsOf(framed.length > 0 ? framed : places.map((place) => place.position))
	};
}
