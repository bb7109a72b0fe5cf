import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { greatCircleArc } from '../src/lib/geo/derive';
import {
	colourDistance,
	currentView,
	expect,
	hashView,
	pixelsAt,
	screenPoint,
	settle,
	test,
	waitForMapReady,
	type View
} from './fixtures';

type GeoFeature = { id: string; geometry: { coordinates: number[] }; properties: { name: string } };
const places: GeoFeature[] = JSON.parse(readFileSync('geo/places.geojson', 'utf8')).features;
const pipeline: number[][] = JSON.parse(readFileSync('geo/pipeline.geojson', 'utf8')).features[0]
	.geometry.coordinates;
const events: { id: string; title: string }[] = JSON.parse(readFileSync('geo/events.json', 'utf8'));
const position = (id: string) => {
	const place = places.find((candidate) => candidate.id === id);
	if (!place) throw new Error(`no place ${id}`);
	return place.geometry.coordinates as [number, number];
};

// Frames every capital from Moscow to Doha in the 1280×800 test viewport.
const links: { id: string; from: string; to: string }[] = JSON.parse(
	readFileSync('geo/links.json', 'utf8')
);
/** The middle of a link's great-circle arc, as the app derives it. */
function linkMidpoint(id: string): [number, number] {
	const link = links.find((candidate) => candidate.id === id);
	if (!link) throw new Error(`no link ${id}`);
	const { geometry } = greatCircleArc(position(link.from), position(link.to));
	const line = geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates.flat();
	const middle = line[Math.floor(line.length / 2)] ?? [0, 0];
	return [middle[0] ?? 0, middle[1] ?? 0];
}

const regionView: View = { zoom: 3.2, lat: 41.5, lng: 56 };
const popup = (page: Page) => page.locator('.story-popup');

test.describe('map navigation', () => {
	test('dragging, wheel zoom and the zoom buttons change the view and the hash', async ({
		page
	}) => {
		await page.goto(`/#${regionView.zoom}/${regionView.lat}/${regionView.lng}`);
		await waitForMapReady(page);
		const box = await page.getByTestId('map').boundingBox();
		if (!box) throw new Error('no map box');
		const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };

		await page.mouse.move(centre.x, centre.y);
		await page.mouse.down();
		await page.mouse.move(centre.x + 200, centre.y, { steps: 8 });
		await page.mouse.up();
		await expect.poll(async () => (await currentView(page)).lng).toBeLessThan(regionView.lng - 3);

		const before = (await currentView(page)).zoom;
		await page.mouse.move(centre.x, centre.y);
		await page.mouse.wheel(0, -600);
		await expect.poll(async () => (await currentView(page)).zoom).toBeGreaterThan(before + 0.3);

		const afterWheel = (await currentView(page)).zoom;
		await page.getByRole('button', { name: 'Zoom out' }).click();
		await expect.poll(async () => (await currentView(page)).zoom).toBeLessThan(afterWheel - 0.5);

		await page.getByRole('button', { name: 'Reset view to the whole story' }).click();
		await expect.poll(async () => (await currentView(page)).lat).toBeGreaterThan(35);
	});
});

test.describe('popups', () => {
	for (const id of ['moscow', 'islamabad', 'doha', 'kabul', 'bishkek']) {
		test(`clicking ${id} on the map opens its events with a quote and its source`, async ({
			page,
			record
		}) => {
			await page.goto(`/#${regionView.zoom}/${regionView.lat}/${regionView.lng}`);
			await waitForMapReady(page);
			const [lng, lat] = position(id);
			const point = await screenPoint(page, regionView, lng, lat);
			await page.mouse.click(point.x, point.y);
			const name = places.find((place) => place.id === id)?.properties.name ?? '';
			await expect(popup(page).getByRole('heading', { level: 2 })).toHaveText(name);
			await expect(popup(page).locator('.event').first()).toBeVisible();
			await expect(popup(page).locator('blockquote').first()).not.toBeEmpty();
			await expect(popup(page).locator('.attribution cite').first()).toHaveText(
				/Al Jazeera|The EurAsian Times/
			);
			// Focus moved into the popup; Esc closes it.
			await expect(popup(page).locator('.popup-title')).toBeFocused();
			await page.keyboard.press('Escape');
			await expect(popup(page)).toHaveCount(0);
			expect(record.errors).toEqual([]);
		});
	}

	test('clicking the pipeline shows the computed length beside the stated ones', async ({
		page
	}) => {
		await page.goto(`/#${regionView.zoom}/${regionView.lat}/${regionView.lng}`);
		await waitForMapReady(page);
		// Halfway along the Rahim Yar Khan – Bahawalpur segment.
		const [a, b] = [pipeline[5], pipeline[6]] as [number[], number[]];
		const point = await screenPoint(
			page,
			regionView,
			((a[0] ?? 0) + (b[0] ?? 0)) / 2,
			((a[1] ?? 0) + (b[1] ?? 0)) / 2
		);
		await page.mouse.move(point.x, point.y);
		await expect(page.locator('.maplibregl-canvas')).toHaveCSS('cursor', 'pointer');
		await page.mouse.click(point.x, point.y);
		await expect(page.getByTestId('pipeline-length')).toHaveText(/^\d{1,2},\d{3} km/);
		await expect(popup(page)).toContainText('Stated length');
		await expect(popup(page)).toContainText('1,100 km');
		// One popup at a time: clicking a capital replaces it.
		const [lng, lat] = position('moscow');
		const moscow = await screenPoint(page, regionView, lng, lat);
		await page.mouse.click(moscow.x, moscow.y);
		await expect(popup(page)).toHaveCount(1);
		await expect(popup(page).getByRole('heading', { level: 2 })).toHaveText('Moscow');
		await popup(page).getByRole('button', { name: 'Close' }).click();
		await expect(popup(page)).toHaveCount(0);
	});
});

