/** The ids of the story's GeoJSON sources, shared by the build-time style and the map code. */
export const storySourceIds = {
	places: 'story-places',
	pipeline: 'story-pipeline',
	links: 'story-links'
} as const;
