#!/usr/bin/env node
// Scaling benchmark: writes a seeded synthetic story directory in the format of geo/ (the six
// files sources.json, places.geojson, pipeline.geojson, events.json, links.json and
// countries.json) with as many events and places as asked, valid for the app's validator
// (every place lies inside the Natural Earth 1:10m polygon of the country it names). Same seed
// and sizes give byte-identical files. Build the app from it with
//   node bench/synthetic-story.js /tmp/syn-1000 --events 1000 --places 1000 [--seed 20210407]
//   STORY_DIR=/tmp/syn-1000 BUILD_DIR=/tmp/build-syn-1000 npx vite build
// or import { writeSyntheticStory } from a benchmark.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bbox, booleanPointInPolygon, distance } from '@turf/turf';
import countryCodes from 'i18n-iso-countries';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);

/** Large enough countries over Europe, the Middle East and Asia; the first hosts the pipeline. */
const countryList = [
	'PAK',
	'RUS',
	'AFG',
	'IRN',
	'KAZ',
	'UZB',
	'TKM',
	'KGZ',
	'TJK',
	'CHN',
	'IND',
	'MNG',
	'TUR',
	'SAU',
	'IRQ',
	'SYR',
	'OMN',
	'UKR',
	'POL',
	'DEU',
	'FRA',
	'ESP',
	'ITA'
];
/** Places are sampled inside this [west, south, east, north] window (clips Russia and France). */
const samplingWindow = [-12, 8, 135, 62];
const eventGroups = [
	'meeting',
	'visit',
	'agreement',
	'infrastructure',
	'security',
	'deadline',
	'statement',
	'trade',
	'health'
];
const articleSources = ['synthetic-article-a', 'synthetic-article-b'];
const gazetteer = 'synthetic-gazetteer';
const reference = 'synthetic-reference';
const firstDay = Date.UTC(2000, 0, 1);
const lastDay = Date.UTC(2021, 11, 31);
const dayMs = 86_400_000;

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
function mulberry32(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

let shapesCache = null;
/** Country polygons and names by ISO alpha-3, as src/lib/basemap/countries.ts derives them. */
function countryShapes() {
	if (shapesCache) return shapesCache;
	const path = require.resolve('world-atlas/countries-10m.json');
	const topology = JSON.parse(readFileSync(path, 'utf8'));
	shapesCache = new Map();
	for (const country of feature(topology, topology.objects.countries).features) {
		const iso3 = country.id === undefined ? null : countryCodes.numericToAlpha3(country.id);
		if (iso3) shapesCache.set(iso3, { name: country.properties.name, geometry: country.geometry });
	}
	return shapesCache;
}

const round4 = (x) => Math.round(x * 1e4) / 1e4;
const pad = (n, width) => String(n).padStart(width, '0');
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

/** A story file: one list entry per line, compact, so that large stories stay small. */
function listJson(items, indent = '\t') {
	if (items.length === 0) return '[]';
	return `[\n${items.map((item) => indent + JSON.stringify(item)).join(',\n')}\n${indent.slice(1)}]`;
}
const featureCollectionJson = (features) =>
	`{\n\t"type": "FeatureCollection",\n\t"features": ${listJson(features, '\t\t')}\n}\n`;

/**
 * Writes a synthetic story of `events` events over `places` places into `outDir` (created if
 * needed; the six story files are overwritten). Returns the directory, the sizes, and event
 * ids in the app's order (by date, then title): the first, the last and ~10 spread evenly.
 * @param {string} outDir
 * @param {{ events?: number, places?: number, seed?: number }} [options]
 * @returns {{ dir: string, events: number, places: number, firstEventId: string,
 *   lastEventId: string, sampleEventIds: string[] }}
 */
export function writeSyntheticStory(
	outDir,
	{ events = 1000, places = 1000, seed = 20210407 } = {}
) {
	if (!Number.isInteger(events) || events < 1) throw new Error('events must be a whole number ≥ 1');
	if (!Number.isInteger(places) || places < 2) throw new Error('places must be a whole number ≥ 2');
	const random = mulberry32(seed);
	const int = (min, max) => min + Math.floor(random() * (max - min + 1));
	const pick = (list) => list[Math.floor(random() * list.length)];
	const shapes = countryShapes();

	// Countries: at least two places in the first, for the pipeline.
	const countries = countryList.slice(0, Math.max(1, Math.min(countryList.length, places >> 1)));
	const inside = (position, iso3) => booleanPointInPolygon(position, shapes.get(iso3).geometry);
	const samplePoint = (iso3) => {
		const [west, south, east, north] = bbox(shapes.get(iso3).geometry);
		const [w, s, e, n] = [
			Math.max(west, samplingWindow[0]),
			Math.max(south, samplingWindow[1]),
			Math.min(east, samplingWindow[2]),
			Math.min(north, samplingWindow[3])
		];
		for (let attempt = 0; attempt < 100_000; attempt++) {
			const position = [round4(w + random() * (e - w)), round4(s + random() * (n - s))];
			if (inside(position, iso3)) return position;
		}
		throw new Error(`Could not sample a point inside ${iso3}`);
	};

	// Places: round-robin over the countries; each country's first place is its capital, about
	// one in ten later places is a venue near one of its cities, the rest are cities.
	const placeWidth = Math.max(4, String(places).length);
	const placeFeatures = [];
	const citiesOf = new Map(countries.map((iso3) => [iso3, []]));
	for (let i = 0; i < places; i++) {
		const iso3 = countries[i % countries.length];
		const id = `place-${pad(i + 1, placeWidth)}`;
		const cities = citiesOf.get(iso3);
		const kind = cities.length === 0 ? 'capital' : random() < 0.1 ? 'venue' : 'city';
		const properties = { name: `Synthetic place ${i + 1}`, kind, country: iso3 };
		let coordinates;
		if (kind === 'venue') {
			const city = pick(cities);
			for (let attempt = 0; attempt < 20 && !coordinates; attempt++) {
				const near = [
					round4(city.position[0] + (random() - 0.5) * 0.06),
					round4(city.position[1] + (random() - 0.5) * 0.06)
				];
				if (inside(near, iso3)) coordinates = near;
			}
			coordinates ??= city.position;
			Object.assign(properties, {
				coordinateSource: gazetteer,
				coordinateNote: 'Synthetic venue near its city',
				approximate: true,
				city: city.id
			});
		} else {
			coordinates = samplePoint(iso3);
			cities.push({ id, position: coordinates });
			properties.coordinateSource = gazetteer;
		}
		placeFeatures.push({
			type: 'Feature',
			id,
			geometry: { type: 'Point', coordinates },
			properties
		});
	}

	// The pipeline: between the first two cities of the first country.
	const [from, to] = citiesOf.get(countries[0]);
	const middle = [
		round4((from.position[0] + to.position[0]) / 2),
		round4((from.position[1] + to.position[1]) / 2)
	];
	const route = inside(middle, countries[0])
		? [from.position, middle, to.position]
		: [from.position, to.position];
	const km = Math.round(distance(from.position, to.position, { units: 'kilometers' }));
	const pipeline = {
		type: 'Feature',
		id: 'synthetic-pipeline',
		geometry: { type: 'LineString', coordinates: route },
		properties: {
			name: 'Synthetic pipeline',
			status: 'planned',
			approximate: true,
			country: countries[0],
			from: from.id,
			to: to.id,
			routeSource: reference,
			routeNote: 'Synthetic route for the scaling benchmark.',
			statedLengthsKm: [{ km, source: reference, note: `Synthetic: about ${km} km` }]
		}
	};

	// Events: dates over 2000–2021, mostly to the day, some to the month; 1–3 places and 1–3
	// facts, most from the two articles (with a quote), some background (with a citation).
	const eventWidth = Math.max(5, String(events).length);
	const eventList = [];
	for (let i = 0; i < events; i++) {
		const n = i + 1;
		const id = `event-${pad(n, eventWidth)}`;
		const start = firstDay + int(0, (lastDay - firstDay) / dayMs - 5) * dayMs;
		const byMonth = random() < 0.15;
		const hasEnd = random() < 0.1;
		let date = isoDay(start);
		let endDate;
		if (byMonth) {
			date = date.slice(0, 7);
			const end = new Date(start);
			end.setUTCDate(1);
			end.setUTCMonth(end.getUTCMonth() + int(1, 2));
			if (hasEnd && end.getTime() <= lastDay) endDate = isoDay(end.getTime()).slice(0, 7);
		} else if (hasEnd) {
			endDate = isoDay(start + int(1, 4) * dayMs);
		}
		const placeIds = [];
		const wanted = Math.min(int(1, 3), places);
		while (placeIds.length < wanted) {
			const place = pick(placeFeatures).id;
			if (!placeIds.includes(place)) placeIds.push(place);
		}
		const roll = random();
		const status = roll < 0.8 ? 'happened' : roll < 0.95 ? 'expected' : 'deadline';
		const facts = [];
		const factRoll = random();
		const factCount = factRoll < 0.5 ? 1 : factRoll < 0.85 ? 2 : 3;
		for (let f = 1; f <= factCount; f++) {
			const fact = { id: `${id}-f${f}`, statement: `Synthetic fact ${f}.` };
			if (random() < 0.75) {
				fact.quote = `Synthetic quote ${f}.`;
				fact.source = pick(articleSources);
			} else {
				fact.source = reference;
				fact.citation = `Synthetic citation ${f}`;
			}
			facts.push(fact);
		}
		eventList.push({
			id,
			date,
			datePrecision: byMonth ? 'month' : 'day',
			...(endDate ? { endDate } : {}),
			title: `Synthetic event ${n}`,
			summary: `Synthetic summary of event ${n}.`,
			places: placeIds,
			group: pick(eventGroups),
			status,
			facts
		});
	}

	// Links: between an event's first place and another of its places (or any other place).
	const links = [];
	for (let i = 0; i < Math.min(20, events); i++) {
		const event = eventList[Math.floor((i * events) / Math.min(20, events))];
		const start = event.places[0];
		let end = event.places[1];
		while (end === undefined || end === start) end = pick(placeFeatures).id;
		links.push({
			id: `link-${pad(i + 1, 3)}`,
			from: start,
			to: end,
			event: event.id,
			label: `Synthetic link ${i + 1}`
		});
	}

	const sources = [
		...articleSources.map((id, index) => ({
			id,
			kind: 'article',
			publisher: `Synthetic publisher ${index + 1}`,
			headline: `Synthetic article ${index + 1} for the scaling benchmark`,
			date: '2021-04-07',
			datePrecision: 'day'
		})),
		{
			id: gazetteer,
			kind: 'reference',
			publisher: 'Synthetic gazetteer',
			headline: 'Random points inside Natural Earth 1:10m country shapes'
		},
		{
			id: reference,
			kind: 'reference',
			publisher: 'Synthetic reference',
			headline: 'Background facts generated for the scaling benchmark'
		}
	];
	const countryEntries = countries.map((iso3) => ({
		iso3,
		name: shapes.get(iso3).name,
		role: 'Synthetic: hosts places of the scaling benchmark story'
	}));

	const dir = resolve(outDir);
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'sources.json'), `${JSON.stringify(sources, null, '\t')}\n`);
	writeFileSync(join(dir, 'places.geojson'), featureCollectionJson(placeFeatures));
	writeFileSync(join(dir, 'pipeline.geojson'), featureCollectionJson([pipeline]));
	writeFileSync(join(dir, 'events.json'), `${listJson(eventList)}\n`);
	writeFileSync(join(dir, 'links.json'), `${listJson(links)}\n`);
	writeFileSync(join(dir, 'countries.json'), `${JSON.stringify(countryEntries, null, '\t')}\n`);

	// The app's order (src/lib/story/story.ts): by date, then by title.
	const sorted = [...eventList].sort(
		(a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || a.title.localeCompare(b.title)
	);
	const sampleCount = Math.min(10, sorted.length);
	const sampleEventIds = Array.from(
		{ length: sampleCount },
		(_, k) =>
			sorted[sampleCount === 1 ? 0 : Math.round((k * (sorted.length - 1)) / (sampleCount - 1))].id
	);
	return {
		dir,
		events,
		places,
		firstEventId: sorted[0].id,
		lastEventId: sorted.at(-1).id,
		sampleEventIds
	};
}

function main(argv) {
	const outDir = argv.find(
		(arg, index) => !arg.startsWith('--') && !argv[index - 1]?.startsWith('--')
	);
	const option = (name, fallback) => {
		const index = argv.indexOf(`--${name}`);
		if (index < 0) return fallback;
		const value = Number(argv[index + 1]);
		if (!Number.isInteger(value)) throw new Error(`--${name} needs a whole number`);
		return value;
	};
	if (!outDir) {
		console.error(
			'Usage: node bench/synthetic-story.js <outDir> --events 10000 --places 1000 [--seed 20210407]'
		);
		process.exit(2);
	}
	const started = performance.now();
	const result = writeSyntheticStory(outDir, {
		events: option('events', 1000),
		places: option('places', 1000),
		seed: option('seed', 20210407)
	});
	const ms = Math.round(performance.now() - started);
	console.log(JSON.stringify({ ...result, ms }, null, '\t'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	main(process.argv.slice(2));
}