/** Pixels that belong to each layer group at `regionView`. */
async function groupPixels(page: Page) {
	const at = (lng: number, lat: number, dx = 0, dy = 0) =>
		screenPoint(page, regionView, lng, lat).then(({ x, y }) => ({ x: x + dx, y: y + dy }));
	const [karachi, islamabad, doha, balochistan] = await Promise.all([
		at(...position('karachi')),
		at(...position('islamabad')),
		at(...position('doha'), 0, 10),
		at(64.5, 28.2)
	]);
	const links = await at(...linkMidpoint('kabulov-moscow-islamabad'));
	return { capitals: islamabad, venues: doha, pipeline: karachi, links, countries: balochistan };
}

const legendNames: Record<string, RegExp> = {
	capitals: /^Capitals/,
	venues: /^Meeting venues/,
	pipeline: /^Karachi–Lahore gas pipeline/,
	links: /^Diplomatic links/,
	countries: /^Countries involved/
};

test.describe('layer legend', () => {
	test('each layer group disappears when toggled off, comes back, and the URL keeps it', async ({
		page
	}) => {
		await page.goto(`/#${regionView.zoom}/${regionView.lat}/${regionView.lng}`);
		await waitForMapReady(page);
		const points = await groupPixels(page);
		for (const [group, point] of Object.entries(points)) {
			const checkbox = page.getByRole('checkbox', { name: legendNames[group] });
			const [on] = await pixelsAt(page, [point]);
			await checkbox.uncheck();
			await expect(page).toHaveURL(new RegExp(`layers=(?!.*${group})`));
			await settle(page);
			const [off] = await pixelsAt(page, [point]);
			expect(colourDistance(on ?? [], off ?? []), `${group} pixel should change`).toBeGreaterThan(
				12
			);
			await checkbox.check();
			await settle(page);
			const [again] = await pixelsAt(page, [point]);
			expect(colourDistance(on ?? [], again ?? []), `${group} pixel should return`).toBeLessThan(6);
		}
		await expect(page).not.toHaveURL(/layers=/);

		await page.getByRole('checkbox', { name: /^Karachi–Lahore gas pipeline/ }).uncheck();
		await page.getByRole('checkbox', { name: /^Diplomatic links/ }).uncheck();
		await expect(page).toHaveURL(/layers=capitals,venues,countries/);
		await page.reload();
		await waitForMapReady(page);
		await expect(
			page.getByRole('checkbox', { name: /^Karachi–Lahore gas pipeline/ })
		).not.toBeChecked();
		await expect(page.getByRole('checkbox', { name: /^Diplomatic links/ })).not.toBeChecked();
		await expect(page.getByRole('checkbox', { name: /^Capitals/ })).toBeChecked();
		const [pipelineAfterReload] = await pixelsAt(page, [points.pipeline]);
		await page.getByRole('checkbox', { name: /^Karachi–Lahore gas pipeline/ }).check();
		await settle(page);
		const [pipelineOn] = await pixelsAt(page, [points.pipeline]);
		expect(colourDistance(pipelineAfterReload ?? [], pipelineOn ?? [])).toBeGreaterThan(12);
	});
});

