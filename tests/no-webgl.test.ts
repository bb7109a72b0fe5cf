import { chromiumArgs, chromiumExecutable } from './chromium';
import { expect, test } from './fixtures';

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
