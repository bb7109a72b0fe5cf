#!/usr/bin/env node
// Retakes the README's screenshots from the production build in Chromium:
//   npm run build && node scripts/screenshots.js
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './chromium.js';

const port = 4190;
const shots = [
	{ file: 'default-view-1280x800.png', path: '/', width: 1280, height: 800 },
	{
		file: 'event-1280x800.png',
		path: '/?event=lavrov-qureshi-talks-2021-04-07',
		width: 1280,
		height: 800
	},
	{
		file: 'event-390x844.png',
		path: '/?event=extended-troika-moscow-2021-03-18',
		width: 390,
		height: 844
	}
];

const server = spawn(process.execPath, ['scripts/serve.js', 'build', String(port)], {
	stdio: 'ignore'
});
await new Promise((resolve) => setTimeout(resolve, 500));
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
try {
	for (const shot of shots) {
		const page = await browser.newPage({
			viewport: { width: shot.width, height: shot.height },
			reducedMotion: 'reduce'
		});
		await page.goto(`http://localhost:${port}${shot.path}`);
		await page.waitForSelector('[data-testid=map][aria-busy=false]', { timeout: 60_000 });
		await page.waitForTimeout(1000);
		await page.screenshot({ path: `docs/screenshots/${shot.file}` });
		console.log(`docs/screenshots/${shot.file}`);
		await page.close();
	}
} finally {
	await browser.close();
	server.kill();
}
