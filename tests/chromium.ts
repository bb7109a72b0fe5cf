// The tests use the same Chromium as the benchmark and the screenshot script.
export { chromiumArgs, chromiumExecutable } from '../scripts/chromium.js';
