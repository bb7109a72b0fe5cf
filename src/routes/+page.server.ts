import { labelPoint } from '$lib/basemap/build';
import { countryFeatures } from '$lib/basemap/countries';
import { loadCountriesTopology } from '$lib/basemap/topology.server';
import { loadStory } from '$lib/story/load.server';
import type { PageServerLoad } from './$types';

// Runs at build time only: the validated, derived story is baked into the prerendered page.
export const load: PageServerLoad = async () => {
	const story = await loadStory();
	const countries = countryFeatures(await loadCountriesTopology('110m'));
	const [west, south, east, north] = story.bounds;
	const involvedCountries = story.countries.map((country) => {
		const shape = countries.find((feature) => feature.properties.iso3 === country.iso3);
		const [lon = 0, lat = 0] = shape ? labelPoint(shape).coordinates : [];
		// Rough test for the legend note: is the country's label point near the default framing?
		const inDefaultView =
			lon >= west - 15 && lon <= east + 15 && lat >= south - 10 && lat <= north + 10;
		return { ...country, inDefaultView };
	});
	return { story, involvedCountries };
};
