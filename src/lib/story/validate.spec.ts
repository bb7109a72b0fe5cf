/**
 * The validator against the real geo/ files with one thing broken at a time: each fault must
 * give exactly one message that names the file, the entry, the field and what is wrong.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CountryShapes } from '$lib/geo/country-check';
import { countryShapes, defaultStoryDir, readStoryFiles } from './load.server';
import { formatProblem } from './problems';
import type { Country, Link, Pipeline, Place, Source, StoryEvent, StoryFileName } from './schema';
import { validateStory, type StoryFiles } from './validate';

type FileData = {
	'sources.json': Source[];
	'places.geojson': { type: 'FeatureCollection'; features: Place[] };
	'pipeline.geojson': { type: 'FeatureCollection'; features: Pipeline[] };
	'events.json': StoryEvent[];
	'links.json': Link[];
	'countries.json': Country[];
};

let real: StoryFiles;
let shapes: CountryShapes;

beforeAll(async () => {
	real = await readStoryFiles(defaultStoryDir);
	shapes = await countryShapes();
});

function read<N extends StoryFileName>(name: N): FileData[N] {
	const text = real[name];
	if (text === undefined) throw new Error(`geo/${name} is missing from the real story`);
	return JSON.parse(text) as FileData[N];
}

/** The real files with one file changed by `change`. */
function edit<N extends StoryFileName>(name: N, change: (data: FileData[N]) => void): StoryFiles {
	const data = read(name);
	change(data);
	return { ...real, [name]: JSON.stringify(data, null, '\t') };
}

function problems(files: StoryFiles): string[] {
	const result = validateStory(files, shapes);
	return result.ok ? [] : result.problems.map(formatProblem);
}

function byId<T extends { id: string }>(items: T[], id: string): T {
	const found = items.find((item) => item.id === id);
	if (!found) throw new Error(`no entry "${id}" in the real story`);
	return found;
}

function factById(events: StoryEvent[], id: string) {
	return byId(
		events.flatMap((event) => event.facts),
		id
	);
}

/** Sets a field to a value its type does not allow, as a hand edit of the JSON would. */
function set(target: object, key: string, value: unknown): void {
	(target as Record<string, unknown>)[key] = value;
}

function remove(target: object, key: string): void {
	delete (target as Record<string, unknown>)[key];
}

describe('validateStory on the real geo/', () => {
	it('finds no problems', () => {
		const result = validateStory(real, shapes);
		expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
		expect(result.ok && result.story.places.map((place) => place.id)).toContain('islamabad');
	});
});

describe('validateStory: geography', () => {
	it('spots swapped longitude and latitude', () => {
		const files = edit('places.geojson', (data) => {
			byId(data.features, 'islamabad').geometry.coordinates = [33.7215, 73.0433];
		});
		expect(problems(files)).toEqual([
			'geo/places.geojson: feature "islamabad": geometry.coordinates: [33.7215, 73.0433] is not in PAK — longitude and latitude swapped?'
		]);
	});

	it('says a point is in the wrong country without guessing a swap', () => {
		const files = edit('places.geojson', (data) => {
			// New Delhi, labelled as a city in Pakistan.
			byId(data.features, 'lahore').geometry.coordinates = [77.209, 28.6139];
		});
		expect(problems(files)).toEqual([
			'geo/places.geojson: feature "lahore": geometry.coordinates: [77.209, 28.6139] is not in PAK'
		]);
	});

	it('rejects coordinates outside the globe', () => {
		const files = edit('places.geojson', (data) => {
			byId(data.features, 'kabul').geometry.coordinates = [189.1723, 34.5281];
		});
		expect(problems(files)).toEqual([
			'geo/places.geojson: feature "kabul": geometry.coordinates: [189.1723, 34.5281] is out of range (longitude −180–180, latitude −90–90)'
		]);
	});

	it('hints at a swap when only the latitude is out of range', () => {
		const files = edit('places.geojson', (data) => {
			byId(data.features, 'bishkek').geometry.coordinates = [42.875, 174.5833];
		});
		expect(problems(files)).toEqual([
			'geo/places.geojson: feature "bishkek": geometry.coordinates: [42.875, 174.5833] is out of range (longitude −180–180, latitude −90–90) — longitude and latitude swapped?'
		]);
	});

	it('rejects a pipeline position outside the globe, naming its index', () => {
		// Without a country to test against, the hint goes by range alone.
		const files = edit('pipeline.geojson', (data) => {
			const [pipeline] = data.features;
			if (!pipeline) throw new Error('no pipeline in the real story');
			pipeline.geometry.coordinates[3] = [68.8589, 127.7032];
		});
		expect(problems(files)).toEqual([
			'geo/pipeline.geojson: feature "karachi-lahore-pipeline": geometry.coordinates[3]: [68.8589, 127.7032] is out of range (longitude −180–180, latitude −90–90) — longitude and latitude swapped?'
		]);
	});

	it('rejects a place country code that Natural Earth does not have', () => {
		const files = edit('places.geojson', (data) => {
			byId(data.features, 'karachi').properties.country = 'ZZZ';
		});
		expect(problems(files)).toEqual([
			'geo/places.geojson: feature "karachi": properties.country: "ZZZ" is not a country in Natural Earth (ISO 3166-1 alpha-3, like "PAK")'
		]);
	});

	it('rejects a countries.json code that Natural Earth does not have', () => {
		const files = edit('countries.json', (data) => {
			data.push({ iso3: 'ZZZ', name: 'Nowhere', role: 'None' });
		});
		expect(problems(files)).toEqual([
			'geo/countries.json: country "ZZZ": iso3: "ZZZ" is not a country in Natural Earth (ISO 3166-1 alpha-3, like "PAK")'
		]);
	});

	it('rejects a country code that is not an alpha-3 code at all', () => {
		const files = edit('countries.json', (data) => {
			const pakistan = data.find((country) => country.iso3 === 'PAK');
			if (pakistan) pakistan.iso3 = 'pk';
		});
		expect(problems(files)).toEqual([
			'geo/countries.json: country #2: iso3: "pk" must be an ISO 3166-1 alpha-3 code, like "PAK"'
		]);
	});
});

