/**
 * The app built from a seeded synthetic story of 1,000 events over 1,000 places (npm run
 * build:large): the timeline is virtualized, dense points are clustered, every event is still
 * reachable from the keyboard and selecting one opens its popup.
 */
import AxeBuilder from '@axe-core/playwright';
import { largePort } from '../playwright.config';
import { expect, test, waitForMapReady } from './fixtures';

test.use({ baseURL: `http://localhost:${largePort}` });

test('without scripts the page lists the first events and says the rest needs JavaScript', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`http://localhost:${largePort}/`);
	await expect(page.locator('#timeline li[id^="event-"]')).toHaveCount(20);
	await expect(page.locator('#timeline')).toContainText('The first 20 of 1,000 events');
	// The prerendered rows carry their facts, like the real story's.
	await expect(page.locator('#timeline blockquote').first()).toBeAttached();
	await context.close();
});

test('the timeline keeps only the rows in view in the page, and scrolling brings in others', async ({
	page,
	record
}) => {
	await page.goto('/');
	await waitForMapReady(page);
	const rows = page.locator('#timeline li[id^="event-"]');
	await expect(page.getByTestId('timeline-scroller')).toBeVisible();
	await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
	await expect(rows.first()).toHaveAttribute('aria-setsize', '1000');
	const rendered = await rows.count();
	expect(rendered).toBeGreaterThan(3);
	expect(rendered).toBeLessThan(40);

	await page.getByTestId('timeline-scroller').evaluate((scroller) => {
		scroller.scrollTop = scroller.scrollHeight / 2;
	});
	await expect(rows.first()).not.toHaveAttribute('aria-posinset', '1');
	const middle = Number(await rows.first().getAttribute('aria-posinset'));
	expect(middle).toBeGreaterThan(400);
	expect(middle).toBeLessThan(600);
	expect(await rows.count()).toBeLessThan(40);
	expect(record.errors).toEqual([]);
});

test('arrow keys, End and Home walk the whole timeline from the keyboard', async ({ page }) => {
	await page.goto('/');
	await waitForMapReady(page);
	const first = page.locator('#timeline li[aria-posinset="1"] button');
	await first.focus();
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('#timeline li[aria-posinset="2"] button')).toBeFocused();
	await page.keyboard.press('End');
	await expect(page.locator('#timeline li[aria-posinset="1000"] button')).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await expect(page.locator('#timeline li[aria-posinset="999"] button')).toBeFocused();
	await page.keyboard.press('Home');
	await expect(first).toBeFocused();
});

test('selecting an event far down the timeline opens its popup and its facts', async ({
	page,
	record
}) => {
	await page.goto('/');
	await waitForMapReady(page);
	await page.locator('#timeline li[aria-posinset="1"] button').focus();
	await page.keyboard.press('End');
	const last = page.locator('#timeline li[aria-posinset="1000"]');
	const title = (await last.locator('h3').textContent()) ?? '';
	expect(title).not.toBe('');
	await last.locator('button').click();
	const popup = page.locator('.maplibregl-popup');
	await expect(popup).toBeVisible();
	await expect(popup.locator('.popup-title')).toBeFocused();
	await expect(popup).toContainText(title);
	await expect(page.getByTestId('selected-event')).toContainText(title);
	await expect(last).toHaveAttribute('aria-current', 'true');
	expect(new URL(page.url()).searchParams.get('event')).toMatch(/^event-\d+$/);
	expect(record.errors).toEqual([]);
});

test('dense points are clustered, and clicking a cluster zooms in until it splits', async ({
	page
}) => {
	await page.goto('/');
	await waitForMapReady(page);
	const clusterAt = () =>
		page.evaluate(() => {
			type Feature = { geometry: { type: string; coordinates: [number, number] } };
			type TestMap = {
				queryRenderedFeatures: (options: { layers: string[] }) => Feature[];
				project: (lngLat: [number, number]) => { x: number; y: number };
				getZoom: () => number;
			};
			const map = (window as unknown as { __storyMap: TestMap }).__storyMap;
			const clusters = map.queryRenderedFeatures({ layers: ['places-clusters'] });
			const point = clusters[0] && map.project(clusters[0].geometry.coordinates);
			return { count: clusters.length, point, zoom: map.getZoom() };
		});
	const before = await clusterAt();
	expect(before.count).toBeGreaterThan(3);
	const box = await page.getByTestId('map').boundingBox();
	if (!box || !before.point) throw new Error('no map or no cluster on screen');
	await page.mouse.click(box.x + before.point.x, box.y + before.point.y);
	await expect.poll(async () => (await clusterAt()).zoom).toBeGreaterThan(before.zoom + 0.5);
	// No popup for a cluster: it is a way in, not a place.
	await expect(page.locator('.maplibregl-popup')).toHaveCount(0);
});

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
]) {
	test(`no serious accessibility violations with an event open at ${viewport.width}×${viewport.height}`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await page.goto('/?event=event-00500');
		await waitForMapReady(page);
		await expect(page.getByTestId('selected-event')).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		const serious = results.violations.filter(
			(violation) => violation.impact === 'serious' || violation.impact === 'critical'
		);
		expect(
			serious.map(
				(violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' | ')}`
			)
		).toEqual([]);
	});
}
