/**
 * What the reader has open: a place, the pipeline, a diplomatic link or an event. The map opens
 * a popup for it, the panel marks it, the URL carries it when it is an event.
 */
import { formatDate } from './dates';
import { eventsAtPlace, type StoryIndex } from './story-index';

export type Selection =
	| { kind: 'place'; id: string }
	| { kind: 'pipeline'; id: string }
	| { kind: 'link'; id: string }
	| { kind: 'event'; id: string };

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
	return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}

/** The place ids a selection highlights on the map. */
export function highlightedPlaces(index: StoryIndex, selection: Selection | null): string[] {
	if (!selection) return [];
	if (selection.kind === 'place') return [selection.id];
	if (selection.kind === 'event') return index.events.get(selection.id)?.places ?? [];
	if (selection.kind === 'link') {
		const link = index.links.get(selection.id);
		return link ? [link.from, link.to] : [];
	}
	const pipeline = index.pipelines.get(selection.id);
	return pipeline ? [pipeline.properties.from, pipeline.properties.to] : [];
}

/** What the aria-live region says: "Islamabad: Lavrov and Qureshi hold talks, 7 April 2021". */
export function describeSelection(index: StoryIndex, selection: Selection): string {
	switch (selection.kind) {
		case 'event': {
			const event = index.events.get(selection.id);
			if (!event) return '';
			const place = index.places.get(event.places[0] ?? '')?.name;
			return `${place ? `${place}: ` : ''}${event.title}, ${event.dateLabel}`;
		}
		case 'place': {
			const place = index.places.get(selection.id);
			if (!place) return '';
			const events = eventsAtPlace(index, place.id);
			const latest = events.at(-1);
			return `${place.name}: ${events.length} ${events.length === 1 ? 'event' : 'events'}${latest ? `, latest ${formatDate(latest.date)}` : ''}`;
		}
		case 'pipeline': {
			const pipeline = index.pipelines.get(selection.id);
			return pipeline
				? `${pipeline.properties.name}: approximate route, ${Math.round(pipeline.lengthKm).toLocaleString('en-GB')} km as drawn`
				: '';
		}
		case 'link': {
			const link = index.links.get(selection.id);
			return link ? `${link.label}: ${Math.round(link.distanceKm).toLocaleString('en-GB')} km` : '';
		}
	}
}

/**
 * A selection and where it came from: a click on the map opens a popup where the reader
 * clicked; the panel and shared links also move the camera to what they open.
 */
export type ActiveSelection = { selection: Selection; via: 'map' | 'panel' | 'link' };

/** Where a popup for the selection points when nobody clicked: a place, or a line's middle. */
export function anchorOf(index: StoryIndex, selection: Selection): [number, number] | null {
	const middle = (positions: number[][]): [number, number] | null => {
		const mid = positions[Math.floor(positions.length / 2)];
		return mid && mid.length >= 2 ? [mid[0] as number, mid[1] as number] : null;
	};
	switch (selection.kind) {
		case 'place':
			return index.places.get(selection.id)?.position ?? null;
		case 'event': {
			const first = index.events.get(selection.id)?.places[0];
			return first ? (index.places.get(first)?.position ?? null) : null;
		}
		case 'pipeline': {
			const pipeline = index.pipelines.get(selection.id);
			return pipeline ? middle(pipeline.geometry.coordinates) : null;
		}
		case 'link': {
			const link = index.links.get(selection.id);
			if (!link) return null;
			return middle(
				link.geometry.type === 'LineString'
					? link.geometry.coordinates
					: link.geometry.coordinates.flat()
			);
		}
	}
}
