/**
 * The one entry point to MapLibre. In a Vite production build MapLibre 6 cannot locate its
 * worker on its own ("Worker failed to load"), so the worker's URL is set before any map exists.
 * https://maplibre.org/maplibre-gl-js/docs/API/functions/setWorkerUrl/
 */
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);

export { AttributionControl, Map, NavigationControl, Popup, ScaleControl } from 'maplibre-gl';
