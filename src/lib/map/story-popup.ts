/**
 * One popup at a time, its content a Svelte component (DOM text, never HTML strings). Focus
 * moves into it when it opens and back where it was when it closes; Esc closes it.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Popup/
 */
import { mount, unmount } from 'svelte';
import type { LngLatLike, Map as MapLibreMap, Popup } from 'maplibre-gl';
import type { Selection } from '$lib/story/selection';
import type { StoryIndex } from '$lib/story/story-index';
import PopupContent from '$lib/ui/PopupContent.svelte';

/**
 * MapLibre's Popup class, handed in by the map once MapLibre has loaded: a static import here
 * would pull all of MapLibre into the page's first chunk and delay the page becoming interactive.
 */
export type PopupClass = typeof Popup;

/** How far to pan along one axis so [start, end] fits inside [min, max] (start wins). */
function shiftIntoView(start: number, end: number, min: number, max: number): number {
	if (start < min) return start - min;
	if (end > max) return Math.min(end - max, start - min);
	return 0;
}

/** Pans the map so the whole popup is in view (MapLibre does not pan for popups by itself). */
function fitPopupToMap(map: MapLibreMap, popupElement: HTMLElement): void {
	const margin = 12;
	const mapBox = map.getContainer().getBoundingClientRect();
	const box = popupElement.getBoundingClientRect();
	const dx = shiftIntoView(box.left, box.right, mapBox.left + margin, mapBox.right - margin);
	const dy = shiftIntoView(box.top, box.bottom, mapBox.top + margin, mapBox.bottom - margin);
	if (dx !== 0 || dy !== 0) {
		const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
		map.panBy([dx, dy], { duration: reduced ? 0 : 300 });
	}
}

export type OpenPopup = { selection: Selection; close: () => void };

export function openStoryPopup(
	map: MapLibreMap,
	PopupClass: PopupClass,
	options: {
		selection: Selection;
		at: LngLatLike;
		index: StoryIndex;
		/** Called when the reader closes it (button, Esc), not when the code replaces it. */
		onclose: () => void;
	}
): OpenPopup {
	const returnFocusTo =
		document.activeElement instanceof HTMLElement ? document.activeElement : null;
	const element = document.createElement('div');
	element.className = 'story-popup-scroll';
	// Scrollable content must be reachable from the keyboard.
	element.tabIndex = 0;
	// Sized before it is placed, so MapLibre picks the popup's anchor for its real size.
	element.style.maxHeight = `${Math.max(160, Math.round(map.getContainer().clientHeight * 0.6))}px`;
	const component = mount(PopupContent, {
		target: element,
		props: { selection: options.selection, index: options.index }
	});
	const popup = new PopupClass({
		closeButton: true,
		closeOnClick: false,
		focusAfterOpen: false,
		maxWidth: 'min(380px, 86vw)',
		className: 'story-popup'
	})
		.setLngLat(options.at)
		.setDOMContent(element)
		.addTo(map);
	const container = popup.getElement();
	container.setAttribute('role', 'dialog');
	container.setAttribute(
		'aria-label',
		element.querySelector('.popup-title')?.textContent ?? 'Details'
	);
	container.querySelector('.maplibregl-popup-close-button')?.setAttribute('aria-label', 'Close');
	fitPopupToMap(map, container);
	element.querySelector<HTMLElement>('.popup-title')?.focus({ preventScroll: true });

	let closedByCode = false;
	const onKey = (event: KeyboardEvent) => {
		if (event.key === 'Escape') popup.remove();
	};
	window.addEventListener('keydown', onKey);
	popup.on('close', () => {
		window.removeEventListener('keydown', onKey);
		unmount(component);
		if (closedByCode) return;
		if (returnFocusTo?.isConnected) returnFocusTo.focus({ preventScroll: true });
		else map.getCanvas().focus({ preventScroll: true });
		options.onclose();
	});
	return {
		selection: options.selection,
		close: () => {
			closedByCode = true;
			popup.remove();
		}
	};
}