describe('validateStory: ids', () => {
	it('reports a repeated place id once, with where each use is', () => {
		const files = edit('places.geojson', (data) => {
			data.features.push(structuredClone(byId(data.features, 'islamabad')));
		});
		expect(problems(files)).toEqual([
			'geo/places.geojson: feature "islamabad": id: is used by 2 features (#2 and #10); ids must be unique'
		]);
	});

	it('reports a repeated event id', () => {
		const files = edit('events.json', (data) => {
			const copy = structuredClone(byId(data, 'kabulov-visit-islamabad-2021-02-19'));
			copy.facts = copy.facts.map((fact) => ({ ...fact, id: `${fact.id}-copy` }));
			data.push(copy);
		});
		expect(problems(files)).toEqual([
			`geo/events.json: event "kabulov-visit-islamabad-2021-02-19": id: is used by 2 events (#7 and #${read('events.json').length + 1}); ids must be unique`
		]);
	});

	it('reports a fact id repeated in another event, naming both events', () => {
		const files = edit('events.json', (data) => {
			byId(data, 'sputnik-v-vaccine-supply-2021-04-07').facts.push({
				...factById(data, 'kabulov-visit-date'),
				statement: 'A second fact with the same id.'
			});
		});
		expect(problems(files)).toEqual([
			'geo/events.json: fact "kabulov-visit-date": id: is used by 2 facts (in event "kabulov-visit-islamabad-2021-02-19" and in event "sputnik-v-vaccine-supply-2021-04-07"); ids must be unique'
		]);
	});

	it('reports a repeated source id', () => {
		const files = edit('sources.json', (data) => {
			data.push({ ...byId(data, 'geonames'), headline: 'Another gazetteer' });
		});
		expect(problems(files)).toEqual([
			'geo/sources.json: source "geonames": id: is used by 2 sources (#3 and #6); ids must be unique'
		]);
	});

	it('names an entry without an id by its position', () => {
		const files = edit('links.json', (data) => {
			const [, , third] = data;
			if (third) remove(third, 'id');
		});
		expect(problems(files)).toEqual(['geo/links.json: link #3: id: is missing']);
	});

	it('rejects an id that is not kebab-case', () => {
		const files = edit('links.json', (data) => {
			byId(data, 'kabulov-moscow-islamabad').id = 'Kabulov_Moscow';
		});
		expect(problems(files)).toEqual([
			'geo/links.json: link "Kabulov_Moscow": id: "Kabulov_Moscow" must be lowercase kebab-case, like "islamabad"'
		]);
	});
});

