import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';

// SvelteKit's route announcer carries this one style attribute. CSP hashes apply to style
// attributes only with 'unsafe-hashes'; allowing exactly this hash keeps every other inline
// style blocked. (If SvelteKit changes the string, the CSP browser test fails.)
const announcerStyle =
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';
const announcerStyleHash = `sha256-${createHash('sha256').update(announcerStyle).digest('base64')}`;

// An optional external basemap style (VITE_MAP_STYLE_URL, read by the map at build time) is
// the one third-party origin the page may then talk to.
const externalStyleOrigin = process.env.VITE_MAP_STYLE_URL
	? [new URL(process.env.VITE_MAP_STYLE_URL).origin]
	: [];

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Every route prerenders to plain files: any static host or CDN can serve the site.
		// BUILD_DIR lets the tests build a second copy from fixture data beside the real one.
		// precompress: Brotli (quality 11) and gzip copies beside every text file, for hosts that
		// serve them as they are (nginx brotli_static, and scripts/serve.js): smaller than a CDN's
		// on-the-fly compression, at no cost per request.
		adapter: adapter({ pages: process.env.BUILD_DIR ?? 'build', strict: true, precompress: true }),
		// A strict Content Security Policy, written into each page as a <meta> tag with hashes
		// for SvelteKit's inline boot script. MapLibre needs nothing looser: its worker is a
		// same-origin file, its fonts and data are fetched from this origin.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-hashes', announcerStyleHash],
				'img-src': ['self', 'data:', 'blob:', ...externalStyleOrigin],
				'font-src': ['self'],
				'connect-src': ['self', ...externalStyleOrigin],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
