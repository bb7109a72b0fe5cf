/**
 * The story index answers "what does this place's marker open?" from a precomputed map: it must
 * agree with the plain definition (the place's own events and its venues', in story order).
 */
import { describe, expect, it } from 'vitest';
import { loadStory } from './load.server';
import { eventsAtPlace, indexStory } from './story-index';

describe('eventsAtPlace', () => {
	it('agrees with the plain definition for every place of the real story', async () => {
		const story = await loadStory();
		const index = indexStory(story);
		for (const place of story.places) {
			const here = new Set([
				place.id,
				...story.places.filter((other) => other.cityId === place.id).map((other) => other.id)
			]);
			const expected = story.events.filter((event) => event.places.some((id) => here.has(id)));
			expect(eventsAtPlace(index, place.id).map((event) => event.id)).toEqual(
				expected.map((event) => event.id)
			);
		}
	});

	it('opens a city’s venue events from the city, once each, oldest first', async () => {
		const index = indexStory(await loadStory());
		const moscow = eventsAtPlace(index, 'moscow').map((event) => event.id);
		expect(moscow).toContain('moscow-format-meeting-2018-11-09');
		expect(new Set(moscow).size).toBe(moscow.length);
		const positions = moscow.map((id) => index.eventPosition.get(id) ?? -1);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
	});

	it('returns nothing for an unknown place', async () => {
		expect(eventsAtPlace(indexStory(await loadStory()), 'atlantis')).toEqual([]);
	});
});
