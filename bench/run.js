#!/usr/bin/env node
// The performance benchmark: the app against a bare MapLibre page with the same content, both
// production builds served compressed (scripts/serve.js), loaded alternately in headless
// Chromium. Prints a Markdown table and writes bench/results/latest.{json,md}.
//   node bench/run.js [--runs 5] [--smoke] [--no-build]
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { greatCircle } from '@turf/turf';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../scripts/chromium.js';

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const runs = smoke ? 1 : Number(args[args.indexOf('--runs') + 1] || 5) || 5;
const require = createRequire(import.meta.url);
const ports = { app: 4175, baseline: 4176 };

function build() {
	execFileSync('npx', ['vite', 'build'], { stdio: 'ignore' });
	execFileSync('npx', ['vite', 'build', '--config', 'bench/baseline/vite.config.js'], {
		stdio: 'ignore'
	});
}

/** The baseline's data: the raw Natural Earth TopoJSON and the story as plain GeoJSON. */
function writeBaselineData() {
	const dir = 'build-baseline/data';
	mkdirSync(dir, { recursive: true });
	copyFileSync(require.resolve('world-atlas/countries-50m.json'), `${dir}/countries-50m.json`);
	copyFileSync('geo/places.geojson', `${dir}/places.geojson`);
	copyFileSync('geo/pipeline.geojson', `${dir}/pipeline.geojson`);
	const places = JSON.parse(readFileSync('geo/places.geojson', 'utf8')).features;
	const at = (id) => places.find((place) => place.id === id).geometry.coordinates;
	const links = JSON.parse(readFileSync('geo/links.json', 'utf8'));
	writeFileSync(
		`${dir}/links.geojson`,
		JSON.stringify({
			type: 'FeatureCollection',
			features: links.map((link) => greatCircle(at(link.from), at(link.to), { npoints: 64 }))
		})
	);
}

function kindOf(url, type) {
	if (/\.woff2?$/.test(url) || type === 'font') return 'fonts';
	if (/\.css$/.test(url) || type === 'stylesheet') return 'css';
	if (/\.m?js$/.test(url) || type === 'script') return 'js';
	if (/\.(geo)?json$/.test(url) || type === 'fetch' || type === 'xhr') return 'data';
	if (type === 'document') return 'html';
	return 'other';
}

async function load(browser, name) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const bytes = { js: 0, css: 0, data: 0, fonts: 0, html: 0, other: 0 };
	let requests = 0;
	const counting = [];
	page.on('requestfinished', (request) => {
		requests += 1;
		counting.push(
			request
				.response()
				.then((response) => {
					// Bytes on the wire: the compressed body as served (scripts/serve.js sets it).
					const body = Number(response?.headers()['content-length'] ?? 0);
					bytes[kindOf(request.url(), request.resourceType())] += body;
				})
				.catch(() => {})
		);
	});
	await page.addInitScript(() => {
		const bench = { ready: null, longTasks: 0 };
		Object.assign(window, { __bench: bench });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) bench.longTasks += entry.duration;
		}).observe({ type: 'longtask', buffered: true });
		const check = () => {
			const map = document.querySelector('[data-testid=map]');
			if (bench.ready === null && map?.getAttribute('aria-busy') === 'false') {
				bench.ready = performance.now();
			}
		};
		new MutationObserver(check).observe(document, {
			subtree: true,
			childList: true,
			attributes: true,
			attributeFilter: ['aria-busy']
		});
	});
	await page.goto(`http://localhost:${ports[name]}/`);
	await page
		.waitForFunction(() => window.__bench.ready !== null, null, { timeout: 120_000 })
		.catch((error) => {
			throw new Error(`${name} never became ready: ${error.message}`);
		});
	await page.waitForTimeout(300);
	const timing = await page.evaluate(() => ({
		ready: window.__bench.ready,
		longTasks: window.__bench.longTasks,
		fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null
	}));
	const cdp = await context.newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;

	// Frame intervals while a reader drags and wheel-zooms the map.
	const box = await page.getByTestId('map').boundingBox();
	const x = box.x + box.width / 2;
	const y = box.y + box.height / 2;
	await page.evaluate(() => {
		const stamps = [];
		Object.assign(window, { __frames: stamps, __recording: true });
		const tick = (time) => {
			stamps.push(time);
			if (window.__recording) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});
	await page.mouse.move(x, y);
	await page.mouse.down();
	for (let step = 1; step <= 30; step++) {
		await page.mouse.move(x - step * 8, y - step * 3);
	}
	await page.mouse.up();
	for (let step = 0; step < 8; step++) {
		await page.mouse.wheel(0, -120);
		await page.waitForTimeout(60);
	}
	await page.waitForTimeout(500);
	const frames = await page.evaluate(() => {
		window.__recording = false;
		return window.__frames;
	});
	const intervals = frames.slice(1).map((time, i) => time - frames[i]);
	await Promise.allSettled(counting);
	await context.close();
	return {
		...timing,
		heap,
		bytes,
		requests,
		frameMedian: quantile(intervals, 0.5),
		frameP95: quantile(intervals, 0.95)
	};
}

