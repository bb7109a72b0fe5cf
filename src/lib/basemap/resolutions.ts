/**
 * The basemap's resolutions and the zoom ranges they are drawn at. Shared by the build-time
 * endpoints that write the files and by the style that reads them.
 */
export const basemapResolutions = [
	// 1:110m is enough for the world and region views (the story's default framing is about
	// zoom 3.4) and is ~9x smaller than 1:50m: the first paint needs only this file.
	{ id: '110m', minzoom: 0, maxzoom: 4, decimals: 2, deferred: false },
	// 1:50m keeps Pakistan's coast and borders recognisable down to city level. Deferred: fetched
	// at once when the first view needs it, otherwise right after the first complete render.
	{ id: '50m', minzoom: 4, maxzoom: 24, decimals: 3, deferred: true }
] as const;

export type BasemapResolution = (typeof basemapResolutions)[number];

export function basemapPath(resolution: BasemapResolution): string {
	return `/basemap/countries-${resolution.id}.json`;
}
