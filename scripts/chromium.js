// Which Chromium the browser tests, the benchmark and the screenshot script drive. Nothing is
// downloaded: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, else a browser Playwright
// installed earlier; with none of them, a message says how to install one.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags that keep Chromium quiet on a closed network; WebGL runs on SwiftShader here. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--enable-unsafe-swiftshader',
	'--use-angle=swiftshader'
];

/** @returns {string | undefined} the binary, or undefined for Playwright's own browser */
export function chromiumExecutable() {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	for (const candidate of candidates) {
		if (candidate && existsSync(candidate)) return candidate;
	}
	if (existsSync(chromium.executablePath())) return undefined;
	throw new Error(
		'No Chromium found for the browser tests. Install one with `apt-get install -y chromium` ' +
			'(Debian), or point CHROMIUM_PATH at a Chromium or Chrome binary.'
	);
}
