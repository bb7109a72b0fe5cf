import type { Page } from '@playwright/test';
import {
	colourDistance,
	currentView,
	expect,
	pixelsAt,
	samplePixels,
	screenPoint,
	settle,
	test,
	waitForMapReady
} from './fixtures';
import { basemapColours } from '../src/lib/style/palette';

/** Collects Content-Security-Policy violations from the moment the page starts. */
async function recordCspViolations(page: Page) {
	await page.addInitScript(() => {
		const seen: string[] = [];
		Object.assign(window, { __cspViolations: seen });
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.violatedDirective}: ${event.blockedURI}`)
		);
	});
	return () =>
		page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

function hexToRgb(hex: string): number[] {
	const value = Number.parseInt(hex.slice(1), 16);
	return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** The map shows the basemap: water and land colours at two known points, off Karachi. */
async function expectBasemapDrawn(page: Page) {
	const view = await currentView(page);
	const [water = [], land = []] = await pixelsAt(page, [
		await screenPoint(page, view, 63, 21),
		await screenPoint(page, view, 79, 22)
	]);
	expect(colourDistance(water, hexToRgb(basemapColours.water)), `water ${water}`).toBeLessThan(8);
	expect(colourDistance(land, hexToRgb(basemapColours.land)), `land ${land}`).toBeLessThan(8);
}

test.describe('content security policy', () => {
	test('no violations while the map loads, popups open and layers toggle', async ({
		page,
		record
	}) => {
		const violations = await recordCspViolations(page);
		await page.goto('/');
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(policy).toContain("default-src 'self'");
		expect(policy).toContain("object-src 'none'");
		expect(policy).toContain("base-uri 'self'");
		expect(policy).not.toContain('unsafe-eval');
		expect(policy).not.toContain('unsafe-inline');
		expect(policy).toMatch(/worker-src 'self'(;|$)/);
		await waitForMapReady(page);
		await page.getByRole('button', { name: /^Islamabad/ }).click();
		await expect(page.locator('.story-popup')).toHaveCount(1);
		await page.keyboard.press('Escape');
		await page.getByRole('button', { name: /^Show on map: Lavrov and Qureshi hold/ }).click();
		await expect(page.locator('.story-popup')).toHaveCount(1);
		for (const name of [/^Capitals/, /^Diplomatic links/, /^Countries involved/]) {
			await page.getByRole('checkbox', { name }).uncheck();
			await page.getByRole('checkbox', { name }).check();
		}
		await settle(page);
		expect(await violations()).toEqual([]);
		expect(record.errors).toEqual([]);
	});
});

test.describe('WebGL context loss', () => {
	test('losing and restoring the context leaves a working map', async ({ page, record }) => {
		await page.goto('/?layers=#5/24/70');
		await waitForMapReady(page);
		await expectBasemapDrawn(page);
		await page.evaluate(async () => {
			const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
			const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
			const extension = gl?.getExtension('WEBGL_lose_context');
			if (!extension) throw new Error('WEBGL_lose_context is not available');
			extension.loseContext();
			await new Promise((resolve) => setTimeout(resolve, 300));
			extension.restoreContext();
		});
		await page.waitForTimeout(1500);
		await expectBasemapDrawn(page);
		// Still interactive: layers come back and a place opens.
		await page.getByRole('checkbox', { name: /^Capitals/ }).check();
		await page.getByRole('button', { name: /^Kabul/ }).click();
		await expect(page.locator('.story-popup h2')).toHaveText('Kabul');
		expect(record.errors).toEqual([]);
	});
});

test.describe('resizing', () => {
	test('the map and the panel follow the window between desktop and phone sizes', async ({
		page,
		record
	}) => {
		await page.goto('/?layers=#5/24/70');
		await waitForMapReady(page);
		for (const size of [
			{ width: 390, height: 844 },
			{ width: 844, height: 390 },
			{ width: 1024, height: 700 },
			{ width: 1280, height: 800 }
		]) {
			await page.setViewportSize(size);
			await page.waitForTimeout(600);
			const fit = await page.evaluate(() => {
				const map = document.querySelector<HTMLElement>('[data-testid=map]');
				const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
				return {
					map: [map?.clientWidth, map?.clientHeight],
					canvas: [canvas?.clientWidth, canvas?.clientHeight]
				};
			});
			expect(fit.canvas, `canvas fills the map at ${size.width}×${size.height}`).toEqual(fit.map);
			const pixels = await samplePixels(page, [
				[0.25, 0.25],
				[0.5, 0.5],
				[0.75, 0.75],
				[0.2, 0.8],
				[0.8, 0.2]
			]);
			expect(
				pixels.some((rgb) => colourDistance(rgb, [0, 0, 0]) > 40),
				'not blank'
			).toBe(true);
			await expect(page.locator('#timeline')).toBeVisible();
		}
		await expectBasemapDrawn(page);
		expect(record.errors).toEqual([]);
	});
});

test.describe('long sessions', () => {
	test.use({ reducedMotion: 'reduce' });

	test('300 popups, 100 toggles and 50 event selections leave no leaks', async ({
		page,
		record
	}) => {
		test.setTimeout(240_000);
		await page.goto('/');
		await waitForMapReady(page);
		const cdp = await page.context().newCDPSession(page);
		const measure = async () => {
			await cdp.send('HeapProfiler.collectGarbage');
			await cdp.send('HeapProfiler.collectGarbage');
			const heap = await cdp.send('Runtime.getHeapUsage');
			const dom = await cdp.send('Memory.getDOMCounters');
			const mapListeners = await page.evaluate(() => {
				type Listeners = Record<string, unknown[]>;
				const map = (
					window as unknown as {
						__storyMap?: { _listeners?: Listeners; _oneTimeListeners?: Listeners };
					}
				).__storyMap;
				const count = (listeners: Listeners = {}) =>
					Object.values(listeners).reduce((sum, list) => sum + list.length, 0);
				return count(map?._listeners) + count(map?._oneTimeListeners);
			});
			return {
				heap: heap.usedSize,
				nodes: dom.nodes,
				listeners: dom.jsEventListeners,
				mapListeners
			};
		};
		// One round of everything first, so lazily created things exist in the baseline.
		const cycle = (popups: number, toggles: number, events: number) =>
			page.evaluate(
				async ({ popups, toggles, events }) => {
					const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
					const escape = () =>
						window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
					const places = [...document.querySelectorAll<HTMLButtonElement>('.places button')];
					const eventButtons = [...document.querySelectorAll<HTMLButtonElement>('.show-on-map')];
					const checkboxes = [...document.querySelectorAll<HTMLInputElement>('input[name=layer]')];
					for (let i = 0; i < popups; i++) {
						places[i % places.length]?.click();
						await frame();
						if (!document.querySelector('.story-popup')) throw new Error(`popup ${i} did not open`);
						escape();
						await frame();
						if (document.querySelector('.story-popup')) throw new Error(`popup ${i} did not close`);
					}
					for (let i = 0; i < toggles; i++) {
						checkboxes[i % checkboxes.length]?.click();
						await frame();
					}
					for (let i = 0; i < events; i++) {
						eventButtons[i % eventButtons.length]?.click();
						await frame();
						await frame();
						if (!document.querySelector('.story-popup')) throw new Error(`event ${i} did not open`);
					}
					escape();
					await frame();
				},
				{ popups, toggles, events }
			);
		await cycle(12, 10, 16);
		await settle(page);
		const before = await measure();
		await cycle(300, 100, 50);
		await settle(page);
		const after = await measure();
		console.log('soak', JSON.stringify({ before, after }));
		expect(after.heap - before.heap, 'heap growth in bytes').toBeLessThanOrEqual(5 * 1024 * 1024);
		expect(after.mapListeners, 'map listeners').toBe(before.mapListeners);
		// A leak would add hundreds over 450 actions; allow the odd lazily added one.
		expect(after.listeners - before.listeners, 'DOM event listeners').toBeLessThanOrEqual(3);
		expect(after.nodes - before.nodes, 'DOM nodes').toBeLessThanOrEqual(50);
		await expect(page.locator('.story-popup')).toHaveCount(0);
		expect(record.errors).toEqual([]);
	});
});