describe('validateStory: references', () => {
	it('reports an event at an unknown place', () => {
		const files = edit('events.json', (data) => {
			byId(data, 'kabulov-visit-islamabad-2021-02-19').places.push('peshawar');
		});
		expect(problems(files)).toEqual([
			'geo/events.json: event "kabulov-visit-islamabad-2021-02-19": places[1]: "peshawar" is not a known place'
		]);
	});

	it('reports a fact with an unknown source', () => {
		const files = edit('events.json', (data) => {
			factById(data, 'kabulov-urged-pakistan').source = 'dawn-2021-02';
		});
		expect(problems(files)).toEqual([
			'geo/events.json: event "kabulov-visit-islamabad-2021-02-19": fact "kabulov-urged-pakistan": source: "dawn-2021-02" is not a known source'
		]);
	});

	it.each([
		['from', 'peshawar', 'place'],
		['to', 'tashkent', 'place'],
		['event', 'lavrov-visit-2022', 'event']
	] as const)('reports a link whose %s is unknown', (field, value, what) => {
		const files = edit('links.json', (data) => {
			byId(data, 'kabulov-moscow-islamabad')[field] = value;
		});
		expect(problems(files)).toEqual([
			`geo/links.json: link "kabulov-moscow-islamabad": ${field}: "${value}" is not a known ${what}`
		]);
	});

	it('reports a contrast with an unknown fact', () => {
		const files = edit('events.json', (data) => {
			factById(data, 'trade-350m-central-bank').contrastsWith = ['trade-800m-lavrov'];
		});
		expect(problems(files)).toEqual([
			'geo/events.json: event "russia-pakistan-trade-2021-04-07": fact "trade-350m-central-bank": contrastsWith: "trade-800m-lavrov" is not a known fact'
		]);
	});

	it('reports a venue in an unknown city', () => {
		const files = edit('places.geojson', (data) => {
			byId(data.features, 'president-hotel-moscow').properties.city = 'saint-petersburg';
		});
		expect(problems(files)).toEqual([
			'geo/places.geojson: feature "president-hotel-moscow": properties.city: "saint-petersburg" is not a known place'
		]);
	});

	it('reports a place whose coordinate source is unknown', () => {
		const files = edit('places.geojson', (data) => {
			byId(data.features, 'doha').properties.coordinateSource = 'wikipedia';
		});
		expect(problems(files)).toEqual([
			'geo/places.geojson: feature "doha": properties.coordinateSource: "wikipedia" is not a known source'
		]);
	});

	it('reports a pipeline ending at an unknown place', () => {
		const files = edit('pipeline.geojson', (data) => {
			const [pipeline] = data.features;
			if (pipeline) pipeline.properties.to = 'kasur';
		});
		expect(problems(files)).toEqual([
			'geo/pipeline.geojson: feature "karachi-lahore-pipeline": properties.to: "kasur" is not a known place'
		]);
	});
});

describe('validateStory: facts and their sources', () => {
	it('requires a quote for a fact from an article', () => {
		const files = edit('events.json', (data) => {
			remove(factById(data, 'pipeline-agreements-2015'), 'quote');
		});
		expect(problems(files)).toEqual([
			'geo/events.json: event "pipeline-agreement-2015-10-16": fact "pipeline-agreements-2015": quote: is missing: a fact from the article "aljazeera-2021-04-07" needs its verbatim quote'
		]);
	});

	it('requires a citation for a background fact', () => {
		const files = edit('events.json', (data) => {
			remove(factById(data, 'pipeline-agreement-signed'), 'citation');
		});
		expect(problems(files)).toEqual([
			'geo/events.json: event "pipeline-agreement-2015-10-16": fact "pipeline-agreement-signed": citation: is missing: a background fact from "geography-reference" needs a citation'
		]);
	});

	it('refuses a quote on a background fact: quotes come from the articles only', () => {
		const files = edit('events.json', (data) => {
			factById(data, 'pipeline-agreement-signed').quote = 'signed in Islamabad';
		});
		expect(problems(files)).toEqual([
			'geo/events.json: event "pipeline-agreement-2015-10-16": fact "pipeline-agreement-signed": quote: is not allowed: "geography-reference" is not an article, and quotes are verbatim from an article'
		]);
	});

	it('reports both faults of a background fact with a quote and no citation', () => {
		const files = edit('events.json', (data) => {
			const fact = factById(data, 'kabulov-visit-date');
			fact.quote = 'Kabulov visited Islamabad';
			remove(fact, 'citation');
		});
		expect(problems(files)).toEqual([
			'geo/events.json: event "kabulov-visit-islamabad-2021-02-19": fact "kabulov-visit-date": quote: is not allowed: "geography-reference" is not an article, and quotes are verbatim from an article',
			'geo/events.json: event "kabulov-visit-islamabad-2021-02-19": fact "kabulov-visit-date": citation: is missing: a background fact from "geography-reference" needs a citation'
		]);
	});

	it('rejects an empty quote', () => {
		const files = edit('events.json', (data) => {
			factById(data, 'sco-2019-sidelines').quote = ' \n ';
		});
		expect(problems(files)).toEqual([
			'geo/events.json: event "sco-summit-bishkek-2019-06-13": fact "sco-2019-sidelines": quote: must not be empty'
		]);
	});
});

