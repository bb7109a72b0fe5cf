import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { hostilePort } from '../playwright.config';
import { expect, test, waitForMapReady } from './fixtures';

const eventIds: string[] = JSON.parse(readFileSync('geo/events.json', 'utf8')).map(
	(event: { id: string }) => event.id
);
const layerIds = ['capitals', 'venues', 'pipeline', 'links', 'countries'];

/** Markup and script payloads: if any of them runs, it sets window.__pwned. */
const scriptPayloads = [
	'<img src=x onerror="window.__pwned=1">',
	'<script>window.__pwned=1</script>',
	'javascript:window.__pwned=1',
	'"><svg onload=window.__pwned=1>',
	"'-alert(1)-'",
	'{@html "<b>x</b>"}'
];

/** One part of a link and whether the app can honour it. */
type Part = { raw: string | null; honoured: boolean };
const absent: Part = { raw: null, honoured: true };
const encoded = (value: string, honoured: boolean): Part => ({
	raw: encodeURIComponent(value),
	honoured
});

const hostileText = fc.oneof(
	fc.constantFrom(...scriptPayloads),
	fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
	fc.constant('x'.repeat(10_000)),
	fc.constantFrom('ünïcödé-事件', '🇵🇰🇷🇺', '\u202Eevil', 'a\u0000b')
);
const brokenPercent = fc.constantFrom('%E0%A4%A', '%', '%zz', '%%41', '%C3%28');

const eventPart: fc.Arbitrary<Part> = fc.oneof(
	fc.constant(absent),
	fc.constantFrom(...eventIds).map((id) => encoded(id, true)),
	fc.stringMatching(/^[a-z]{1,12}(-[a-z0-9]{1,8}){0,3}$/).map((id) => encoded(id, false)),
	hostileText.filter((text) => text.trim() !== '').map((text) => encoded(text, false)),
	brokenPercent.map((raw) => ({ raw, honoured: false }))
);

const layersPart: fc.Arbitrary<Part> = fc.oneof(
	fc.constant(absent),
	fc.subarray(layerIds, { minLength: 1 }).map((ids) => ({ raw: ids.join(','), honoured: true })),
	fc
		.tuple(fc.subarray(layerIds), fc.constantFrom('rivers', '<b>', 'ALL', 'capitals2', '__proto__'))
		.map(([ids, junk]) => encoded([...ids, junk].join(','), false)),
	hostileText
		.filter((text) => text.trim() !== '' && !layerIds.includes(text.trim()))
		.map((text) => encoded(text, false)),
	fc.constant({ raw: ','.repeat(500) + 'x'.repeat(9_500), honoured: false })
);

const number = (min: number, max: number) =>
	fc.double({ min, max, noNaN: true }).map((value) => String(Math.round(value * 1000) / 1000));
const hashPart: fc.Arbitrary<Part> = fc.oneof(
	fc.constant(absent),
	fc
		.tuple(number(0, 20), number(-80, 80), number(-180, 180))
		.map((parts) => ({ raw: parts.join('/'), honoured: true })),
	fc
		.constantFrom(
			'NaN/1/2',
			'1e9/0/0',
			'-3/10/10',
			'5/NaN/70',
			'5/33/Infinity',
			'30/1/1',
			'5/95/10',
			'3/1'
		)
		.map((raw) => ({ raw, honoured: false })),
	hostileText.filter((text) => !/^[\d./-]*$/.test(text)).map((text) => encoded(text, false)),
	brokenPercent.map((raw) => ({ raw, honoured: false }))
);

const links = fc.record({ event: eventPart, layers: layersPart, hash: hashPart });

function linkFor(parts: { event: Part; layers: Part; hash: Part }): string {
	const query = [
		parts.event.raw !== null ? `event=${parts.event.raw}` : null,
		parts.layers.raw !== null ? `layers=${parts.layers.raw}` : null
	].filter((part) => part !== null);
	return `/${query.length > 0 ? `?${query.join('&')}` : ''}${parts.hash.raw !== null ? `#${parts.hash.raw}` : ''}`;
}

