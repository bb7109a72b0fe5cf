#!/usr/bin/env node
// Lighthouse on the production build, served compressed, with the system Chromium: prints the
// four category scores and LCP/TBT/CLS for the desktop and mobile presets.
//   npm run build && node bench/lighthouse.js
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumArgs, chromiumExecutable } from '../scripts/chromium.js';

// The app, and with --baseline also the bare MapLibre page of bench/run.js (build it first with
// `npm run bench`), so the scores can be read against what MapLibre alone gets on this machine.
const pages = [
	['app', 'build', 4177],
	...(process.argv.includes('--baseline') ? [['baseline', 'build-baseline', 4178]] : [])
];
const servers = [];
for (const [, dir, port] of pages) {
	const server = spawn(process.execPath, ['scripts/serve.js', dir, String(port)], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise((resolve) => server.stdout.once('data', resolve));
	servers.push(server);
}
const chrome = await chromeLauncher.launch({
	chromePath: chromiumExecutable() ?? undefined,
	chromeFlags: ['--headless=new', ...chromiumArgs]
});
const rows = [];
try {
	for (const [page, , port] of pages)
		for (const [preset, config] of [
			['desktop', desktopConfig],
			['mobile', undefined]
		]) {
			const result = await lighthouse(
				`http://localhost:${port}/`,
				{ port: chrome.port, output: 'json', logLevel: 'error' },
				config
			);
			const { categories, audits } = result.lhr;
			if (process.env.LH_DETAILS) {
				for (const ref of categories.accessibility.auditRefs) {
					const audit = audits[ref.id];
					if (audit.score !== null && audit.score < 1) {
						console.log(
							'a11y:',
							ref.id,
							JSON.stringify(
								audit.details?.items?.map((item) => item.node?.selector ?? item.node?.snippet)
							)
						);
					}
				}
				for (const id of [
					'largest-contentful-paint-element',
					'bootup-time',
					'mainthread-work-breakdown',
					'layout-shifts'
				]) {
					console.log(id, JSON.stringify(audits[id]?.details?.items?.slice(0, 4))?.slice(0, 600));
				}
			}
			const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
			rows.push({
				page,
				preset,
				performance: score('performance'),
				accessibility: score('accessibility'),
				bestPractices: score('best-practices'),
				seo: score('seo'),
				lcp: audits['largest-contentful-paint'].displayValue,
				tbt: audits['total-blocking-time'].displayValue,
				cls: audits['cumulative-layout-shift'].displayValue
			});
		}
} finally {
	await chrome.kill();
	for (const server of servers) server.kill();
}
const table = [
	'| page | preset | performance | accessibility | best practices | SEO | LCP | TBT | CLS |',
	'| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
	...rows.map(
		(row) =>
			`| ${row.page} | ${row.preset} | ${row.performance} | ${row.accessibility} | ${row.bestPractices} | ${row.seo} | ${row.lcp} | ${row.tbt} | ${row.cls} |`
	)
].join('\n');
console.log(table);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/lighthouse.md', `${table}\n`);
