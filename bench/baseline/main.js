// The benchmark's baseline: a plain MapLibre page, no framework, drawing the same basemap the
// way MapLibre's examples do (world-atlas TopoJSON converted at run time with topojson-client)
// plus the story's layers as GeoJSON sources and a popup per place with what the articles report
// there. Readiness is reported the same way as the app's.
import { Map, NavigationControl, Popup, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature, mesh } from 'topojson-client';
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';

setWorkerUrl(workerUrl);

const container = document.getElementById('map');
const json = (path) => fetch(path).then((response) => response.json());
const map = new Map({
	container,
	style: {
		version: 8,
		'font-faces': { 'Noto Sans Regular': [{ url: new URL(fontUrl, location.href).href }] },
		sources: {},
		layers: [{ id: 'water', type: 'background', paint: { 'background-color': '#cfe0ea' } }]
	},
	bounds: [
		[37.6156, 24.8608],
		[74.5833, 55.7522]
	],
	fitBoundsOptions: { padding: 64 },
	hash: true
});
map.addControl(new NavigationControl());

map.on('load', async () => {
	const [topology, places, pipeline, links] = await Promise.all([
		json('./data/countries-50m.json'),
		json('./data/places.geojson'),
		json('./data/pipeline.geojson'),
		json('./data/links.geojson')
	]);
	map.addSource('countries', {
		type: 'geojson',
		data: feature(topology, topology.objects.countries)
	});
	map.addSource('borders', {
		type: 'geojson',
		data: mesh(topology, topology.objects.countries, (a, b) => a !== b)
	});
	map.addSource('places', { type: 'geojson', data: places });
	map.addSource('pipeline', { type: 'geojson', data: pipeline });
	map.addSource('links', { type: 'geojson', data: links });
	const label = { 'text-field': ['get', 'name'], 'text-font': ['Noto Sans Regular'] };
	const halo = { 'text-halo-color': '#fff', 'text-halo-width': 1.5 };
	for (const layer of [
		{ id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f4f1ea' } },
		{ id: 'borders', type: 'line', source: 'borders', paint: { 'line-color': '#8f8a80' } },
		{
			id: 'links',
			type: 'line',
			source: 'links',
			paint: { 'line-color': '#CC79A7', 'line-width': 2 }
		},
		{
			id: 'pipeline',
			type: 'line',
			source: 'pipeline',
			paint: { 'line-color': '#009E73', 'line-width': 3.5, 'line-dasharray': [2, 1.5] }
		},
		{
			id: 'country-labels',
			type: 'symbol',
			source: 'countries',
			layout: { ...label, 'text-size': 11, 'text-transform': 'uppercase' },
			paint: { 'text-color': '#4a4740', ...halo }
		},
		{
			id: 'places',
			type: 'circle',
			source: 'places',
			paint: {
				'circle-radius': 6,
				'circle-color': '#0072B2',
				'circle-stroke-color': '#fff',
				'circle-stroke-width': 2
			}
		},
		{
			id: 'place-labels',
			type: 'symbol',
			source: 'places',
			layout: { ...label, 'text-size': 14, 'text-anchor': 'left', 'text-offset': [0.9, 0] },
			paint: halo
		}
	]) {
		map.addLayer(layer);
	}
	// What the articles report at a place, the way MapLibre's "display a popup on click" example
	// does it: an HTML description stored on the feature (bench/run.js writes it, escaped).
	map.on('click', 'places', (event) => {
		const place = event.features[0];
		new Popup({ maxWidth: '380px' })
			.setLngLat(place.geometry.coordinates)
			.setHTML(place.properties.description)
			.addTo(map);
	});
	map.on('mouseenter', 'places', () => (map.getCanvas().style.cursor = 'pointer'));
	map.on('mouseleave', 'places', () => (map.getCanvas().style.cursor = ''));
	map.once('idle', () => container.setAttribute('aria-busy', 'false'));
});
