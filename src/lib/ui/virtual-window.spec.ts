import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scrollToReveal, virtualWindow } from './virtual-window';

describe('virtualWindow', () => {
	it('renders the rows in view plus the overscan at the top of a long list', () => {
		expect(
			virtualWindow({
				count: 10_000,
				rowHeight: 100,
				scrollTop: 0,
				viewportHeight: 450,
				overscan: 3
			})
		).toEqual({ start: 0, end: 8, before: 0, after: 9_992 * 100 });
	});

	it('follows the scroll position through the middle of the list', () => {
		expect(
			virtualWindow({
				count: 10_000,
				rowHeight: 100,
				scrollTop: 500_050,
				viewportHeight: 300,
				overscan: 2
			})
		).toEqual({ start: 4_998, end: 5_006, before: 499_800, after: 4_994 * 100 });
	});

	it('ends at the last row when scrolled to (or past) the bottom', () => {
		const end = virtualWindow({
			count: 50,
			rowHeight: 40,
			scrollTop: 99_999,
			viewportHeight: 200,
			overscan: 2
		});
		expect(end.end).toBe(50);
		expect(end.after).toBe(0);
		expect(end.start).toBe(47);
	});

	it('renders nothing for an empty list and survives nonsense measurements', () => {
		expect(
			virtualWindow({ count: 0, rowHeight: 100, scrollTop: 0, viewportHeight: 500, overscan: 3 })
		).toEqual({ start: 0, end: 0, before: 0, after: 0 });
		const odd = virtualWindow({
			count: 10,
			rowHeight: 0,
			scrollTop: Number.NaN,
			viewportHeight: -5,
			overscan: -1
		});
		expect(odd.start).toBe(0);
		expect(odd.end).toBeGreaterThanOrEqual(1);
	});

	it('always covers the viewport, and its spacers and rows add up to the whole list', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 20_000 }),
				fc.integer({ min: 1, max: 300 }),
				fc.nat({ max: 5_000_000 }),
				fc.integer({ min: 0, max: 2_000 }),
				fc.integer({ min: 0, max: 10 }),
				(count, rowHeight, rawTop, viewportHeight, overscan) => {
					const maxTop = Math.max(0, count * rowHeight - viewportHeight);
					const scrollTop = Math.min(rawTop, maxTop);
					const w = virtualWindow({ count, rowHeight, scrollTop, viewportHeight, overscan });
					expect(w.before + (w.end - w.start) * rowHeight + w.after).toBe(count * rowHeight);
					expect(w.before).toBeLessThanOrEqual(scrollTop);
					expect(w.before + (w.end - w.start) * rowHeight).toBeGreaterThanOrEqual(
						Math.min(count * rowHeight, scrollTop + viewportHeight)
					);
					// Bounded work: never more rows than fit in view plus the overscan.
					expect(w.end - w.start).toBeLessThanOrEqual(
						Math.ceil(viewportHeight / rowHeight) + 2 * overscan + 2
					);
				}
			),
			{ seed: 20210407 }
		);
	});
});

describe('scrollToReveal', () => {
	const base = { rowHeight: 100, viewportHeight: 400 };
	it('leaves the scroll alone when the row is already in view', () => {
		expect(scrollToReveal({ ...base, row: 3, scrollTop: 250 })).toBe(250);
	});
	it('scrolls up to a row above the view and down to one below it', () => {
		expect(scrollToReveal({ ...base, row: 1, scrollTop: 250 })).toBe(100);
		expect(scrollToReveal({ ...base, row: 9_999, scrollTop: 0 })).toBe(999_600);
	});
});
