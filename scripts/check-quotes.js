#!/usr/bin/env node
// Checks that every quote in geo/events.json is verbatim from its article (modulo whitespace).
// The article texts are reference material kept outside the repository, so this is not part
// of `npm test`.
//   npm run check:quotes [-- <articles dir>] [-- --file <source id>=<file.txt> ...]
// The articles dir defaults to ../shared/articles beside the repository. Each article source
// is matched to its text by --file, then by the list below, then by finding the source's
// headline in one of the .txt files, so a new article usually needs no change here.
// Exit status: 0 when every quote is found, 1 when any is missing, 2 on a usage error.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Article source id → its text in the articles dir. */
const articleFiles = {
	'aljazeera-2021-04-07': 'aljazeera-afghanistan-tops-agenda-russia-pakistan-talks.txt',
	'eurasiantimes-2021-02': 'eurasiantimes-pakistan-supports-russia-initiative.txt'
};

/**
 * The matching lives in src/lib/story/quotes.ts (tested by quotes.spec.ts). Node 20 cannot
 * import TypeScript, so strip its types with the TypeScript compiler and import the result.
 */
async function loadQuotesModule() {
	const source = await readFile(join(repoRoot, 'src/lib/story/quotes.ts'), 'utf8');
	const { outputText } = ts.transpileModule(source, {
		compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
	});
	const url = `data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`;
	return import(url);
}

function parseArguments(args) {
	const files = new Map();
	let dir;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--file') {
			const [id, file] = (args[++i] ?? '').split('=');
			if (!id || !file) throw new Error('--file needs <source id>=<file.txt>');
			files.set(id, file);
		} else if (arg.startsWith('-')) {
			throw new Error(`unknown option ${arg}`);
		} else if (dir === undefined) {
			// npm runs scripts from the repository root; read a relative dir from where npm ran.
			dir = resolve(process.env.INIT_CWD ?? process.cwd(), arg);
		} else {
			throw new Error(`unexpected argument ${arg}`);
		}
	}
	return { dir: dir ?? resolve(repoRoot, '../shared/articles'), files };
}

const shorten = (text, length = 60) =>
	text.length > length ? `${text.slice(0, length - 1)}…` : text;

async function main() {
	let options;
	try {
		options = parseArguments(process.argv.slice(2));
	} catch (error) {
		console.error(`check-quotes: ${error.message}`);
		return 2;
	}
	const { findQuote, normalizeWhitespace } = await loadQuotesModule();
	const readJson = async (name) => JSON.parse(await readFile(join(repoRoot, 'geo', name), 'utf8'));
	const [sources, events] = [await readJson('sources.json'), await readJson('events.json')];

	let names;
	try {
		names = (await readdir(options.dir)).filter((name) => name.endsWith('.txt')).sort();
	} catch (error) {
		console.error(`check-quotes: cannot read the articles in ${options.dir}: ${error.message}`);
		return 2;
	}
	const texts = new Map();
	for (const name of names) texts.set(name, await readFile(join(options.dir, name), 'utf8'));

	/** The article text for a source: by --file, by the list, else by its headline. */
	function textFor(source) {
		const hinted = options.files.get(source.id);
		if (hinted !== undefined) {
			return texts.has(hinted)
				? { name: hinted, text: texts.get(hinted) }
				: { error: `${hinted} (from --file) is not in ${options.dir}` };
		}
		const listed = articleFiles[source.id];
		if (texts.has(listed)) return { name: listed, text: texts.get(listed) };
		const headline = normalizeWhitespace(source.headline);
		const byHeadline = names.filter((name) =>
			normalizeWhitespace(texts.get(name)).includes(headline)
		);
		if (byHeadline.length === 1) return { name: byHeadline[0], text: texts.get(byHeadline[0]) };
		return {
			error:
				byHeadline.length === 0
					? 'no .txt file has its headline; give one with --file'
					: `its headline is in ${byHeadline.join(' and ')}; choose with --file`
		};
	}

	console.log(`Checking quotes in geo/events.json against ${options.dir}`);
	const facts = events.flatMap((event) => event.facts.filter((fact) => fact.quote !== undefined));
	let missing = 0;
	for (const source of sources) {
		const quoted = facts.filter((fact) => fact.source === source.id);
		if (source.kind !== 'article' && quoted.length === 0) continue;
		const article = textFor(source);
		if (article.error) {
			console.log(`\n${source.id}: ✗ no article text: ${article.error}`);
			missing += quoted.length;
			continue;
		}
		console.log(`\n${source.id} (${article.name}):`);
		for (const fact of quoted) {
			const match = findQuote(fact.quote, article.text);
			if (match.found) {
				console.log(`  ✓ ${fact.id}: “${shorten(normalizeWhitespace(fact.quote))}”`);
			} else {
				missing++;
				console.log(`  ✗ ${fact.id}: not found: “${normalizeWhitespace(fact.quote)}”`);
				console.log(
					`      the article has “${shorten(match.matchedStart)}” but not what follows: “${shorten(match.unmatchedRest)}”`
				);
			}
		}
	}
	const unknown = facts.filter((fact) => !sources.some((source) => source.id === fact.source));
	for (const fact of unknown) console.log(`\n✗ ${fact.id}: unknown source "${fact.source}"`);
	missing += unknown.length;

	console.log(
		`\n${facts.length - missing} of ${facts.length} quotes found verbatim` +
			(missing > 0 ? `; ${missing} missing` : '')
	);
	return missing > 0 ? 1 : 0;
}

process.exitCode = await main();
