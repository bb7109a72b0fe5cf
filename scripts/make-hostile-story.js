#!/usr/bin/env node
// Writes a copy of geo/ whose every reader-visible text carries markup and script payloads, for
// the test that proves they render as inert text. Usage: node scripts/make-hostile-story.js <dir>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const payloads = [
	'<img src=x onerror="window.__pwned=1">',
	'<script>window.__pwned=1</script>',
	'javascript:window.__pwned=1',
	'"><svg onload=window.__pwned=1>',
	"'); window.__pwned=1; ('"
];

const out = process.argv[2] ?? '.svelte-kit/hostile-geo';
mkdirSync(out, { recursive: true });
const read = (name) => JSON.parse(readFileSync(join('geo', name), 'utf8'));
const write = (name, data) =>
	writeFileSync(join(out, name), `${JSON.stringify(data, null, '\t')}\n`);
let n = 0;
const taint = (text) => `${text} ${payloads[n++ % payloads.length]}`;

write(
	'sources.json',
	read('sources.json').map((source) => ({
		...source,
		publisher: taint(source.publisher),
		headline: taint(source.headline)
	}))
);
const places = read('places.geojson');
for (const place of places.features) place.properties.name = taint(place.properties.name);
write('places.geojson', places);
const pipelines = read('pipeline.geojson');
for (const pipeline of pipelines.features) {
	pipeline.properties.name = taint(pipeline.properties.name);
	pipeline.properties.routeNote = taint(pipeline.properties.routeNote);
}
write('pipeline.geojson', pipelines);
write(
	'events.json',
	read('events.json').map((event) => ({
		...event,
		title: taint(event.title),
		summary: taint(event.summary),
		facts: event.facts.map((fact) => ({
			...fact,
			statement: taint(fact.statement),
			...(fact.quote ? { quote: taint(fact.quote) } : {}),
			...(fact.citation ? { citation: taint(fact.citation) } : {})
		}))
	}))
);
write(
	'links.json',
	read('links.json').map((link) => ({ ...link, label: taint(link.label) }))
);
write(
	'countries.json',
	read('countries.json').map((country) => ({ ...country, name: taint(country.name) }))
);
console.log(`Wrote a story with ${n} tainted texts to ${out}`);
