/**
 * Validates the raw text of the files in geo/ and returns the typed story, or every problem
 * found, each naming the file, the entry, the field and the fault. Pure: the caller reads the
 * files (load.server.ts) and supplies the country shapes for the geographic checks.
 */
import * as v from 'valibot';
import { countryFault, positionFault, type CountryShapes } from '$lib/geo/country-check';
import { dateFault, precisionOf } from './dates';
import { entryLabel, problemFromIssue, withoutConsequentialIssues, type Problem } from './problems';
import { storyFiles, type RawStory, type StoryFileName } from './schema';

export type StoryFiles = Partial<Record<StoryFileName, string>>;
export type ValidationResult = { ok: true; story: RawStory } | { ok: false; problems: Problem[] };

/** Where JSON.parse stopped: the first offset at which a prefix of the text fails mid-way. */
function jsonErrorOffset(text: string, error: Error): number {
	const reported = /at position (\d+)/.exec(error.message);
	if (reported) return Number(reported[1]);
	if (error.message.startsWith('Unexpected end')) return text.length;
	const failsBefore = (length: number) => {
		try {
			JSON.parse(text.slice(0, length));
			return false;
		} catch (prefixError) {
			const message = (prefixError as Error).message;
			const at = /at position (\d+)/.exec(message);
			return at ? Number(at[1]) < length : !message.startsWith('Unexpected end');
		}
	};
	let [low, high] = [0, text.length];
	while (low < high) {
		const middle = Math.floor((low + high) / 2);
		if (failsBefore(middle + 1)) high = middle;
		else low = middle + 1;
	}
	return low;
}

/** `is not valid JSON: expected double-quoted property name at line 3, column 14` */
export function jsonFault(text: string, error: Error): string {
	const offset = jsonErrorOffset(text, error);
	if (offset >= text.length) {
		const lastLine = text.trimEnd().split('\n').length;
		return `is not valid JSON: the text ends at line ${lastLine} before the JSON is complete`;
	}
	const before = text.slice(0, offset).split('\n');
	const line = before.length;
	const column = (before.at(-1)?.length ?? 0) + 1;
	const reason = error.message
		.replace(/ in JSON at position \d+.*$/s, '')
		.replace(/, .*is not valid JSON$/s, '')
		.replace(/^\w/, (first) => first.toLowerCase());
	return `is not valid JSON: ${reason} at line ${line}, column ${column}`;
}

function parseFile<N extends StoryFileName>(
	name: N,
	text: string | undefined,
	problems: Problem[]
): v.InferOutput<(typeof storyFiles)[N]['schema']> | null {
	if (text === undefined) {
		problems.push({ file: name, message: 'file is missing' });
		return null;
	}
	if (text.trim() === '') {
		problems.push({ file: name, message: 'file is empty' });
		return null;
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		problems.push({ file: name, message: jsonFault(text, error as Error) });
		return null;
	}
	const { schema, entry } = storyFiles[name];
	const result = v.safeParse(schema, raw);
	if (result.success) return result.output as v.InferOutput<(typeof storyFiles)[N]['schema']>;
	const listKey = name.endsWith('.geojson') ? 'features' : null;
	for (const issue of withoutConsequentialIssues(result.issues))
		problems.push(problemFromIssue(name, entry, listKey, raw, issue));
	return null;
}

/** One problem per repeated id, saying where each use of it is. */
function checkUniqueIds(
	file: StoryFileName,
	kind: string,
	items: { id: string; where: string }[],
	problems: Problem[]
): void {
	const uses = new Map<string, string[]>();
	for (const item of items) uses.set(item.id, [...(uses.get(item.id) ?? []), item.where]);
	for (const [id, where] of uses) {
		if (where.length < 2) continue;
		problems.push({
			file,
			entry: `${kind} "${id}"`,
			field: 'id',
			message: `is used by ${where.length} ${kind}s (${where.slice(0, -1).join(', ')} and ${where.at(-1)}); ids must be unique`
		});
	}
}

