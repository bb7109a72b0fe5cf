#!/usr/bin/env node
// Serves a built static site the way a CDN would: Brotli or gzip by Accept-Encoding (precompressed
// files when the build has them), long-lived caching for hashed assets, no-cache for HTML. Used by the browser tests and the benchmark.
//   node scripts/serve.js [dir=build] [port=4173]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'build');
const port = Number(process.argv[3] ?? process.env.PORT ?? 4173);

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.pbf': 'application/x-protobuf'
};
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg', '.txt']);
const cache = new Map();

async function resolveFile(pathname) {
	let path = normalize(join(root, decodeURIComponent(pathname)));
	if (path !== root && !path.startsWith(root + sep)) return null;
	for (const candidate of [path, join(path, 'index.html'), `${path}.html`]) {
		try {
			if ((await stat(candidate)).isFile()) return candidate;
		} catch {
			// try the next candidate
		}
	}
	return null;
}

/**
 * The body for one encoding: a precompressed sibling (`file.br`, `file.gz`, as adapter-static's
 * `precompress` writes them and as nginx's brotli_static/gzip_static would serve them) if there is
 * one, otherwise compressed here once and kept.
 */
async function encoded(path, encoding) {
	const key = `${path}|${encoding}`;
	if (!cache.has(key)) {
		const sibling = { br: `${path}.br`, gzip: `${path}.gz` }[encoding];
		const precompressed = sibling ? await readFile(sibling).catch(() => null) : null;
		const body = precompressed ?? (await readFile(path));
		cache.set(
			key,
			precompressed
				? body
				: encoding === 'br'
					? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
					: encoding === 'gzip'
						? gzipSync(body, { level: 9 })
						: body
		);
	}
	return cache.get(key);
}

// Long links (the hostile-link tests send 20,000-character queries) fit in 64 KiB of headers.
const server = createServer({ maxHeaderSize: 65_536 }, async (request, response) => {
	try {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const path = await resolveFile(url.pathname);
		if (!path) {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		const ext = extname(path);
		const accepts = String(request.headers['accept-encoding'] ?? '');
		const encoding = !compressible.has(ext)
			? null
			: /\bbr\b/.test(accepts)
				? 'br'
				: /\bgzip\b/.test(accepts)
					? 'gzip'
					: null;
		const body = await encoded(path, encoding);
		response.writeHead(200, {
			'content-type': types[ext] ?? 'application/octet-stream',
			'content-length': body.length,
			'cache-control': url.pathname.startsWith('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache',
			vary: 'accept-encoding',
			...(encoding ? { 'content-encoding': encoding } : {})
		});
		response.end(request.method === 'HEAD' ? undefined : body);
	} catch (error) {
		response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
	}
});

server.listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://localhost:${port}/`));
