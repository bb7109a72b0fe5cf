// Writes Brotli (quality 11) and gzip copies beside the text files of a built site, the same
// files adapter-static's `precompress` option writes: the benchmark gives its baseline page the
// same treatment as the app, so both are measured as a static host would serve them.
//   node scripts/precompress.js <dir>
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const compressible = /\.(html|js|mjs|json|geojson|css|svg|xml|wasm|txt)$/;

export function precompress(dir) {
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !compressible.test(entry.name)) continue;
		const path = join(entry.parentPath, entry.name);
		const body = readFileSync(path);
		writeFileSync(
			`${path}.br`,
			brotliCompressSync(body, {
				params: {
					[constants.BROTLI_PARAM_QUALITY]: 11,
					[constants.BROTLI_PARAM_SIZE_HINT]: body.length
				}
			})
		);
		writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const dir = process.argv[2];
	if (!dir) {
		console.error('usage: node scripts/precompress.js <dir>');
		process.exit(2);
	}
	precompress(dir);
}