test.describe('timeline and event links', () => {
	test.use({ reducedMotion: 'reduce' });

	test('every event in the timeline opens its popup and sets ?event=', async ({ page, record }) => {
		await page.goto('/');
		await waitForMapReady(page);
		for (const event of events) {
			await page.getByRole('button', { name: `Show on map: ${event.title}` }).click();
			await expect(popup(page).getByRole('heading', { level: 2 })).toHaveText(event.title);
			await expect(page).toHaveURL(new RegExp(`[?&]event=${event.id}(&|#|$)`));
		}
		const historyLength = await page.evaluate(() => history.length);
		expect(historyLength).toBeLessThanOrEqual(2);
		expect(record.errors).toEqual([]);
	});

	test('an ?event= link opens that event; an unknown id shows a notice', async ({ page }) => {
		const event = events.find((candidate) => candidate.id.startsWith('extended-troika'));
		if (!event) throw new Error('no troika event');
		await page.goto(`/?event=${event.id}`);
		await waitForMapReady(page);
		await expect(popup(page).getByRole('heading', { level: 2 })).toHaveText(event.title);
		await expect(page.locator(`#event-${event.id}`)).toHaveAttribute('aria-current', 'true');
		await expect(page.getByTestId('announcer')).toContainText(event.title);

		await page.goto('/?event=no-such-event');
		await waitForMapReady(page);
		await expect(page.getByTestId('notices')).toContainText('“no-such-event” is not in this story');
		await expect(popup(page)).toHaveCount(0);
	});

	test('a keyboard-only walk reaches every event, opens and closes its popup', async ({ page }) => {
		await page.goto('/');
		await waitForMapReady(page);
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to the timeline' })).toBeFocused();
		await page.keyboard.press('Enter');
		// In the timeline's own order (by date), which is the order Tab visits them.
		const titles = await page
			.locator('.show-on-map')
			.evaluateAll((buttons) =>
				buttons.map(
					(button) => button.getAttribute('aria-label')?.replace('Show on map: ', '') ?? ''
				)
			);
		expect([...titles].sort()).toEqual(events.map((event) => event.title).sort());
		for (const title of titles) {
			const event = { title };
			const button = page.getByRole('button', { name: `Show on map: ${event.title}`, exact: true });
			for (
				let presses = 0;
				presses < 20 && !(await button.evaluate((el) => el === document.activeElement));
				presses++
			) {
				await page.keyboard.press('Tab');
			}
			await expect(button).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(popup(page).locator('.popup-title')).toBeFocused();
			await expect(popup(page).locator('.popup-title')).toHaveText(event.title);
			await page.keyboard.press('Escape');
			await expect(popup(page)).toHaveCount(0);
			await expect(button).toBeFocused();
		}
	});
});

test.describe('sharing', () => {
	test('"Copy link" copies a link that reproduces the view, the open event and the layers', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/#4.5/30/66');
		await waitForMapReady(page);
		await page.getByRole('checkbox', { name: /^Diplomatic links/ }).uncheck();
		await page.getByRole('button', { name: /^Show on map: Pipeline project discussed/ }).click();
		await expect(page.locator('.story-popup')).toHaveCount(1);
		// Let the camera come to rest (the popup pans itself into view) before sharing.
		await expect
			.poll(async () => {
				const before = page.url();
				await page.waitForTimeout(400);
				return page.url() === before;
			})
			.toBe(true);
		await page.getByRole('button', { name: 'Copy link to this view' }).click();
		await expect(page.getByTestId('announcer')).toContainText('Link copied');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(page.url());

		const shared = await context.newPage();
		await shared.goto(copied);
		await waitForMapReady(shared);
		await expect(shared.locator('.story-popup h2')).toHaveText(/Pipeline project discussed/);
		await expect(shared.getByRole('checkbox', { name: /^Diplomatic links/ })).not.toBeChecked();
		expect(new URL(shared.url()).hash).toBe(new URL(copied).hash);
	});
});

test.describe('accessibility and layout', () => {
	for (const viewport of [
		{ width: 1280, height: 800 },
		{ width: 390, height: 844 }
	]) {
		test(`axe finds no serious or critical violations at ${viewport.width}×${viewport.height}`, async ({
			page
		}) => {
			await page.setViewportSize(viewport);
			await page.goto('/?event=lavrov-qureshi-talks-2021-04-07');
			await waitForMapReady(page);
			await expect(popup(page)).toHaveCount(1);
			const results = await new AxeBuilder({ page }).analyze();
			const serious = results.violations.filter(
				(violation) => violation.impact === 'serious' || violation.impact === 'critical'
			);
			expect(
				serious.map(
					(violation) =>
						`${violation.id}: ${violation.nodes.map((node) => node.target).join(' | ')}`
				)
			).toEqual([]);
		});

		test(`the capitals' labels are drawn at the default view at ${viewport.width}×${viewport.height}`, async ({
			page
		}) => {
			await page.setViewportSize(viewport);
			await page.goto('/');
			await waitForMapReady(page);
			await expect.poll(async () => (await hashView(page)).length).toBe(3);
			const view = await currentView(page);
			const darkPixelsBeside = async (id: string, side: 1 | -1) => {
				const [lng, lat] = position(id);
				const { x, y } = await screenPoint(page, view, lng, lat);
				const samples = [];
				for (let dx = 14; dx <= 40; dx += 2) {
					for (const dy of [-3, 0, 3]) samples.push({ x: x + side * dx, y: y + dy });
				}
				const pixels = await pixelsAt(page, samples);
				return pixels.filter((rgb) => Math.max(...rgb) < 70).length;
			};
			for (const [id, side] of [
				['moscow', 1],
				['islamabad', 1],
				['doha', 1],
				['kabul', -1]
			] as const) {
				expect(await darkPixelsBeside(id, side), `${id} label`).toBeGreaterThan(4);
			}
			await page.getByRole('checkbox', { name: /^Capitals/ }).uncheck();
			await settle(page);
			expect(await darkPixelsBeside('islamabad', 1), 'no label once capitals are off').toBeLessThan(
				3
			);
		});
	}
});
