/**
 * The shape of the story in geo/, as valibot schemas. Types are inferred from here, so the
 * app's types and the validator cannot drift apart. Cross-file checks (references, dates,
 * geography) live in validate.ts.
 */
import * as v from 'valibot';

const id = v.pipe(
	v.string('must be text'),
	v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase kebab-case, like "islamabad"')
);
const text = v.pipe(v.string('must be text'), v.trim(), v.nonEmpty('must not be empty'));
const iso3 = v.pipe(
	v.string('must be text'),
	v.regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code, like "PAK"')
);

export const datePrecisions = ['day', 'month', 'year'] as const;
export const datePrecision = v.picklist(datePrecisions, 'must be "day", "month" or "year"');
/** ISO 8601 at the precision it claims: "2018", "2021-02" or "2021-04-07". */
export const isoDate = v.pipe(
	v.string('must be text'),
	v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
);

export const sourceSchema = v.strictObject({
	id,
	kind: v.picklist(['article', 'reference'], 'must be "article" or "reference"'),
	publisher: text,
	headline: text,
	date: v.optional(isoDate),
	datePrecision: v.optional(datePrecision),
	url: v.optional(v.pipe(v.string(), v.url('must be a URL')))
});
export const sourcesSchema = v.array(sourceSchema);

const position = v.tuple(
	[v.number('must be a number'), v.number('must be a number')],
	'must be [longitude, latitude]'
);

export const placeKinds = ['capital', 'city', 'venue'] as const;
export const placeSchema = v.strictObject({
	type: v.literal('Feature', 'must be "Feature"'),
	id,
	geometry: v.strictObject({
		type: v.literal('Point', 'must be "Point"'),
		coordinates: position
	}),
	properties: v.strictObject({
		name: text,
		kind: v.picklist(placeKinds, 'must be "capital", "city" or "venue"'),
		country: iso3,
		coordinateSource: id,
		coordinateNote: v.optional(text),
		approximate: v.optional(v.boolean('must be true or false')),
		city: v.optional(id)
	})
});
export const placesSchema = v.strictObject({
	type: v.literal('FeatureCollection', 'must be "FeatureCollection"'),
	features: v.array(placeSchema)
});

export const pipelineStatuses = [
	'planned',
	'stalled',
	'under construction',
	'operational'
] as const;
export const pipelineSchema = v.strictObject({
	type: v.literal('Feature', 'must be "Feature"'),
	id,
	geometry: v.strictObject({
		type: v.literal('LineString', 'must be "LineString"'),
		coordinates: v.pipe(v.array(position), v.minLength(2, 'needs at least two positions'))
	}),
	properties: v.strictObject({
		name: text,
		status: v.picklist(pipelineStatuses, `must be one of ${pipelineStatuses.join(', ')}`),
		approximate: v.boolean('must be true or false'),
		country: v.optional(iso3),
		from: id,
		to: id,
		routeSource: id,
		routeNote: text,
		statedLengthsKm: v.array(
			v.strictObject({
				km: v.pipe(v.number('must be a number'), v.minValue(0, 'must not be negative')),
				source: id,
				note: text
			})
		)
	})
});
export const pipelinesSchema = v.strictObject({
	type: v.literal('FeatureCollection', 'must be "FeatureCollection"'),
	features: v.array(pipelineSchema)
});

export const factSchema = v.strictObject({
	id,
	statement: text,
	/** Verbatim from the article; required for article facts, absent for background facts. */
	quote: v.optional(text),
	source: id,
	/** Where a background fact comes from; required for background facts. */
	citation: v.optional(text),
	note: v.optional(text),
	contrastsWith: v.optional(v.array(id))
});

export const eventGroups = [
	'meeting',
	'visit',
	'agreement',
	'infrastructure',
	'security',
	'deadline',
	'statement',
	'trade',
	'health'
] as const;
export const eventStatuses = ['happened', 'expected', 'deadline'] as const;

export const eventSchema = v.strictObject({
	id,
	date: isoDate,
	datePrecision,
	endDate: v.optional(isoDate),
	title: text,
	summary: text,
	places: v.pipe(v.array(id), v.minLength(1, 'must name at least one place')),
	group: v.picklist(eventGroups, `must be one of ${eventGroups.join(', ')}`),
	status: v.picklist(eventStatuses, `must be one of ${eventStatuses.join(', ')}`),
	facts: v.pipe(v.array(factSchema), v.minLength(1, 'every event needs at least one fact'))
});
export const eventsSchema = v.array(eventSchema);

export const linkSchema = v.strictObject({ id, from: id, to: id, event: id, label: text });
export const linksSchema = v.array(linkSchema);

export const countrySchema = v.strictObject({
	iso3,
	name: text,
	role: text
});
export const countriesSchema = v.array(countrySchema);

export type Source = v.InferOutput<typeof sourceSchema>;
export type Place = v.InferOutput<typeof placeSchema>;
export type PlaceKind = Place['properties']['kind'];
export type Pipeline = v.InferOutput<typeof pipelineSchema>;
export type Fact = v.InferOutput<typeof factSchema>;
export type StoryEvent = v.InferOutput<typeof eventSchema>;
export type EventGroup = StoryEvent['group'];
export type Link = v.InferOutput<typeof linkSchema>;
export type Country = v.InferOutput<typeof countrySchema>;

/** The files of geo/, their schemas and what one entry of each is called in messages. */
export const storyFiles = {
	'sources.json': { schema: sourcesSchema, entry: 'source' },
	'places.geojson': { schema: placesSchema, entry: 'feature' },
	'pipeline.geojson': { schema: pipelinesSchema, entry: 'feature' },
	'events.json': { schema: eventsSchema, entry: 'event' },
	'links.json': { schema: linksSchema, entry: 'link' },
	'countries.json': { schema: countriesSchema, entry: 'country' }
} as const;
export type StoryFileName = keyof typeof storyFiles;

export type RawStory = {
	sources: Source[];
	places: Place[];
	pipelines: Pipeline[];
	events: StoryEvent[];
	links: Link[];
	countries: Country[];
};