const numbered = <T extends { id: string }>(items: T[]) =>
	items.map((item, index) => ({ id: item.id, where: `#${index + 1}` }));

function checkDate(
	file: StoryFileName,
	entry: string,
	field: string,
	date: string,
	precision: string | undefined,
	problems: Problem[]
): void {
	const fault = dateFault(date);
	if (fault) problems.push({ file, entry, field, message: fault });
	else if (precision && precisionOf(date) !== precision) {
		problems.push({
			file,
			entry,
			field,
			message: `"${date}" is at ${precisionOf(date)} precision, but datePrecision is "${precision}"`
		});
	}
}

const notInNaturalEarth = (iso3: string) =>
	`"${iso3}" is not a country in Natural Earth (ISO 3166-1 alpha-3, like "PAK")`;

function crossCheck(story: RawStory, shapes: CountryShapes, problems: Problem[]): void {
	const sources = new Map(story.sources.map((source) => [source.id, source]));
	const placeIds = new Set(story.places.map((place) => place.id));
	const eventIds = new Set(story.events.map((event) => event.id));
	const factIds = new Set(story.events.flatMap((event) => event.facts.map((fact) => fact.id)));
	const missing = (file: StoryFileName, entry: string, field: string, what: string, ref: string) =>
		problems.push({ file, entry, field, message: `"${ref}" is not a known ${what}` });

	checkUniqueIds('sources.json', 'source', numbered(story.sources), problems);
	checkUniqueIds('places.geojson', 'feature', numbered(story.places), problems);
	checkUniqueIds('pipeline.geojson', 'feature', numbered(story.pipelines), problems);
	checkUniqueIds('events.json', 'event', numbered(story.events), problems);
	checkUniqueIds('links.json', 'link', numbered(story.links), problems);
	checkUniqueIds(
		'events.json',
		'fact',
		story.events.flatMap((event) =>
			event.facts.map((fact) => ({ id: fact.id, where: `in event "${event.id}"` }))
		),
		problems
	);

	for (const source of story.sources) {
		if (source.date) {
			checkDate(
				'sources.json',
				`source "${source.id}"`,
				'date',
				source.date,
				source.datePrecision,
				problems
			);
		}
	}

	for (const place of story.places) {
		const entry = `feature "${place.id}"`;
		const { country } = place.properties;
		const fault = shapes.has(country)
			? countryFault(place.geometry.coordinates, country, shapes)
			: positionFault(place.geometry.coordinates);
		if (!shapes.has(country)) {
			problems.push({
				file: 'places.geojson',
				entry,
				field: 'properties.country',
				message: notInNaturalEarth(country)
			});
		}
		if (fault)
			problems.push({
				file: 'places.geojson',
				entry,
				field: 'geometry.coordinates',
				message: fault
			});
		if (!sources.has(place.properties.coordinateSource)) {
			missing(
				'places.geojson',
				entry,
				'properties.coordinateSource',
				'source',
				place.properties.coordinateSource
			);
		}
		const city = place.properties.city;
		if (city !== undefined && !placeIds.has(city))
			missing('places.geojson', entry, 'properties.city', 'place', city);
	}

	for (const pipeline of story.pipelines) {
		const entry = `feature "${pipeline.id}"`;
		const { country, from, to, routeSource, statedLengthsKm } = pipeline.properties;
		const known = country !== undefined && shapes.has(country);
		if (country !== undefined && !known) {
			problems.push({
				file: 'pipeline.geojson',
				entry,
				field: 'properties.country',
				message: notInNaturalEarth(country)
			});
		}
		pipeline.geometry.coordinates.forEach((position, index) => {
			const fault = known ? countryFault(position, country, shapes) : positionFault(position);
			if (fault) {
				problems.push({
					file: 'pipeline.geojson',
					entry,
					field: `geometry.coordinates[${index}]`,
					message: fault
				});
			}
		});
		if (!placeIds.has(from)) missing('pipeline.geojson', entry, 'properties.from', 'place', from);
		if (!placeIds.has(to)) missing('pipeline.geojson', entry, 'properties.to', 'place', to);
		if (!sources.has(routeSource))
			missing('pipeline.geojson', entry, 'properties.routeSource', 'source', routeSource);
		statedLengthsKm.forEach((stated, index) => {
			if (!sources.has(stated.source)) {
				missing(
					'pipeline.geojson',
					entry,
					`properties.statedLengthsKm[${index}].source`,
					'source',
					stated.source
				);
			}
		});
	}

	for (const event of story.events) {
		const entry = `event "${event.id}"`;
		checkDate('events.json', entry, 'date', event.date, event.datePrecision, problems);
		if (event.endDate) {
			checkDate('events.json', entry, 'endDate', event.endDate, event.datePrecision, problems);
			if (event.endDate < event.date) {
				problems.push({
					file: 'events.json',
					entry,
					field: 'endDate',
					message: `"${event.endDate}" is before the date "${event.date}"`
				});
			}
		}
		event.places.forEach((place, index) => {
			if (!placeIds.has(place)) missing('events.json', entry, `places[${index}]`, 'place', place);
		});
		for (const fact of event.facts) {
			const factEntry = `${entry}: fact "${fact.id}"`;
			const source = sources.get(fact.source);
			if (!source) missing('events.json', factEntry, 'source', 'source', fact.source);
			else if (source.kind === 'article' && fact.quote === undefined) {
				problems.push({
					file: 'events.json',
					entry: factEntry,
					field: 'quote',
					message: `is missing: a fact from the article "${source.id}" needs its verbatim quote`
				});
			} else if (source.kind === 'reference') {
				if (fact.quote !== undefined) {
					problems.push({
						file: 'events.json',
						entry: factEntry,
						field: 'quote',
						message: `is not allowed: "${source.id}" is not an article, and quotes are verbatim from an article`
					});
				}
				if (fact.citation === undefined) {
					problems.push({
						file: 'events.json',
						entry: factEntry,
						field: 'citation',
						message: `is missing: a background fact from "${source.id}" needs a citation`
					});
				}
			}
			for (const other of fact.contrastsWith ?? []) {
				if (!factIds.has(other)) missing('events.json', factEntry, 'contrastsWith', 'fact', other);
			}
		}
	}

	story.links.forEach((link, index) => {
		const entry = entryLabel('link', link, index);
		if (!placeIds.has(link.from)) missing('links.json', entry, 'from', 'place', link.from);
		if (!placeIds.has(link.to)) missing('links.json', entry, 'to', 'place', link.to);
		if (!eventIds.has(link.event)) missing('links.json', entry, 'event', 'event', link.event);
	});

	for (const country of story.countries) {
		if (!shapes.has(country.iso3)) {
			problems.push({
				file: 'countries.json',
				entry: `country "${country.iso3}"`,
				field: 'iso3',
				message: notInNaturalEarth(country.iso3)
			});
		}
	}
}

export function validateStory(files: StoryFiles, shapes: CountryShapes): ValidationResult {
	const problems: Problem[] = [];
	const sources = parseFile('sources.json', files['sources.json'], problems);
	const places = parseFile('places.geojson', files['places.geojson'], problems);
	const pipelines = parseFile('pipeline.geojson', files['pipeline.geojson'], problems);
	const events = parseFile('events.json', files['events.json'], problems);
	const links = parseFile('links.json', files['links.json'], problems);
	const countries = parseFile('countries.json', files['countries.json'], problems);
	if (!sources || !places || !pipelines || !events || !links || !countries)
		return { ok: false, problems };
	const story: RawStory = {
		sources,
		places: places.features,
		pipelines: pipelines.features,
		events,
		links,
		countries
	};
	crossCheck(story, shapes, problems);
	return problems.length > 0 ? { ok: false, problems } : { ok: true, story };
}
