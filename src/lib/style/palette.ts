/**
 * Colours of the map. Story colours come from Okabe & Ito's colour-blind-safe palette; the
 * basemap stays in quiet greys and blues so the story reads on top of it.
 */
export const basemapColours = {
	water: '#cfe0ea',
	land: '#f4f1ea',
	border: '#8f8a80',
	coastline: '#a9c1cf',
	label: '#4a4740',
	halo: '#ffffff'
} as const;

export const storyColours = {
	capital: '#0072B2', // blue
	venue: '#D55E00', // vermillion
	pipeline: '#009E73', // bluish green
	link: '#CC79A7', // reddish purple
	involved: '#E69F00', // orange
	highlight: '#000000'
} as const;