function quantile(values, q) {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const metrics = [
	['Time to ready (ms)', (r) => r.ready],
	['First contentful paint (ms)', (r) => r.fcp],
	['JS transferred (kB)', (r) => r.bytes.js / 1000],
	['CSS transferred (kB)', (r) => r.bytes.css / 1000],
	['Data transferred (kB)', (r) => r.bytes.data / 1000],
	['Fonts transferred (kB)', (r) => r.bytes.fonts / 1000],
	['HTML transferred (kB)', (r) => r.bytes.html / 1000],
	['Requests', (r) => r.requests],
	['Long tasks, total (ms)', (r) => r.longTasks],
	['JS heap after ready, after GC (MB)', (r) => r.heap / 1e6],
	['Frame interval during pan/zoom, median (ms)', (r) => r.frameMedian],
	['Frame interval during pan/zoom, p95 (ms)', (r) => r.frameP95]
];

function summarise(results) {
	return metrics.map(([label, pick]) => {
		const values = results.map(pick).filter((value) => value !== null);
		return {
			label,
			median: quantile(values, 0.5),
			min: Math.min(...values),
			max: Math.max(...values)
		};
	});
}

const format = (value) =>
	value === null || !Number.isFinite(value)
		? '–'
		: value >= 100
			? value.toFixed(0)
			: value.toFixed(1);

if (!args.includes('--no-build')) build();
writeBaselineData();
/** Starts scripts/serve.js and waits until it listens; a taken port is an error, not stale data. */
function serve(dir, port) {
	const server = spawn(process.execPath, ['scripts/serve.js', dir, String(port)], {
		stdio: ['ignore', 'pipe', 'pipe']
	});
	return new Promise((resolve, reject) => {
		server.stdout.once('data', () => resolve(server));
		server.once('exit', (code) =>
			reject(new Error(`serving ${dir} on port ${port} failed (${code})`))
		);
	});
}
const servers = await Promise.all([
	serve('build', ports.app),
	serve('build-baseline', ports.baseline)
]);
process.on('exit', () => servers.forEach((server) => server.kill()));
const browser = await chromium.launch({
	executablePath: chromiumExecutable(),
	args: chromiumArgs
});
const results = { app: [], baseline: [] };
try {
	for (let run = 0; run < runs; run++) {
		for (const name of run % 2 === 0 ? ['app', 'baseline'] : ['baseline', 'app']) {
			results[name].push(await load(browser, name));
		}
	}
} finally {
	await browser.close();
	for (const server of servers) server.kill();
}

const app = summarise(results.app);
const baseline = summarise(results.baseline);
const rows = app.map((row, i) => {
	const base = baseline[i];
	const ratio = base.median ? row.median / base.median : null;
	return `| ${row.label} | ${format(row.median)} (${format(row.min)}–${format(row.max)}) | ${format(base.median)} (${format(base.min)}–${format(base.max)}) | ${ratio === null ? '–' : ratio.toFixed(2)} |`;
});
const table = [
	`Runs: ${runs} per page, alternating; headless Chromium (SwiftShader WebGL), 1280×800, Brotli.`,
	'',
	'| metric | app: median (min–max) | baseline: median (min–max) | app / baseline |',
	'| --- | --- | --- | --- |',
	...rows
].join('\n');
console.log(table);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify({ runs, results }, null, 2));
writeFileSync('bench/results/latest.md', `${table}\n`);
