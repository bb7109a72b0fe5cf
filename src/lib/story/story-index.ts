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
};

export function indexStory(story: Story): StoryIndex {
	return {
		story,
		sources: new Map(story.sources.map((source) => [source.id, source])),
		places: new Map(story.places.map((place) => [place.id, place])),
		events: new Map(story.events.map((event) => [event.id, event])),
		facts: new Map(
			story.events.flatMap((event) =>
				event.facts.map((fact) => [fact.id, { fact, event }] as const)
			)
		),
		links: new Map(story.links.map((link) => [link.id, link])),
		pipelines: new Map(story.pipelines.map((pipeline) => [pipeline.id, pipeline]))
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
