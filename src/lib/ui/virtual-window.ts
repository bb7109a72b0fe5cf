/**
 * Which rows of a long list to render: the ones in view plus a few either side, and the
 * blank space standing in for the rest. Pure, so the arithmetic is tested apart from the DOM.
 */
export type VirtualWindow = {
	/** First rendered row (inclusive). */
	start: number;
	/** Last rendered row (exclusive). */
	end: number;
	/** Height of the space above the first rendered row, in pixels. */
	before: number;
	/** Height of the space below the last rendered row, in pixels. */
	after: number;
};

export function virtualWindow(options: {
	count: number;
	/** Height of one row including the gap to the next, in pixels. */
	rowHeight: number;
	scrollTop: number;
	viewportHeight: number;
	/** Rows rendered beyond each edge of the view, so Tab and scrolling never meet a gap. */
	overscan: number;
}): VirtualWindow {
	const count = Math.max(0, Math.floor(options.count));
	const rowHeight = options.rowHeight > 0 ? options.rowHeight : 1;
	const scrollTop = Number.isFinite(options.scrollTop) ? Math.max(0, options.scrollTop) : 0;
	const viewportHeight = Number.isFinite(options.viewportHeight)
		? Math.max(0, options.viewportHeight)
		: 0;
	const overscan = Math.max(0, Math.floor(options.overscan));
	const firstVisible = Math.min(count, Math.floor(scrollTop / rowHeight));
	const lastVisible = Math.min(count, Math.ceil((scrollTop + viewportHeight) / rowHeight));
	const start = Math.max(0, Math.min(firstVisible, count - 1) - overscan);
	const end = Math.min(count, Math.max(lastVisible, start + 1) + overscan);
	return {
		start: Math.min(start, end),
		end,
		before: Math.min(start, end) * rowHeight,
		after: (count - end) * rowHeight
	};
}

/** The scroll position that brings a row into view, moving as little as possible. */
export function scrollToReveal(options: {
	row: number;
	rowHeight: number;
	scrollTop: number;
	viewportHeight: number;
}): number {
	const top = options.row * options.rowHeight;
	const bottom = top + options.rowHeight;
	if (top < options.scrollTop) return top;
	if (bottom > options.scrollTop + options.viewportHeight)
		return Math.max(0, bottom - options.viewportHeight);
	return options.scrollTop;
}
