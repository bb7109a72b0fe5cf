import { expect, hashView, samplePixels, test, waitForMapReady } from './fixtures';
import { basemapColours } from '../src/lib/style/palette';

function hexToRgb(hex: string): [number, number, number] {
	const value = Number.parseInt(hex.slice(1), 16);
	return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

test('the map becomes ready without errors and requests nothing from other origins', async ({
	page,
	record
}) => {
	await page.goto('/');
	await expect(page.getByTestId('map')).toHaveAttribute('aria-busy', 'true');
	await waitForMapReady(page);
	await expect(page.getByRole('status').filter({ hasText: 'Loading the map' })).toHaveCount(0);
	expect(record.errors).toEqual([]);
	expect(record.foreignRequests).toEqual([]);
});

test('the canvas is really drawn: land and water in their own colours', async ({ page }) => {
	// Off Karachi at zoom 6: the Arabian Sea at 64°E 22°N, Sindh at 69°E 27°N. All story
	// layers off (`?layers=`), so the pixels are the basemap's own.
	const view = { zoom: 6, lat: 24, lng: 66 };
	await page.goto(`/?layers=#${view.zoom}/${view.lat}/${view.lng}`);
	await waitForMapReady(page);
	const box = await page.getByTestId('map').boundingBox();
	if (!box) throw new Error('map has no box');
	const toFraction = (lng: number, lat: number): [number, number] => {
		const worldSize = 512 * 2 ** view.zoom;
		const x = (l: number) => ((l + 180) / 360) * worldSize;
		const y = (l: number) =>
			((1 - Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360)) / Math.PI) / 2) * worldSize;
		return [0.5 + (x(lng) - x(view.lng)) / box.width, 0.5 + (y(lat) - y(view.lat)) / box.height];
	};
	const pixels = await samplePixels(page, [toFraction(64, 22), toFraction(69, 27)]);
	const [water = [], land = []] = pixels;
	const near = (actual: number[], hex: string) =>
		hexToRgb(hex).every((channel, i) => Math.abs(channel - (actual[i] ?? -99)) <= 6);
	expect(near(water, basemapColours.water), `water pixel ${water}`).toBe(true);
	expect(near(land, basemapColours.land), `land pixel ${land}`).toBe(true);
});

test('a view in the hash is the view, and dragging the map rewrites the hash', async ({ page }) => {
	await page.goto('/#5/33.7/73.0');
	await waitForMapReady(page);
	const [zoom, lat, lng] = await hashView(page);
	expect(zoom).toBeCloseTo(5, 2);
	expect(lat).toBeCloseTo(33.7, 2);
	expect(lng).toBeCloseTo(73.0, 2);

	const box = await page.getByTestId('map').boundingBox();
	if (!box) throw new Error('map has no box');
	const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
	await page.mouse.move(x, y);
	await page.mouse.down();
	await page.mouse.move(x - 150, y - 80, { steps: 8 });
	await page.mouse.up();
	await expect.poll(async () => (await hashView(page))[2]).toBeGreaterThan(73.5);
	const [, latAfter] = await hashView(page);
	expect(latAfter).toBeLessThan(33.7);
});

test('without a hash the default view frames the story and a bad hash is reported', async ({
	page
}) => {
	await page.goto('/#not/a/view');
	await waitForMapReady(page);
	await expect(page.getByText(/Showing the default view/)).toBeVisible();
	await expect.poll(async () => (await hashView(page)).length).toBe(3);
	const [zoom, lat, lng] = await hashView(page);
	expect(zoom).toBeGreaterThan(1.5);
	expect(zoom).toBeLessThan(5);
	// The centre lies between Moscow/Doha and Kabul/Lahore.
	expect(lat).toBeGreaterThan(30);
	expect(lat).toBeLessThan(50);
	expect(lng).toBeGreaterThan(45);
	expect(lng).toBeLessThan(65);
});
