import { describe, expect, it } from 'vitest';
import { compareDates, dateFault, formatDate, formatDateRange, precisionOf } from './dates';

describe('formatDate', () => {
	it.each([
		['2021-04-07', '7 April 2021'],
		['2021-02-21', '21 February 2021'],
		['2020-12-01', '1 December 2020'],
		['2021-02', 'February 2021'],
		['2018', '2018']
	])('says %s as %s, no more precise than the source', (date, words) => {
		expect(formatDate(date)).toBe(words);
	});
});

describe('formatDateRange', () => {
	it('gives a single date when there is no end date or it is the same day', () => {
		expect(formatDateRange('2018-11-09')).toBe('9 November 2018');
		expect(formatDateRange('2018-11-09', '2018-11-09')).toBe('9 November 2018');
	});

	it('shares the month and year of days in the same month', () => {
		expect(formatDateRange('2019-06-13', '2019-06-14')).toBe('13–14 June 2019');
		expect(formatDateRange('2020-09-09', '2020-09-10')).toBe('9–10 September 2020');
	});

	it('spells out both ends across months, years or precisions', () => {
		expect(formatDateRange('2020-09-30', '2020-10-02')).toBe('30 September 2020 – 2 October 2020');
		expect(formatDateRange('2020-12-31', '2021-01-01')).toBe('31 December 2020 – 1 January 2021');
		expect(formatDateRange('2021-02', '2021-03')).toBe('February 2021 – March 2021');
		expect(formatDateRange('2018', '2021')).toBe('2018 – 2021');
	});
});

describe('precisionOf', () => {
	it.each([
		['2021-04-07', 'day'],
		['2021-02', 'month'],
		['2018', 'year']
	] as const)('reads %s as %s precision', (date, precision) => {
		expect(precisionOf(date)).toBe(precision);
	});

	it('has no precision for something that is not an ISO date', () => {
		expect(precisionOf('21 Feb')).toBeUndefined();
	});
});

describe('dateFault', () => {
	it.each(['2021-04-07', '2021-02', '2018', '2020-02-29', '2000-02-29', '2021-12-31'])(
		'accepts %s',
		(date) => {
			expect(dateFault(date)).toBeNull();
		}
	);

	it.each([
		['2021-02-30', '"2021-02-30" is not a date: 2021-02 has 28 days'],
		['2021-02-29', '"2021-02-29" is not a date: 2021-02 has 28 days'],
		['2100-02-29', '"2100-02-29" is not a date: 2100-02 has 28 days'],
		['2021-04-31', '"2021-04-31" is not a date: 2021-04 has 30 days'],
		['2021-04-00', '"2021-04-00" is not a date: 2021-04 has 30 days'],
		['2021-13', '"2021-13" is not a date: there is no month 13'],
		['2021-00-10', '"2021-00-10" is not a date: there is no month 0'],
		['twenty', '"twenty" is not an ISO date']
	])('rejects %s', (date, fault) => {
		expect(dateFault(date)).toBe(fault);
	});
});

describe('compareDates', () => {
	it('orders ISO dates, a year before any day in it', () => {
		const dates = ['2021-04-07', '2018', '2021-02', '2018-11-09', '2021-02-21'];
		expect([...dates].sort(compareDates)).toEqual([
			'2018',
			'2018-11-09',
			'2021-02',
			'2021-02-21',
			'2021-04-07'
		]);
		expect(compareDates('2021-04-07', '2021-04-07')).toBe(0);
	});
});
