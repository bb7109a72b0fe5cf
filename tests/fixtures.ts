/**
 * Shared browser-test helpers: a page that records console errors, page errors and requests
 * to other origins, and a wait for the map's first complete render.
 */
import { test as base, expect, type Page } from '@playwright/test';

export type PageRecord = { errors: string[]; foreignRequests: string[] };

export const test = base.extend<{ record: PageRecord }>({
	record: async ({ page, baseURL }, use) => {
		const record: PageRecord = { errors: [], foreignRequests: [] };
		const origin = new URL(baseURL ?? 'http://localhost').origin;
		page.on('console', (message) => {
			if (message.type() === 'error') record.errors.push(`console: ${message.text()}`);
		});
		page.on('pageerror', (error) => record.errors.push(`pageerror: ${error.message}`));
		page.on('request', (request) => {
			const url = request.url();
			if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
				record.foreignRequests.push(url);
			}
		});
		await use(record);
	}
});

export { expect };

export async function waitForMapReady(page: Page): Promise<void> {
	await expect(page.getByTestId('map')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
}

/** The view in the page's hash as numbers: [zoom, lat, lng]. */
export async function hashView(page: Page): Promise<number[]> {
	const hash = await page.evaluate(() => window.location.hash);
	return hash.slice(1).split('/').map(Number);
}

/**
 * RGB of the map as the reader sees it, at fractions of the map's box. Reads a real screenshot
 * (decoded by the browser itself), since WebGL's drawing buffer is cleared after each frame.
 */
export async function samplePixels(page: Page, points: [number, number][]): Promise<number[][]> {
	const png = await page.getByTestId('map').screenshot();
	return page.evaluate(
		async ({ base64, points }) => {
			const image = new Image();
			image.src = `data:image/png;base64,${base64}`;
			await image.decode();
			const canvas = document.createElement('canvas');
			canvas.width = image.width;
			canvas.height = image.height;
			const context = canvas.getContext('2d');
			if (!context) throw new Error('no 2d context');
			context.drawImage(image, 0, 0);
			return points.map(([fx, fy]) =>
				Array.from(
					context
						.getImageData(Math.round(image.width * fx), Math.round(image.height * fy), 1, 1)
						.data.slice(0, 3)
				)
			);
		},
		{ base64: png.toString('base64'), points }
	);
}

export type View = { zoom: number; lat: number; lng: number };

/** Where [lng, lat] is drawn, in page pixels, for an unrotated map at `view` (Web Mercator). */
export async function screenPoint(
	page: Page,
	view: View,
	lng: number,
	lat: number
): Promise<{ x: number; y: number }> {
	const box = await page.getByTestId('map').boundingBox();
	if (!box) throw new Error('map has no box');
	const worldSize = 512 * 2 ** view.zoom;
	const x = (l: number) => ((l + 180) / 360) * worldSize;
	const y = (l: number) =>
		((1 - Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360)) / Math.PI) / 2) * worldSize;
	return {
		x: box.x + box.width / 2 + x(lng) - x(view.lng),
		y: box.y + box.height / 2 + y(lat) - y(view.lat)
	};
}

/** The view the page shows now, read from its hash. */
export async function currentView(page: Page): Promise<View> {
	const [zoom = 0, lat = 0, lng = 0] = await hashView(page);
	return { zoom, lat, lng };
}

/** RGB at page pixels, read from one screenshot of the map. */
export async function pixelsAt(
	page: Page,
	points: { x: number; y: number }[]
): Promise<number[][]> {
	const box = await page.getByTestId('map').boundingBox();
	if (!box) throw new Error('map has no box');
	return samplePixels(
		page,
		points.map(({ x, y }) => [(x - box.x) / box.width, (y - box.y) / box.height])
	);
}

export function colourDistance(a: number[], b: number[]): number {
	return Math.max(...a.map((value, i) => Math.abs(value - (b[i] ?? 0))));
}

/** Waits until the map has drawn everything after a change (MapLibre `idle`, seen via aria-busy). */
export async function settle(page: Page): Promise<void> {
	await page.waitForTimeout(150);
	await page.evaluate(
		() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
	);
}
