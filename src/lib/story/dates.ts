/**
 * Story dates are ISO 8601 at the precision the source gives: "2018", "2021-02" or
 * "2021-04-07". These helpers check them and say them in words.
 */
import type { StoryEvent } from './schema';

export type DatePrecision = StoryEvent['datePrecision'];

const precisionOfLength: Record<number, DatePrecision> = { 4: 'year', 7: 'month', 10: 'day' };

export function precisionOf(date: string): DatePrecision | undefined {
	return precisionOfLength[date.length];
}

/** Why a date string is not a real date, or null when it is one (2021-02-30 is not). */
export function dateFault(date: string): string | null {
	const [year, month, day] = date.split('-').map(Number);
	if (year === undefined || !Number.isInteger(year)) return `"${date}" is not an ISO date`;
	if (month !== undefined && (month < 1 || month > 12))
		return `"${date}" is not a date: there is no month ${month}`;
	if (day !== undefined && month !== undefined) {
		const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
		if (day < 1 || day > daysInMonth)
			return `"${date}" is not a date: ${year}-${String(month).padStart(2, '0')} has ${daysInMonth} days`;
	}
	return null;
}

const monthNames = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** "7 April 2021", "February 2021" or "2018": no more precise than the source. */
export function formatDate(date: string): string {
	const [year, month, day] = date.split('-').map(Number);
	if (month === undefined) return String(year);
	const monthName = monthNames[month - 1] ?? '';
	return day === undefined ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/** "13–14 June 2019", "9 November 2018" */
export function formatDateRange(date: string, endDate?: string): string {
	if (!endDate || endDate === date) return formatDate(date);
	const [y1, m1] = date.split('-');
	const [y2, m2] = endDate.split('-');
	if (date.length === 10 && endDate.length === 10 && y1 === y2 && m1 === m2) {
		return `${Number(date.slice(8))}–${formatDate(endDate)}`;
	}
	return `${formatDate(date)} – ${formatDate(endDate)}`;
}

/** Sorts by date; a year-precision "2018" sorts before any day of 2018. */
export function compareDates(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
