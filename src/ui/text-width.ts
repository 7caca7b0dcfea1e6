import stringWidth from 'string-width';
import {memoized} from './memo.js';

/** Columns a string takes in a terminal: Hangul and other wide characters count two. */
export function displayWidth(text: string): number {
	// Plain ASCII is as wide as it is long; anything else is measured once and remembered.
	return printableAscii.test(text) ? text.length : measured(text);
}

const printableAscii = /^[\x20-\x7e]*$/;
const measured = memoized(text => stringWidth(text));

/** Pads with spaces on the right to a display width (never truncates). */
export function padEndToWidth(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Pads with spaces on the left to a display width (never truncates). */
export function padStartToWidth(text: string, width: number): string {
	return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Cuts a string to at most `width` columns, ending with `ending` (…) when it had to cut. */
export function truncateToWidth(text: string, width: number, ending = '…'): string {
	if (displayWidth(text) <= width) return text;
	// One pass, a character at a time. Summing per-character widths can only
	// overestimate a cluster such as an emoji sequence, so the cut never overflows.
	const room = width - displayWidth(ending);
	let used = 0;
	let end = 0;
	for (const ch of text) {
		used += displayWidth(ch);
		if (used > room) break;
		end += ch.length;
	}
	return `${text.slice(0, end)}${ending}`;
}
