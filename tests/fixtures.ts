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
