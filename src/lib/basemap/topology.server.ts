import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { CountriesTopology } from './countries';

const require = createRequire(import.meta.url);

/** Natural Earth countries at 1:10m, 1:50m or 1:110m from the `world-atlas` package. */
export async function loadCountriesTopology(
	resolution: '10m' | '50m' | '110m'
): Promise<CountriesTopology> {
	const path = require.resolve(`world-atlas/countries-${resolution}.json`);
	return JSON.parse(await readFile(path, 'utf8')) as CountriesTopology;
}