describe('validateStory: dates', () => {
	it('rejects a day that does not exist', () => {
		const files = edit('events.json', (data) => {
			byId(data, 'kabulov-visit-islamabad-2021-02-19').date = '2021-02-30';
		});
		expect(problems(files)).toEqual([
			'geo/events.json: event "kabulov-visit-islamabad-2021-02-19": date: "2021-02-30" is not a date: 2021-02 has 28 days'
		]);
	});

	it('rejects a month that does not exist', () => {
		const files = edit('events.json', (data) => {
			byId(data, 'kabulov-visit-islamabad-2021-02-19').date = '2021-13-01';
		});
		expect(problems(files)).toEqual([
			'geo/events.json: event "kabulov-visit-islamabad-2021-02-19": date: "2021-13-01" is not a date: there is no month 13'
		]);
	});

	it('rejects a date that is not ISO 8601', () => {
		const files = edit('events.json', (data) => {
			byId(data, 'kabulov-visit-islamabad-2021-02-19').date = '19/02/2021';
		});
		expect(problems(files)).toEqual([
			'geo/events.json: event "kabulov-visit-islamabad-2021-02-19": date: "19/02/2021" must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'
		]);
	});

	it('rejects an event date more or less precise than its datePrecision', () => {
		const files = edit('events.json', (data) => {
			byId(data, 'kabulov-visit-islamabad-2021-02-19').date = '2021-02';
		});
		expect(problems(files)).toEqual([
			'geo/events.json: event "kabulov-visit-islamabad-2021-02-19": date: "2021-02" is at month precision, but datePrecision is "day"'
		]);
	});

	it('rejects a source date more precise than its datePrecision', () => {
		const files = edit('sources.json', (data) => {
			byId(data, 'eurasiantimes-2021-02').date = '2021-02-21';
		});
		expect(problems(files)).toEqual([
			'geo/sources.json: source "eurasiantimes-2021-02": date: "2021-02-21" is at day precision, but datePrecision is "month"'
		]);
	});

	it('rejects an end date before the start date', () => {
		const files = edit('events.json', (data) => {
			byId(data, 'sco-summit-bishkek-2019-06-13').endDate = '2019-06-12';
		});
		expect(problems(files)).toEqual([
			'geo/events.json: event "sco-summit-bishkek-2019-06-13": endDate: "2019-06-12" is before the date "2019-06-13"'
		]);
	});
});

describe('validateStory: shapes of entries', () => {
	it('rejects an unknown layer group, listing the known ones', () => {
		const files = edit('events.json', (data) => {
			set(byId(data, 'kabulov-visit-islamabad-2021-02-19'), 'group', 'parade');
		});
		expect(problems(files)).toEqual([
			'geo/events.json: event "kabulov-visit-islamabad-2021-02-19": group: "parade" must be one of meeting, visit, agreement, infrastructure, security, deadline, statement, trade, health'
		]);
	});

	it('rejects a LineString in places.geojson with one message, not one per coordinate', () => {
		const files = edit('places.geojson', (data) => {
			set(byId(data.features, 'islamabad'), 'geometry', {
				type: 'LineString',
				coordinates: [
					[73.0433, 33.7215],
					[74.3507, 31.558]
				]
			});
		});
		expect(problems(files)).toEqual([
			'geo/places.geojson: feature "islamabad": geometry.type: "LineString" must be "Point"'
		]);
	});

	it('rejects a coordinate given as text', () => {
		const files = edit('places.geojson', (data) => {
			set(byId(data.features, 'kabul').geometry, 'coordinates', ['69.1723', 34.5281]);
		});
		expect(problems(files)).toEqual([
			'geo/places.geojson: feature "kabul": geometry.coordinates[0]: "69.1723" must be a number'
		]);
	});

	it('rejects an unknown field on an entry', () => {
		const files = edit('events.json', (data) => {
			set(byId(data, 'kabulov-visit-islamabad-2021-02-19'), 'colour', 'red');
		});
		expect(problems(files)).toEqual([
			'geo/events.json: event "kabulov-visit-islamabad-2021-02-19": unknown field "colour"'
		]);
	});

	it('names the fact that has an unknown field', () => {
		const files = edit('events.json', (data) => {
			set(factById(data, 'kabulov-urged-pakistan'), 'qoute', 'misspelt');
		});
		expect(problems(files)).toEqual([
			'geo/events.json: event "kabulov-visit-islamabad-2021-02-19": fact "kabulov-urged-pakistan": unknown field "qoute"'
		]);
	});

	it('rejects an unknown field in a feature’s properties', () => {
		const files = edit('places.geojson', (data) => {
			set(byId(data.features, 'moscow').properties, 'population', 13_000_000);
		});
		expect(problems(files)).toEqual([
			'geo/places.geojson: feature "moscow": properties: unknown field "population"'
		]);
	});

	it('rejects an empty title', () => {
		const files = edit('events.json', (data) => {
			byId(data, 'kabulov-visit-islamabad-2021-02-19').title = '   ';
		});
		expect(problems(files)).toEqual([
			'geo/events.json: event "kabulov-visit-islamabad-2021-02-19": title: must not be empty'
		]);
	});

	it('rejects an event without facts', () => {
		const files = edit('events.json', (data) => {
			byId(data, 'kabulov-visit-islamabad-2021-02-19').facts = [];
		});
		expect(problems(files)).toEqual([
			'geo/events.json: event "kabulov-visit-islamabad-2021-02-19": facts: every event needs at least one fact'
		]);
	});

	it('rejects a file whose top level has the wrong shape', () => {
		expect(problems({ ...real, 'links.json': '{"links": []}' })).toEqual([
			'geo/links.json: expected Array, got Object'
		]);
	});
});

