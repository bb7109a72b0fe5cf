/**
 * A problem found in geo/, said so that an editor can find and fix it: the file, the entry
 * (by id where it has one), the field and the fault.
 */
import type { BaseIssue } from 'valibot';

export type Problem = { file: string; entry?: string; field?: string; message: string };

export function formatProblem(problem: Problem): string {
	return [`geo/${problem.file}`, problem.entry, problem.field, problem.message]
		.filter((part) => part !== undefined && part !== '')
		.join(': ');
}

export class StoryValidationError extends Error {
	constructor(readonly problems: Problem[]) {
		super(
			`The story in geo/ has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
				problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')
		);
		this.name = 'StoryValidationError';
	}
}

/** `event "kabulov-visit"` when the entry has an id, `event #3` when it has none. */
export function entryLabel(kind: string, raw: unknown, index: number): string {
	const id = idOf(raw);
	return id !== undefined ? `${kind} "${id}"` : `${kind} #${index + 1}`;
}

/** Nested lists of entries with ids, named like the file's entries: facts[2] is `fact "…"`. */
const nestedEntryKinds: Record<string, string> = { facts: 'fact' };

function idOf(raw: unknown): string | undefined {
	const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
	return typeof id === 'string' && id !== '' ? id : undefined;
}

function fieldPath(keys: unknown[]): string {
	return keys
		.map((key, i) =>
			typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`
		)
		.join('');
}

/** A value as valibot received it is already quoted (`"parade"`, `12`); a type name is not. */
const isLiteral = (received: string) => /^(".*"|-?\d.*|true|false|null)$/.test(received);

function issueMessage(issue: BaseIssue<unknown>): string {
	const last = issue.path?.at(-1);
	if (issue.expected === 'never' && last) return `unknown field "${String(last.key)}"`;
	if (issue.received === 'undefined') return 'is missing';
	if (issue.message.startsWith('Invalid ')) {
		return `expected ${issue.expected ?? 'something else'}, got ${issue.received}`;
	}
	// Say what was found as well as what is wanted: `"parade" must be one of …`.
	if (issue.kind === 'schema' || issue.type === 'regex' || issue.type === 'url') {
		return isLiteral(issue.received)
			? `${issue.received} ${issue.message}`
			: `${issue.message}, got ${issue.received}`;
	}
	return issue.message;
}

/**
 * Turns a valibot issue into a Problem. `listKey` is where the file's entries sit: `features`
 * in a FeatureCollection, the top level (null) in a JSON array. Entries inside an entry that
 * have ids of their own (an event's facts) are named by id too: `event "x": fact "y"`.
 */
export function problemFromIssue(
	file: string,
	entryKind: string,
	listKey: string | null,
	raw: unknown,
	issue: BaseIssue<unknown>
): Problem {
	const keys = (issue.path ?? []).map((item) => item.key);
	// An unknown field belongs to the object that holds it; the message names the field.
	if (issue.expected === 'never') keys.pop();
	let entries: unknown = raw;
	if (listKey !== null && keys[0] === listKey) {
		entries = (raw as Record<string, unknown>)[listKey];
		keys.shift();
	}
	if (!Array.isArray(entries) || typeof keys[0] !== 'number') {
		return { file, field: fieldPath(keys) || undefined, message: issueMessage(issue) };
	}
	const index = keys.shift() as number;
	const labels = [entryLabel(entryKind, entries[index], index)];
	let value: unknown = entries[index];
	for (;;) {
		const [listName, nestedIndex] = keys;
		if (typeof listName !== 'string' || typeof nestedIndex !== 'number') break;
		const kind = nestedEntryKinds[listName];
		if (kind === undefined) break;
		const list = (value as Record<string, unknown>)[listName];
		const nested = Array.isArray(list) ? (list[nestedIndex] as unknown) : undefined;
		const id = idOf(nested);
		if (id === undefined) break;
		labels.push(`${kind} "${id}"`);
		keys.splice(0, 2);
		value = nested;
	}
	return {
		file,
		entry: labels.join(': '),
		field: fieldPath(keys) || undefined,
		message: issueMessage(issue)
	};
}

/**
 * One problem per fault: when a geometry's `type` is wrong (a LineString in places.geojson),
 * the complaints about its coordinates follow from it and are dropped.
 */
export function withoutConsequentialIssues<T extends BaseIssue<unknown>>(issues: T[]): T[] {
	const pathOf = (issue: T) => (issue.path ?? []).map((item) => item.key);
	const wrongGeometries = issues
		.filter((issue) => issue.type === 'literal' && pathOf(issue).at(-1) === 'type')
		.map((issue) => [...pathOf(issue).slice(0, -1), 'coordinates']);
	return issues.filter((issue) => {
		const path = pathOf(issue);
		return !wrongGeometries.some((prefix) => prefix.every((key, i) => path[i] === key));
	});
}
