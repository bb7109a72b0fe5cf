/**
 * Which Chromium the browser tests and the benchmark drive. Nothing is downloaded: CHROMIUM_PATH
 * if set, else Debian's /usr/bin/chromium, else a browser Playwright installed earlier.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	// Headless Chromium has no GPU here: WebGL runs on SwiftShader.
	'--enable-unsafe-swiftshader',
	'--use-angle=swiftshader'
];

export function chromiumExecutable(): string | undefined {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	for (const candidate of candidates) {
		if (candidate && existsSync(candidate)) return candidate;
	}
	if (existsSync(chromium.executablePath())) return undefined; // Playwright's own browser
	throw new Error(
		'No Chromium found for the browser tests. Install one with `apt-get install -y chromium` ' +
			'(Debian), or point CHROMIUM_PATH at a Chromium or Chrome binary.'
	);
}
