// Builds the baseline page like any Vite production site: node bench/run.js does it.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
	root: fileURLToPath(new URL('.', import.meta.url)),
	base: './',
	build: {
		outDir: fileURLToPath(new URL('../../build-baseline', import.meta.url)),
		emptyOutDir: true
	}
});
