import type { IControl, LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';

/**
 * A map button that returns to the story's default framing.
 * https://maplibre.org/maplibre-gl-js/docs/API/interfaces/IControl/
 */
export class ResetViewControl implements IControl {
	#container: HTMLDivElement | null = null;

	constructor(
		private readonly bounds: LngLatBoundsLike,
		private readonly padding: () => number
	) {}

	onAdd(map: MapLibreMap): HTMLElement {
		const container = document.createElement('div');
		container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'reset-view-button';
		button.title = 'Reset view';
		button.setAttribute('aria-label', 'Reset view to the whole story');
		const icon = document.createElement('span');
		icon.className = 'maplibregl-ctrl-icon';
		icon.setAttribute('aria-hidden', 'true');
		icon.textContent = '⟲';
		button.append(icon);
		button.addEventListener('click', () =>
			map.fitBounds(this.bounds, { padding: this.padding(), bearing: 0, pitch: 0 })
		);
		container.append(button);
		this.#container = container;
		return container;
	}

	onRemove(): void {
		this.#container?.remove();
		this.#container = null;
	}
}
