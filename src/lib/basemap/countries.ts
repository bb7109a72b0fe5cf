/**
 * Natural Earth countries (from the `world-atlas` package) as GeoJSON with ISO 3166-1 alpha-3
 * codes. Used at build time only: by the basemap builder and by the story validator's
 * "is this place inside the country it claims" check.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import countryCodes from 'i18n-iso-countries';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type CountryProperties = { name: string; iso3: string | null };
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties>;
export type CountriesTopology = Topology<{
	countries: GeometryCollection<{ name: string }>;
	land: GeometryCollection;
}>;

export function countryFeatures(topology: CountriesTopology): CountryFeature[] {
	const collection = feature(topology, topology.objects.countries) as FeatureCollection<
		Polygon | MultiPolygon,
		{ name: string }
	>;
	return collection.features.map((country) => ({
		type: 'Feature',
		geometry: country.geometry,
		properties: {
			name: country.properties.name,
			// world-atlas ids are ISO 3166-1 numeric; a few disputed areas have none.
			iso3: country.id === undefined ? null : (countryCodes.numericToAlpha3(country.id) ?? null)
		}
	}));
}

/** Land borders only: arcs shared by two different countries (coastlines are left to the fill). */
export function countryBorders(topology: CountriesTopology) {
	return mesh(topology, topology.objects.countries, (a, b) => a !== b);
}
