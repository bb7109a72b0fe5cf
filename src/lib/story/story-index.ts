/** Lookups by id over the derived story, for the panel, the popups and the announcements. */
import type { Fact, Source } from './schema';
import type { Story, StoryEventEntry, StoryLink, StoryPipeline, StoryPlace } from './story';

export type StoryIndex = {
	story: Story;
	sources: ReadonlyMap<string, Source>;
	places: ReadonlyMap<string, StoryPlace>;
	events: ReadonlyMap<string, StoryEventEntry>;
	facts: ReadonlyMap<string, { fact: Fact; event: StoryEventEntry }>;
	links: ReadonlyMap<string, StoryLink>;
	pipelines: ReadonlyMap<string, StoryPipeline>;
	/** What each place's marker opens, in story order: its own events and its venues'. */
	eventsAtPlace: ReadonlyMap<string, readonly StoryEventEntry[]>;
	/** Each event's position in the story's date order. */
	eventPosition: ReadonlyMap<string, number>;
};

/** Linear in the story's size: a 10,000-event story indexes in milliseconds. */
export function indexStory(story: Story): StoryIndex {
	const events = new Map(story.events.map((event) => [event.id, event]));
	const eventPosition = new Map(story.events.map((event, i) => [event.id, i]));
	const venuesOf = new Map<string, StoryPlace[]>();
	for (const place of story.places) {
		if (!place.cityId) continue;
		const venues = venuesOf.get(place.cityId) ?? [];
		venues.push(place);
		venuesOf.set(place.cityId, venues);
	}
	const eventsAtPlace = new Map<string, StoryEventEntry[]>();
	for (const place of story.places) {
		const ids = new Set([
			...place.eventIds,
			...(venuesOf.get(place.id) ?? []).flatMap((venue) => venue.eventIds)
		]);
		eventsAtPlace.set(
			place.id,
			[...ids]
				.sort((a, b) => (eventPosition.get(a) ?? 0) - (eventPosition.get(b) ?? 0))
				.flatMap((id) => events.get(id) ?? [])
		);
	}
	return {
		story,
		sources: new Map(story.sources.map((source) => [source.id, source])),
		places: new Map(story.places.map((place) => [place.id, place])),
		events,
		facts: new Map(
			story.events.flatMap((event) =>
				event.facts.map((fact) => [fact.id, { fact, event }] as const)
			)
		),
		links: new Map(story.links.map((link) => [link.id, link])),
		pipelines: new Map(story.pipelines.map((pipeline) => [pipeline.id, pipeline])),
		eventsAtPlace,
		eventPosition
	};
}

/**
 * "Islamabad", "Karachi and Lahore", "Islamabad, Karachi and Lahore". A city whose venue is
 * also listed is named once, through the venue ("President Hotel, Moscow").
 */
export function placeNames(index: StoryIndex, ids: readonly string[]): string {
	const cities = new Set(ids.map((id) => index.places.get(id)?.cityId));
	const names = ids.filter((id) => !cities.has(id)).map((id) => index.places.get(id)?.name ?? id);
	return names.length <= 1
		? (names[0] ?? '')
		: `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The events a place's marker opens: its own, and those at venues inside it. */
export function eventsAtPlace(index: StoryIndex, placeId: string): readonly StoryEventEntry[] {
	return index.eventsAtPlace.get(placeId) ?? [];
}

/** Links between the same two places, whichever way they ran, share one arc on the map. */
export function sameRoute(
	a: { from: string; to: string },
	b: { from: string; to: string }
): boolean {
	return (a.from === b.from && a.to === b.to) || (a.from === b.to && a.to === b.from);
}
