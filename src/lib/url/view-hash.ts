/**
 * The map view in the URL hash, in MapLibre's own format `#zoom/lat/lng[/bearing[/pitch]]`,
 * so links made by this app and by MapLibre's `hash` option are interchangeable.
 * Parsing never throws: a hash it cannot honour comes back as a problem to show the reader.
 */
export type MapView = { zoom: number; lat: number; lng: number; bearing: number; pitch: number };

export type ViewHashResult =
	{ kind: 'none' } | { kind: 'view'; view: MapView } | { kind: 'invalid'; problem: string };

export const viewLimits = { minZoom: 0, maxZoom: 22, maxLat: 85.0511, maxPitch: 85 } as const;

const maxHashLength = 200;

function describe(value: string): string {
	return value.length > 24 ? `${value.slice(0, 24)}…` : value;
}

export function parseViewHash(hash: string): ViewHashResult {
	const body = hash.startsWith('#') ? hash.slice(1) : hash;
	if (body === '') return { kind: 'none' };
	if (body.length > maxHashLength) {
		return { kind: 'invalid', problem: `the map view in the link is too long to be a view` };
	}
	const parts = body.split('/');
	if (parts.length < 3 || parts.length > 5) {
		return {
			kind: 'invalid',
			problem: `the map view “${describe(body)}” is not zoom/latitude/longitude`
		};
	}
	const names = ['zoom', 'latitude', 'longitude', 'bearing', 'pitch'] as const;
	const numbers: number[] = [];
	for (const [index, part] of parts.entries()) {
		// Number('') is 0 and Number(' 1') is 1: insist on a plain decimal number.
		const value = /^-?\d+(\.\d+)?$/.test(part) ? Number(part) : Number.NaN;
		if (!Number.isFinite(value)) {
			return {
				kind: 'invalid',
				problem: `the map view's ${names[index]} “${describe(part)}” is not a number`
			};
		}
		numbers.push(value);
	}
	const [zoom = 0, lat = 0, lng = 0, bearing = 0, pitch = 0] = numbers;
	if (zoom < viewLimits.minZoom || zoom > viewLimits.maxZoom) {
		return {
			kind: 'invalid',
			problem: `the map view's zoom ${zoom} is outside ${viewLimits.minZoom}–${viewLimits.maxZoom}`
		};
	}
	if (Math.abs(lat) > 90) {
		return { kind: 'invalid', problem: `the map view's latitude ${lat} is outside −90–90` };
	}
	if (Math.abs(lng) > 180) {
		return { kind: 'invalid', problem: `the map view's longitude ${lng} is outside −180–180` };
	}
	if (pitch < 0 || pitch > viewLimits.maxPitch) {
		return {
			kind: 'invalid',
			problem: `the map view's pitch ${pitch} is outside 0–${viewLimits.maxPitch}`
		};
	}
	return {
		kind: 'view',
		view: {
			zoom,
			lat: Math.max(-viewLimits.maxLat, Math.min(viewLimits.maxLat, lat)),
			lng,
			bearing: ((((bearing + 180) % 360) + 360) % 360) - 180,
			pitch
		}
	};
}

/** Same precision rule as MapLibre's Hash: enough decimals to place the view to a pixel. */
export function formatViewHash(view: MapView): string {
	const precision = Math.max(
		0,
		Math.ceil((view.zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10)
	);
	// Fixed notation: String(1e-7) is "1e-7", which is not a plain decimal a link should carry.
	const fixed = (value: number, decimals: number) =>
		value
			.toFixed(decimals)
			.replace(/(\.\d*?)0+$/, '$1')
			.replace(/\.$/, '')
			.replace(/^-0$/, '0');
	let hash = `#${fixed(view.zoom, 2)}/${fixed(view.lat, precision)}/${fixed(view.lng, precision)}`;
	const bearing = Math.round(view.bearing * 10) / 10;
	const pitch = Math.round(view.pitch);
	if (bearing !== 0 || pitch !== 0) hash += `/${bearing}`;
	if (pitch !== 0) hash += `/${pitch}`;
	return hash;
}
