import { describe, expect, it } from 'vitest';
import { findQuote, normalizeWhitespace } from './quotes';

describe('normalizeWhitespace', () => {
	it('collapses spaces, tabs and line breaks to one space and trims', () => {
		expect(normalizeWhitespace('  Russia is\tholding a\n\ncrucial   meeting \r\n')).toBe(
			'Russia is holding a crucial meeting'
		);
	});

	it('treats no-break and other Unicode spaces as spaces', () => {
		expect(normalizeWhitespace('Sergey\u00a0Lavrov\u202fvisits\u2009Pakistan\ufeff')).toBe(
			'Sergey Lavrov visits Pakistan'
		);
	});

	it('leaves everything that is not whitespace alone', () => {
		const text = 'the ‘expanded troika’ – “collective mechanism” [held in Moscow]';
		expect(normalizeWhitespace(text)).toBe(text);
	});
});

describe('findQuote', () => {
	const article =
		'Islamabad, Pakistan – Russian foreign minister Sergey Lavrov has met with his\n' +
		'Pakistani\u00a0counterpart Shah Mehmood Qureshi in the Pakistani capital Islamabad.';

	it('finds a quote that spans a line break and a no-break space', () => {
		expect(findQuote('Lavrov has met with his Pakistani counterpart', article)).toEqual({
			found: true,
			offset: 54
		});
	});

	it('finds a quote whose own whitespace differs from the article’s', () => {
		expect(findQuote('Sergey\n  Lavrov has\u00a0met', article).found).toBe(true);
	});

	it('says where a misquote stops matching', () => {
		expect(findQuote('his Pakistani counterpart Shah Mahmood Qureshi', article)).toEqual({
			found: false,
			matchedStart: 'his Pakistani counterpart Shah M',
			unmatchedRest: 'ahmood Qureshi'
		});
	});

	it('does not forgive straight quotes for curly ones', () => {
		const text = 'the successful ‘expanded troika’ meeting';
		expect(findQuote("'expanded troika'", text)).toEqual({
			found: false,
			matchedStart: '',
			unmatchedRest: "'expanded troika'"
		});
		expect(findQuote('‘expanded troika’', text).found).toBe(true);
	});

	it('is case-sensitive', () => {
		expect(findQuote('russian foreign minister', article).found).toBe(false);
	});

	it('refuses an empty quote', () => {
		expect(() => findQuote(' \n', article)).toThrow('the quote is empty');
	});
});
