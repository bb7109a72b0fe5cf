import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html';

describe('escapeHtml', () => {
	it('turns markup into inert text', () => {
		expect(escapeHtml('<img src=x onerror="alert(1)">')).toBe(
			'&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
		);
		expect(escapeHtml("Tom & Jerry's")).toBe('Tom &amp; Jerry&#39;s');
	});

	it('leaves plain text alone', () => {
		expect(escapeHtml('The EurAsian Times')).toBe('The EurAsian Times');
	});
});