async function injected(page: Page) {
	return page.evaluate(() => ({
		pwned: (window as unknown as { __pwned?: unknown }).__pwned !== undefined,
		images: document.querySelectorAll('img[src="x"], svg[onload]').length,
		// Story data is serialised into SvelteKit's boot script; it must arrive escaped there.
		scripts: [...document.scripts].filter((script) =>
			/<script>window\.__pwned|onerror="window|<svg onload/.test(script.textContent ?? '')
		).length
	}));
}

test('200 generated hostile links: each page works or says what it could not honour', async ({
	page
}) => {
	test.setTimeout(480_000);
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('dialog', (dialog) => {
		errors.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	let tried = 0;
	await fc.assert(
		fc.asyncProperty(links, async (parts) => {
			const link = linkFor(parts);
			tried += 1;
			// A link that differs from the page's current URL only in its hash would not reload the
			// page (and the app rewrites its URL, dropping what it could not honour).
			const withoutHash = (url: string) => url.split('#')[0] ?? url;
			if (withoutHash(new URL(link, page.url()).href) === withoutHash(page.url())) {
				await page.goto('about:blank');
			}
			await page.goto(link, { waitUntil: 'domcontentloaded' });
			await expect(page.locator('.layout[data-interactive="true"]')).toHaveCount(1);
			// Every twentieth link also waits for the map, to see the app become fully ready.
			if (tried % 20 === 0) await waitForMapReady(page);
			const notices = (await page.getByTestId('notices').count())
				? await page.getByTestId('notices').innerText()
				: '';
			if (!parts.event.honoured) expect(notices, link.slice(0, 200)).toMatch(/event/);
			if (!parts.layers.honoured) expect(notices, link.slice(0, 200)).toMatch(/layer/);
			if (!parts.hash.honoured) expect(notices, link.slice(0, 200)).toMatch(/view/);
			if (parts.event.honoured && parts.layers.honoured && parts.hash.honoured) {
				expect(notices, link.slice(0, 200)).toBe('');
			}
			expect(await injected(page)).toEqual({ pwned: false, images: 0, scripts: 0 });
			expect(errors).toEqual([]);
		}),
		{ numRuns: 200, seed: Number(process.env.FC_SEED ?? 20210407) }
	);
	console.log(`hostile links tried: ${tried}`);
	expect(tried).toBeGreaterThanOrEqual(200);
});

test.describe('a story whose texts carry markup and script payloads', () => {
	test.use({ baseURL: `http://localhost:${hostilePort}` });

	test('renders every payload as inert text everywhere', async ({ page, record }) => {
		await page.goto('/');
		await waitForMapReady(page);
		const payload = '<img src=x onerror="window.__pwned=1">';
		// Timeline, legend (country names), places list and sources: the payload is text.
		await expect(page.locator('#timeline')).toContainText(payload);
		await expect(page.locator('#timeline')).toContainText('<script>window.__pwned=1</script>');
		await expect(page.locator('.legend')).toContainText('javascript:window.__pwned=1');
		await expect(page.locator('.places')).toContainText('<');
		// Credits are HTML in MapLibre's attribution control: they must arrive escaped.
		await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('<');

		// Every place and every event in a popup, with the live region and the page title.
		const placeButtons = page.locator('.places button');
		for (let i = 0; i < (await placeButtons.count()); i++) {
			await placeButtons.nth(i).click();
			await expect(page.locator('.story-popup .popup-title')).toContainText('window.__pwned');
			await page.keyboard.press('Escape');
		}
		const eventButtons = page.locator('.show-on-map');
		for (let i = 0; i < (await eventButtons.count()); i++) {
			await eventButtons.nth(i).click();
			await expect(page.locator('.story-popup blockquote').first()).toContainText('__pwned');
		}
		await expect(page.getByTestId('announcer')).toContainText('__pwned');
		expect(await page.title()).toContain('__pwned');
		expect(await injected(page)).toEqual({ pwned: false, images: 0, scripts: 0 });
		expect(record.errors).toEqual([]);
	});
});
