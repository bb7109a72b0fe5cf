/**
 * Are the quotes in geo/ verbatim from their articles? A quote must be an exact substring of
 * the article's text, modulo whitespace: line breaks, runs of spaces and no-break spaces
 * (U+00A0, common in text saved from web pages) all count as one space. Nothing else is
 * forgiven: curly and straight quotation marks, dashes and case must match.
 *
 * Pure and import-free, so that scripts/check-quotes.js can load it on plain Node.
 */

/** Every run of whitespace (U+00A0 and the other Unicode spaces included) as one space, trimmed. */
export function normalizeWhitespace(text: string): string {
	// \s covers U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000 and U+FEFF as well as ASCII.
	return text.replace(/\s+/gu, ' ').trim();
}

export type QuoteMatch =
	| { found: true; offset: number }
	| {
			found: false;
			/** The longest start of the quote that the text does contain. */
			matchedStart: string;
			/** The rest of the quote, from the first character the text does not have there. */
			unmatchedRest: string;
	  };

/**
 * Looks for `quote` in `text`, both with whitespace normalised. `offset` is where it starts in
 * the normalised text. When it is missing, says how far it does match, to show the slip.
 */
export function findQuote(quote: string, text: string): QuoteMatch {
	const [needle, haystack] = [normalizeWhitespace(quote), normalizeWhitespace(text)];
	if (needle === '') throw new Error('Invalid input to findQuote: the quote is empty');
	const offset = haystack.indexOf(needle);
	if (offset >= 0) return { found: true, offset };
	// The longest prefix found: a prefix of a found prefix is found, so search by halves.
	let [low, high] = [0, needle.length - 1];
	while (low < high) {
		const middle = Math.ceil((low + high) / 2);
		if (haystack.includes(needle.slice(0, middle))) low = middle;
		else high = middle - 1;
	}
	return { found: false, matchedStart: needle.slice(0, low), unmatchedRest: needle.slice(low) };
}