describe('validateStory: files', () => {
	it('reports text that is not JSON with the line and column', () => {
		const files = { ...real, 'links.json': real['links.json']?.replace('"from"', 'from') };
		expect(problems(files)).toEqual([
			'geo/links.json: is not valid JSON: expected double-quoted property name at line 4, column 3'
		]);
	});

	it('finds the line of a bad token even when JSON.parse does not say where it is', () => {
		const files = {
			...real,
			'events.json': real['events.json']?.replace('"happened"', 'happened')
		};
		expect(problems(files)).toEqual([
			"geo/events.json: is not valid JSON: unexpected token 'h' at line 10, column 13"
		]);
	});

	it('reports a file cut short', () => {
		const text = '[\n\t{ "id": "a",\n';
		expect(problems({ ...real, 'links.json': text })).toEqual([
			'geo/links.json: is not valid JSON: the text ends at line 2 before the JSON is complete'
		]);
	});

	it('reports an empty file', () => {
		expect(problems({ ...real, 'links.json': ' \n' })).toEqual(['geo/links.json: file is empty']);
	});

	it('reports a missing file', () => {
		const files: StoryFiles = { ...real };
		delete files['countries.json'];
		expect(problems(files)).toEqual(['geo/countries.json: file is missing']);
	});
});

describe('validateStory: several faults', () => {
	it('reports every fault in the entries, not just the first', () => {
		const places = edit('places.geojson', (data) => {
			set(byId(data.features, 'kabul').properties, 'kind', 'town');
			byId(data.features, 'doha').properties.name = '';
		});
		const files = {
			...places,
			'links.json': ' ',
			'events.json': edit('events.json', (data) => {
				set(byId(data, 'kabulov-visit-islamabad-2021-02-19'), 'status', 'done');
			})['events.json']
		};
		expect(problems(files)).toEqual([
			'geo/places.geojson: feature "doha": properties.name: must not be empty',
			'geo/places.geojson: feature "kabul": properties.kind: "town" must be "capital", "city" or "venue"',
			'geo/events.json: event "kabulov-visit-islamabad-2021-02-19": status: "done" must be one of happened, expected, deadline',
			'geo/links.json: file is empty'
		]);
	});

	it('reports every fault across files once the entries are well-formed', () => {
		const files = {
			...edit('places.geojson', (data) => {
				byId(data.features, 'islamabad').geometry.coordinates = [33.7215, 73.0433];
			}),
			'links.json': edit('links.json', (data) => {
				byId(data, 'lavrov-moscow-islamabad').to = 'isloamabad';
			})['links.json'],
			'events.json': edit('events.json', (data) => {
				byId(data, 'sco-summit-bishkek-2019-06-13').endDate = '2019-06-31';
			})['events.json']
		};
		expect(problems(files)).toEqual([
			'geo/places.geojson: feature "islamabad": geometry.coordinates: [33.7215, 73.0433] is not in PAK — longitude and latitude swapped?',
			'geo/events.json: event "sco-summit-bishkek-2019-06-13": endDate: "2019-06-31" is not a date: 2019-06 has 30 days',
			'geo/links.json: link "lavrov-moscow-islamabad": to: "isloamabad" is not a known place'
		]);
	});
});
