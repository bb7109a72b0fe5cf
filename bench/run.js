#!/usr/bin/env node
// The performance benchmark: the app against a bare MapLibre page with the same content, both
// production builds served precompressed (scripts/serve.js), loaded alternately in headless
// Chromium; then the scaling curve, the app built from seeded synthetic stories of 10 to 10,000
// events. Prints Markdown tables and the budget, and writes bench/results/latest.{json,md}.
//   node bench/run.js [--runs 5] [--smoke] [--no-build] [--no-scaling] [--sizes 10,10000]
// --smoke: one load each and only the largest synthetic story, no budget verdict (CI).
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { greatCircle } from '@turf/turf';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../scripts/chromium.js';
import { precompress } from '../scripts/precompress.js';
import { writeSyntheticStory } from './synthetic-story.js';

const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const runs = smoke ? 1 : Number(args[args.indexOf('--runs') + 1] || 5) || 5;
const require = createRequire(import.meta.url);
const ports = { app: 4175, baseline: 4176 };
/** Synthetic stories: events over 1,000 places. Smoke mode builds only the largest. */
const sizesArg = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : null;
const scalingSizes = sizesArg
	? sizesArg.split(',').map(Number)
	: smoke
		? [10_000]
		: [10, 100, 1_000, 10_000];
const scalingRuns = smoke ? 1 : 3;
const scalingSeed = 20210407;

function build() {
	execFileSync('npx', ['vite', 'build'], { stdio: 'ignore' });
	execFileSync('npx', ['vite', 'build', '--config', 'bench/baseline/vite.config.js'], {
		stdio: 'ignore'
	});
}

const escapeHtml = (text) =>
	String(text).replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]
	);

/** A place's popup in the baseline: each event there with its facts, quotes and sources. */
function describePlace(place, places, events, sources) {
	const here = new Set([
		place.id,
		...places.filter((other) => other.properties.city === place.id).map((other) => other.id)
	]);
	const publisher = new Map(sources.map((source) => [source.id, source.publisher]));
	return events
		.filter((event) => event.places.some((id) => here.has(id)))
		.sort((a, b) => a.date.localeCompare(b.date))
		.map(
			(event) =>
				`<h3>${escapeHtml(event.title)}</h3><p>${escapeHtml(event.date)}: ${escapeHtml(event.summary)}</p><ul>${event.facts
					.map(
						(fact) =>
							`<li>${escapeHtml(fact.statement)}${fact.quote ? ` <q>${escapeHtml(fact.quote)}</q>` : ''} (${escapeHtml(publisher.get(fact.source) ?? fact.source)})</li>`
					)
					.join('')}</ul>`
		)
		.join('');
}

