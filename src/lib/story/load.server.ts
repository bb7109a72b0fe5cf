/**
 * Reads geo/ from disk, validates it against Natural Earth's 1:10m countries and derives the
 * story. Throws StoryValidationError listing every problem: an invalid story fails the build.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import { countryFeatures } from '$lib/basemap/countries';
import { loadCountriesTopology } from '$lib/basemap/topology.server';
import { StoryValidationError } from './problems';
import { storyFiles, type StoryFileName } from './schema';
import { deriveStory, type Story } from './story';
import { validateStory, type StoryFiles } from './validate';

// STORY_DIR lets the tests build the site from fixture data.
export const defaultStoryDir = resolve(process.env.STORY_DIR ?? 'geo');

let shapesPromise: Promise<Map<string, Polygon | MultiPolygon>> | null = null;

/** Country polygons by ISO alpha-3, at 1:10m so coastal cities test as inside. */
export function countryShapes(): Promise<Map<string, Polygon | MultiPolygon>> {
	shapesPromise ??= loadCountriesTopology('10m').then((topology) => {
		const shapes = new Map<string, Polygon | MultiPolygon>();
		for (const country of countryFeatures(topology)) {
			if (country.properties.iso3) shapes.set(country.properties.iso3, country.geometry);
		}
		return shapes;
	});
	return shapesPromise;
}

export async function readStoryFiles(dir: string): Promise<StoryFiles> {
	const files: StoryFiles = {};
	for (const name of Object.keys(storyFiles) as StoryFileName[]) {
		try {
			files[name] = await readFile(join(dir, name), 'utf8');
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		}
	}
	return files;
}

export async function loadStory(dir = defaultStoryDir): Promise<Story> {
	const result = validateStory(await readStoryFiles(dir), await countryShapes());
	if (!result.ok) throw new StoryValidationError(result.problems);
	return deriveStory(result.story);
}
