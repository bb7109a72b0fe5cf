// Writes the embedded basemap's GeoJSON at build time: each resolution becomes a static file.
import { error, json } from '@sveltejs/kit';
import { buildBasemap } from '$lib/basemap/build';
import { loadCountriesTopology } from '$lib/basemap/topology.server';
import { basemapResolutions } from '$lib/basemap/resolutions';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	basemapResolutions.map((resolution) => ({ resolution: resolution.id }));

export const GET: RequestHandler = async ({ params }) => {
	const resolution = basemapResolutions.find((r) => r.id === params.resolution);
	if (!resolution) error(404, `No basemap at resolution ${params.resolution}`);
	return json(buildBasemap(await loadCountriesTopology(resolution.id), resolution.decimals));
};
