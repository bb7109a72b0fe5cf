import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/chromium';

const port = 4173;
/** The same app built from a story whose every text carries markup and script payloads. */
export const hostilePort = 4174;
/** The app built from a seeded synthetic story of 1,000 events over 1,000 places. */
export const largePort = 4179;

// Browser tests run against the production build (`npm run build`), served compressed the way
// a static host would serve it: MapLibre's worker wiring differs between dev and build.
export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.test.ts',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 90_000,
	expect: { timeout: 30_000 },
	reporter: process.env.CI ? [['list']] : [['list']],
	webServer: [
		{ command: `node scripts/serve.js build ${port}`, port, reuseExistingServer: false },
		{
			command: `node scripts/serve.js build-hostile ${hostilePort}`,
			port: hostilePort,
			reuseExistingServer: false
		},
		{
			command: `node scripts/serve.js build-large ${largePort}`,
			port: largePort,
			reuseExistingServer: false
		}
	],
	use: {
		baseURL: `http://localhost:${port}`,
		viewport: { width: 1280, height: 800 },
		launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs }
	}
});
