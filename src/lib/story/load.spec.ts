/**
 * "Adding an article means editing geo/ only": a copy of geo/ with a third article, a new
 * place, an event there and a link to it loads, validates and derives with no code change.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultStoryDir, loadStory } from './load.server';
import { StoryValidationError } from './problems';
import type { Link, Place, Source, StoryEvent } from './schema';

const dirs: string[] = [];

afterEach(async () => {
	await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function copyOfGeo(): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'story-'));
	dirs.push(dir);
	await cp(defaultStoryDir, dir, { recursive: true });
	return dir;
}

async function editJson<T>(dir: string, name: string, change: (data: T) => void): Promise<void> {
	const path = join(dir, name);
	const data = JSON.parse(await readFile(path, 'utf8')) as T;
	change(data);
	await writeFile(path, JSON.stringify(data, null, '\t'));
}

const article: Source = {
	id: 'fixture-tehran-2021-03',
	kind: 'article',
	publisher: 'Fixture News',
	headline: 'Pakistan’s foreign minister visits Tehran',
	date: '2021-03-01',
	datePrecision: 'day'
};

const tehran: Place = {
	type: 'Feature',
	id: 'tehran',
	geometry: { type: 'Point', coordinates: [51.389, 35.6892] },
	properties: {
		name: 'Tehran',
		kind: 'capital',
		country: 'IRN',
		coordinateSource: 'geonames',
		coordinateNote: 'GeoNames 112931'
	}
};

const visit: StoryEvent = {
	id: 'qureshi-visit-tehran-2021-03-01',
	date: '2021-03-01',
	datePrecision: 'day',
	title: 'Qureshi visits Tehran',
	summary: 'A fixture event: the foreign minister discusses the Afghan peace process in Tehran.',
	places: ['tehran'],
	group: 'visit',
	status: 'happened',
	facts: [
		{
			id: 'qureshi-tehran-talks',
			statement: 'According to Fixture News, Qureshi discussed the Afghan peace process in Tehran.',
			quote: 'Qureshi discussed the Afghan peace process in Tehran',
			source: article.id
		}
	]
};

const link: Link = {
	id: 'qureshi-islamabad-tehran',
	from: 'islamabad',
	to: 'tehran',
	event: visit.id,
	label: 'Qureshi travels from Islamabad to Tehran'
};

async function addTehranStory(dir: string, place: Place = tehran): Promise<void> {
	await editJson<Source[]>(dir, 'sources.json', (sources) => sources.push(article));
	await editJson<{ features: Place[] }>(dir, 'places.geojson', (places) =>
		places.features.push(place)
	);
	await editJson<StoryEvent[]>(dir, 'events.json', (events) => events.push(visit));
	await editJson<Link[]>(dir, 'links.json', (links) => links.push(link));
}

/** Great-circle distance on Turf's sphere (mean Earth radius 6371.0088 km). */
function haversineKm([lon1, lat1]: number[], [lon2, lat2]: number[]): number {
	const rad = Math.PI / 180;
	const [φ1, φ2] = [(lat1 ?? 0) * rad, (lat2 ?? 0) * rad];
	const Δφ = φ2 - φ1;
	const Δλ = ((lon2 ?? 0) - (lon1 ?? 0)) * rad;
	const a = Math.sin(Δφ / 2) ** 2 + Math.cos(φ1) * Math.cos(φ2) * Math.sin(Δλ / 2) ** 2;
	return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}

describe('loadStory', () => {
	it('loads the real geo/', async () => {
		const story = await loadStory();
		expect(story.events.length).toBeGreaterThan(10);
		expect(story.pipelines[0]?.lengthKm).toBeGreaterThan(0);
	});

	it('takes a new article, place, event and link from geo/ alone', async () => {
		const dir = await copyOfGeo();
		await addTehranStory(dir);
		const story = await loadStory(dir);

		expect(story.sources.map((source) => source.id)).toContain(article.id);

		const place = story.places.find((candidate) => candidate.id === 'tehran');
		expect(place).toEqual({
			id: 'tehran',
			name: 'Tehran',
			kind: 'capital',
			country: 'IRN',
			position: [51.389, 35.6892],
			approximate: false,
			cityId: null,
			coordinateSource: 'geonames',
			coordinateNote: 'GeoNames 112931',
			eventIds: [visit.id]
		});

		const event = story.events.find((candidate) => candidate.id === visit.id);
		expect(event?.bounds).toEqual([51.389, 35.6892, 51.389, 35.6892]);
		expect(event?.dateLabel).toBe('1 March 2021');
		expect(event?.facts[0]?.source).toBe(article.id);

		// Sorted into place by date: after 21 February, before 18 March.
		const ids = story.events.map((candidate) => candidate.id);
		expect(ids.indexOf(visit.id)).toBe(ids.indexOf('pakistan-attendance-confirmed-2021-02-21') + 1);
		expect(ids.indexOf('extended-troika-moscow-2021-03-18')).toBe(ids.indexOf(visit.id) + 1);
		const dates = story.events.map((candidate) => candidate.date);
		expect(dates).toEqual([...dates].sort());

		const arc = story.links.find((candidate) => candidate.id === link.id);
		const islamabad = [73.0433, 33.7215];
		expect(arc?.distanceKm).toBeCloseTo(haversineKm(islamabad, [51.389, 35.6892]), 0);
		expect(arc?.distanceKm).toBeGreaterThan(1900);
		expect(arc?.distanceKm).toBeLessThan(2000);
		expect(arc?.geometry.type).toBe('LineString');
		const coordinates = arc?.geometry.type === 'LineString' ? arc.geometry.coordinates : [];
		expect(coordinates.at(0)).toEqual(islamabad);
		expect(coordinates.at(-1)).toEqual([51.389, 35.6892]);

		const islamabadPlace = story.places.find((candidate) => candidate.id === 'islamabad');
		expect(islamabadPlace?.eventIds).not.toContain(visit.id);
	});

	it('rejects a broken copy with a StoryValidationError that lists every problem', async () => {
		const dir = await copyOfGeo();
		await addTehranStory(dir, {
			...tehran,
			geometry: { type: 'Point', coordinates: [35.6892, 51.389] }
		});
		await editJson<Link[]>(dir, 'links.json', (links) => {
			const added = links.find((candidate) => candidate.id === link.id);
			if (added) added.to = 'teheran';
		});

		const error = await loadStory(dir).then(
			() => null,
			(reason: unknown) => reason
		);
		expect(error).toBeInstanceOf(StoryValidationError);
		expect((error as StoryValidationError).message).toBe(
			[
				'The story in geo/ has 2 problems:',
				'  geo/places.geojson: feature "tehran": geometry.coordinates: [35.6892, 51.389] is not in IRN — longitude and latitude swapped?',
				'  geo/links.json: link "qureshi-islamabad-tehran": to: "teheran" is not a known place'
			].join('\n')
		);
		expect((error as StoryValidationError).problems).toHaveLength(2);
	});

	it('rejects a copy with a file missing', async () => {
		const dir = await copyOfGeo();
		await rm(join(dir, 'links.json'));
		await expect(loadStory(dir)).rejects.toThrow(
			'The story in geo/ has 1 problem:\n  geo/links.json: file is missing'
		);
	});
});
