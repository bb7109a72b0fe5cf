import { chromiumArgs, chromiumExecutable } from './chromium';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const eventCount = (JSON.parse(readFileSync('geo/events.json', 'utf8')) as unknown[]).length;

// Chromium with WebGL switched off: the reader gets a message instead of the map, and the
// prerendered timeline with every event and fact.
test.use({
	launchOptions: {
		executablePath: chromiumExecutable(),
		args: [...chromiumArgs, '--disable-3d-apis']
	}
});

test('a clear message where the map would be, and the timeline still works', async ({
	page,
	record
}) => {
	await page.goto('/');
	await expect(page.getByRole('alert')).toContainText('needs WebGL');
	await expect(page.getByTestId('map')).toHaveAttribute('aria-busy', 'false');
	const buttons = page.getByRole('button', { name: /^Show the facts: / });
	await expect(buttons).toHaveCount(await page.locator('#timeline > ol > li').count());
	await buttons.nth(3).click();
	const item = page.locator('#timeline > ol > li').nth(3);
	await expect(item).toHaveAttribute('aria-current', 'true');
	await expect(item.locator('details')).toHaveAttribute('open', '');
	await expect(item.locator('blockquote').first()).toBeVisible();
	await expect(page).toHaveURL(/\?event=/);
	await page.screenshot({ path: 'test-results/no-webgl.png' });
	expect(record.errors).toEqual([]);
});

test('without JavaScript the prerendered timeline carries every event, quote and source', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.getByRole('status')).toContainText('It needs JavaScript and WebGL');
	const events = page.locator('#timeline > ol > li');
	await expect(events).toHaveCount(eventCount);
	// <details> opens without scripts; every event has its facts with quotes and sources.
	for (let i = 0; i < eventCount; i++) {
		await events.nth(i).locator('summary').click();
		await expect(events.nth(i).locator('.fact').first()).toBeVisible();
		await expect(events.nth(i).locator('.attribution').first()).not.toBeEmpty();
	}
	await expect(page.locator('#timeline blockquote')).not.toHaveCount(0);
	await context.close();
});
