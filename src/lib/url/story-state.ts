/**
 * The open event and the visible layer groups in the URL query: `?event=<id>&layers=a,b`.
 * Together with the view in the hash (view-hash.ts) a link reproduces what its sender saw.
 * Parsing never throws and never trusts the link: unknown ids are dropped and reported.
 */
import { isLayerGroupId, layerGroupIds, type LayerGroupId } from '$lib/story/layer-groups';

export type StoryQuery = {
	eventId: string | null;
	visibleLayers: LayerGroupId[];
	/** What the link asked for that could not be honoured, in words for the reader. */
	problems: string[];
};

const maxValueLength = 300;

/** A value from the link, shortened for a notice; always shown as text, never as markup. */
export function quoteValue(value: string): string {
	const clean = value.replace(/\p{C}/gu, '');
	return `“${clean.length > 40 ? `${clean.slice(0, 40)}…` : clean}”`;
}

export function parseStoryQuery(search: string, eventIds: ReadonlySet<string>): StoryQuery {
	const params = new URLSearchParams(search);
	const problems: string[] = [];
	let eventId: string | null = null;
	const event = params.get('event');
	if (event !== null) {
		if (event.length > maxValueLength)
			problems.push('the event in the link is too long to be an event id');
		else if (eventIds.has(event)) eventId = event;
		else if (event !== '') problems.push(`the event ${quoteValue(event)} is not in this story`);
	}
	let visibleLayers: LayerGroupId[] = [...layerGroupIds];
	const layers = params.get('layers');
	if (layers !== null) {
		if (layers.length > maxValueLength) {
			problems.push('the list of layers in the link is too long; showing all layers');
		} else {
			const asked = layers
				.split(',')
				.map((part) => part.trim())
				.filter((part) => part !== '');
			const unknown = asked.filter((part) => !isLayerGroupId(part));
			const known = layerGroupIds.filter((id) => asked.includes(id));
			if (unknown.length > 0) {
				problems.push(
					`${unknown.length === 1 ? 'the layer' : 'the layers'} ${unknown.slice(0, 3).map(quoteValue).join(', ')}${unknown.length > 3 ? ' and others' : ''} ${unknown.length === 1 ? 'is' : 'are'} not on this map (layers: ${layerGroupIds.join(', ')})`
				);
			}
			// A list of nothing but unknown names is a broken link, not a wish for a blank map.
			visibleLayers = asked.length > 0 && known.length === 0 ? visibleLayers : known;
		}
	}
	return { eventId, visibleLayers, problems };
}

/** Writes the state into `url`'s query, leaving other parameters and the hash alone. */
export function writeStoryQuery(
	url: URL,
	state: { eventId: string | null; visibleLayers: readonly LayerGroupId[] }
): void {
	const params = url.searchParams;
	if (state.eventId) params.set('event', state.eventId);
	else params.delete('event');
	const visible = layerGroupIds.filter((id) => state.visibleLayers.includes(id));
	if (visible.length === layerGroupIds.length) params.delete('layers');
	else params.set('layers', visible.join(','));
	// Commas are legal in a query; keep `layers=capitals,pipeline` readable.
	url.search = params.toString().replaceAll('%2C', ',');
}
