#!/usr/bin/env node
// Retakes the README's screenshots from the production build in Chromium (the large-story shot
// from the 1,000-event synthetic story's build):
//   npm run build && npm run build:large && node scripts/screenshots.js
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './chromium.js';

const ports = { build: 4190, 'build-large': 4191 };
const shots = [
	{ file: 'default-view-1280x800.png', path: '/', width: 1280, height: 800 },
	{
		file: 'large-story-1280x800.png',
		dir: 'build-large',
		path: '/?event=event-00500',
		width: 1280,
		height: 800
	},
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

const servers = Object.entries(ports).map(([dir, port]) =>
	spawn(process.execPath, ['scripts/serve.js', dir, String(port)], { stdio: 'ignore' })
);
await new Promise((resolve) => setTimeout(resolve, 500));
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
try {
	for (const shot of shots) {
		const page = await browser.newPage({
			viewport: { width: shot.width, height: shot.height },
			reducedMotion: 'reduce'
		});
		await page.goto(`http://localhost:${ports[shot.dir ?? 'build']}${shot.path}`);
		await page.waitForSelector('[data-testid=map][aria-busy=false]', { timeout: 60_000 });
		await page.waitForTimeout(1000);
		await page.screenshot({ path: `docs/screenshots/${shot.file}` });
		console.log(`docs/screenshots/${shot.file}`);
		await page.close();
	}
} finally {
	await browser.close();
	for (const server of servers) server.kill();
}
