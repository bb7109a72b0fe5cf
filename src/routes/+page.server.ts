import { labelPoint } from '$lib/basemap/build';
import { countryFeatures } from '$lib/basemap/countries';
import { loadCountriesTopology } from '$lib/basemap/topology.server';
import { loadStory } from '$lib/story/load.server';
import { indexStory } from '$lib/story/story-index';
import { mapSetup } from '$lib/style/map-setup';
import type { PageServerLoad } from './$types';

// Runs at build time only: the validated, derived story is baked into the prerendered page.
export const load: PageServerLoad = async () => {
	const story = await loadStory();
	const countries = countryFeatures(await loadCountriesTopology('110m'));
	const [west, south, east, north] = story.bounds;
	const involvedCountries = story.countries.map((country) => {
		const shape = countries.find((feature) => feature.properties.iso3 === country.iso3);
		const [lon = 0, lat = 0] = shape ? labelPoint(shape).coordinates : [];
		// For the legend's "off the map" note: a country is on the map at the default view if a
		// story place is in it or its label point lies near the default framing.
		const hasPlace = story.places.some((place) => place.country === country.iso3);
		const inDefaultView =
			hasPlace || (lon >= west - 15 && lon <= east + 15 && lat >= south - 10 && lat <= north + 10);
		return { ...country, inDefaultView };
	});
	const map = mapSetup(
		indexStory(story),
		story.countries.map((country) => country.iso3)
	);
	return { story, involvedCountries, map };
};
