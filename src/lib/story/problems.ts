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
	const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
	return typeof id === 'string' && id !== '' ? `${kind} "${id}"` : `${kind} #${index + 1}`;
}

function fieldPath(keys: unknown[]): string {
	return keys
		.map((key, i) =>
			typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`
		)
		.join('');
}

function issueMessage(issue: BaseIssue<unknown>): string {
	const last = issue.path?.at(-1);
	if (issue.expected === 'never' && last) return `unknown field "${String(last.key)}"`;
	if (issue.received === 'undefined') return 'is missing';
	if (!issue.message.startsWith('Invalid ')) return issue.message;
	return `expected ${issue.expected ?? 'something else'}, got ${issue.received}`;
}

/**
 * Turns a valibot issue into a Problem. `listKey` is where the file's entries sit: `features`
 * in a FeatureCollection, the top level (null) in a JSON array.
 */
export function problemFromIssue(
	file: string,
	entryKind: string,
	listKey: string | null,
	raw: unknown,
	issue: BaseIssue<unknown>
): Problem {
	const keys = (issue.path ?? []).map((item) => item.key);
	let entries: unknown = raw;
	if (listKey !== null && keys[0] === listKey) {
		entries = (raw as Record<string, unknown>)[listKey];
		keys.shift();
	}
	if (Array.isArray(entries) && typeof keys[0] === 'number') {
		const index = keys.shift() as number;
		return {
			file,
			entry: entryLabel(entryKind, entries[index], index),
			field: fieldPath(keys) || undefined,
			message: issueMessage(issue)
		};
	}
	return { file, field: fieldPath(keys) || undefined, message: issueMessage(issue) };
}