/** The baseline's data: the raw Natural Earth TopoJSON and the story as plain GeoJSON. */
function writeBaselineData() {
	const dir = 'build-baseline/data';
	mkdirSync(dir, { recursive: true });
	copyFileSync(require.resolve('world-atlas/countries-50m.json'), `${dir}/countries-50m.json`);
	copyFileSync('geo/pipeline.geojson', `${dir}/pipeline.geojson`);
	const places = JSON.parse(readFileSync('geo/places.geojson', 'utf8')).features;
	const events = JSON.parse(readFileSync('geo/events.json', 'utf8'));
	const sources = JSON.parse(readFileSync('geo/sources.json', 'utf8'));
	writeFileSync(
		`${dir}/places.geojson`,
		JSON.stringify({
			type: 'FeatureCollection',
			features: places.map((place) => ({
				...place,
				properties: {
					...place.properties,
					description: describePlace(place, places, events, sources)
				}
			}))
		})
	);
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

/** Records long tasks and the moment the map reports ready (aria-busy="false") from page start. */
async function watchReadiness(page) {
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
}

async function waitUntilReady(page, name) {
	await page
		.waitForFunction(() => window.__bench.ready !== null, null, { timeout: 120_000 })
		.catch((error) => {
			throw new Error(`${name} never became ready: ${error.message}`);
		});
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
	await watchReadiness(page);
	await page.goto(`http://localhost:${ports[name]}/`);
	await waitUntilReady(page, name);
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
precompress('build-baseline');
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
	for (const server of servers) server.kill();
}

const app = summarise(results.app);
const baseline = summarise(results.baseline);
const rows = app.map((row, i) => {
	const base = baseline[i];
	const ratio = base.median ? row.median / base.median : null;
	return `| ${row.label} | ${format(row.median)} (${format(row.min)}–${format(row.max)}) | ${format(base.median)} (${format(base.min)}–${format(base.max)}) | ${ratio === null ? '–' : ratio.toFixed(2)} |`;
});
const comparison = [
	`Runs: ${runs} per page, alternating; headless Chromium (SwiftShader WebGL), 1280×800, Brotli (precompressed, quality 11).`,
	'',
	'| metric | app: median (min–max) | baseline: median (min–max) | app / baseline |',
	'| --- | --- | --- | --- |',
	...rows
].join('\n');
console.log(comparison);

// The scaling curve: the same app built from synthetic stories of growing size.
/** Loads a synthetic-story build once: ready time, what the page holds, and selection times. */
async function loadScaled(port, events) {
	// Reduced motion: the camera jumps, so selection time is the app's work, not an animation.
	const context = await browser.newContext({
		viewport: { width: 1280, height: 800 },
		reducedMotion: 'reduce'
	});
	const page = await context.newPage();
	const errors = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await watchReadiness(page);
	await page.goto(`http://localhost:${port}/`);
	await waitUntilReady(page, `the ${events}-event story`);
	const ready = await page.evaluate(() => window.__bench.ready);
	const timelineRows = await page.locator('#timeline li[id^="event-"]').count();
	const clusters = await page.evaluate(
		() => window.__storyMap?.queryRenderedFeatures({ layers: ['places-clusters'] }).length ?? null
	);
	// Ten events spread over the timeline: scroll to each like a reader, press its button and
	// time until its popup is in the page and painted.
	const selections = [];
	for (let k = 0; k < 10; k++) {
		const position = Math.round((k * (events - 1)) / 9);
		const ms = await page.evaluate(async (position) => {
			const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
			const scroller = document.querySelector('[data-testid=timeline-scroller]');
			const row = () =>
				scroller
					? scroller.querySelector(`li[aria-posinset="${position + 1}"]`)
					: document.querySelectorAll('#timeline li[id^="event-"]')[position];
			if (scroller) {
				const height = scroller.querySelector('li')?.offsetHeight ?? 100;
				scroller.scrollTop = position * height;
				await frame();
				await frame();
			}
			const button = row()?.querySelector('button.show-on-map');
			if (!button) return null;
			document.querySelector('.maplibregl-popup-close-button')?.click();
			await frame();
			const start = performance.now();
			const opened = new Promise((resolve) => {
				const observer = new MutationObserver(() => {
					if (document.querySelector('.maplibregl-popup')) {
						observer.disconnect();
						resolve();
					}
				});
				observer.observe(document.body, { childList: true, subtree: true });
			});
			button.click();
			await opened;
			const inPage = performance.now() - start;
			await frame();
			return { inPage, painted: performance.now() - start };
		}, position);
		if (ms === null) throw new Error(`event ${position + 1} of ${events} could not be selected`);
		selections.push(ms);
	}
	await context.close();
	if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
	return { ready, timelineRows, clusters, selections };
}

const scaling = [];
if (!args.includes('--no-scaling')) {
	for (const [i, events] of scalingSizes.entries()) {
		const dir = `.bench-stories/${events}`;
		const out = `build-scale-${events}`;
		writeSyntheticStory(dir, { events, places: 1000, seed: scalingSeed });
		// One build at a time: builds share .svelte-kit/.
		execFileSync('npx', ['vite', 'build'], {
			stdio: 'ignore',
			env: { ...process.env, STORY_DIR: dir, BUILD_DIR: out }
		});
		const server = await serve(out, 4180 + i);
		try {
			const loads = [];
			for (let run = 0; run < scalingRuns; run++) loads.push(await loadScaled(4180 + i, events));
			const inPage = loads.flatMap((load) => load.selections.map((ms) => ms.inPage));
			const painted = loads.flatMap((load) => load.selections.map((ms) => ms.painted));
			scaling.push({
				events,
				ready: quantile(
					loads.map((load) => load.ready),
					0.5
				),
				selectMedian: quantile(inPage, 0.5),
				selectMax: Math.max(...inPage),
				paintedMedian: quantile(painted, 0.5),
				paintedMax: Math.max(...painted),
				timelineRows: loads[0].timelineRows,
				clusters: loads[0].clusters,
				loads
			});
		} finally {
			server.kill();
		}
	}
}
await browser.close();

const realReady = app[0].median;
const scalingTable = scaling.length
	? [
			`Scaling: seeded synthetic stories (seed ${scalingSeed}) over 1,000 places, ${scalingRuns} load(s) each, 10 selections per load (reduced motion, so the camera jumps). The real story's ready time in this run: ${format(realReady)} ms.`,
			'',
			'"In the page": from the click until the popup, with its facts, is in the DOM (the app\'s work). "Painted": until the next animation frame, which includes MapLibre drawing the map at its new camera in software WebGL, whatever the story\'s size.',
			'',
			'| events | time to ready (ms) | ready / real story | select → popup in the page, median (max) (ms) | select → popup painted, median (max) (ms) | timeline rows in the page | clusters drawn |',
			'| --- | --- | --- | --- | --- | --- | --- |',
			...scaling.map(
				(row) =>
					`| ${row.events.toLocaleString('en-GB')} | ${format(row.ready)} | ${(row.ready / realReady).toFixed(2)} | ${format(row.selectMedian)} (${format(row.selectMax)}) | ${format(row.paintedMedian)} (${format(row.paintedMax)}) | ${row.timelineRows} | ${row.clusters ?? '–'} |`
			)
		].join('\n')
	: '';
if (scalingTable) console.log(`\n${scalingTable}`);

// The budget of issue 6, judged on this run (not in smoke mode: one load proves nothing).
const medianOf = (label, rows) => rows.find((row) => row.label === label).median;
const largest = scaling.find((row) => row.events === 10_000);
const budget = [
	[
		'Time to ready ≤ 0.8 × baseline',
		medianOf('Time to ready (ms)', app) / medianOf('Time to ready (ms)', baseline),
		(ratio) => ratio <= 0.8,
		(ratio) => `${ratio.toFixed(2)} ×`
	],
	[
		'JS transferred ≤ baseline + 40 kB',
		medianOf('JS transferred (kB)', app) - medianOf('JS transferred (kB)', baseline),
		(extra) => extra <= 40,
		(extra) => `${extra >= 0 ? '+' : ''}${extra.toFixed(1)} kB`
	],
	[
		'Frame interval median during pan/zoom ≤ 1.0 × baseline',
		medianOf('Frame interval during pan/zoom, median (ms)', app) /
			medianOf('Frame interval during pan/zoom, median (ms)', baseline),
		(ratio) => ratio <= 1,
		(ratio) => `${ratio.toFixed(2)} ×`
	],
	...(largest
		? [
				[
					'10,000 events: ready ≤ 1.5 × the real story',
					largest.ready / realReady,
					(ratio) => ratio <= 1.5,
					(ratio) => `${ratio.toFixed(2)} ×`
				],
				[
					'10,000 events: select → popup in the page ≤ 100 ms (slowest of all selections)',
					largest.selectMax,
					(ms) => ms <= 100,
					(ms) => `${ms.toFixed(0)} ms`
				]
			]
		: [])
];
const budgetTable = [
	'| budget | this run | met |',
	'| --- | --- | --- |',
	...budget.map(
		([label, value, met, show]) =>
			`| ${label} | ${show(value)} | ${smoke ? '– (smoke run)' : met(value) ? 'yes' : 'no'} |`
	)
].join('\n');
console.log(`\n${budgetTable}`);

mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', JSON.stringify({ runs, results, scaling }, null, 2));
writeFileSync(
	'bench/results/latest.md',
	`${[comparison, scalingTable, budgetTable].filter(Boolean).join('\n\n')}\n`
);
