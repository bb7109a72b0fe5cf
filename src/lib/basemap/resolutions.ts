/**
 * The basemap's resolutions and the zoom ranges they are drawn at. Shared by the build-time
 * endpoints that write the files and by the style that reads them.
 */
export const basemapResolutions = [
	// 1:110m is enough for the world and region views and is ~5x smaller than 1:50m.
	{ id: '110m', minzoom: 0, maxzoom: 3, decimals: 2 },
	// 1:50m keeps Pakistan's coast and borders recognisable down to city level.
	{ id: '50m', minzoom: 3, maxzoom: 24, decimals: 3 }
] as const;

export type BasemapResolution = (typeof basemapResolutions)[number];

export function basemapPath(resolution: BasemapResolution): string {
	return `/basemap/countries-${resolution.id}.json`;
}
