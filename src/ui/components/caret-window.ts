import {displayWidth, truncateToWidth} from '../text-width.js';

/** The caret drawn in an answer box: a bar between characters, visible without colour. */
export const caretGlyph = '▏';

/** What an answer box shows around its caret: the text before and after it, cut to fit. */
export type CaretWindow = {readonly before: string; readonly after: string};

/** The end of a string that fits in `width` columns, starting with `…` when it had to cut. */
function lastColumns(text: string, width: number): string {
	if (displayWidth(text) <= width) return text;
	const chars = [...text];
	let kept = '';
	for (let i = chars.length - 1; i >= 0; i--) {
		const next = (chars[i] ?? '') + kept;
		if (displayWidth(next) > width - 1) break;
		kept = next;
	}
	return `…${kept}`;
}

/**
 * The part of a draft an answer box of `width` columns shows with the caret at
 * `at` (characters in): the caret always in view, taking one column, and as
 * much text around it as fits. A long answer shows the text just before the
 * caret, where typing goes, and `…` where it is cut.
 */
export function caretWindow(text: string, at: number, width: number): CaretWindow {
	const chars = [...text];
	const before = chars.slice(0, at).join('');
	const after = chars.slice(at).join('');
	const room = Math.max(1, width - 1);
	if (displayWidth(before) + displayWidth(after) <= room) return {before, after};
	// Past what fits, the text after the caret gets what the text before leaves, and at least a third when it is long.
	const afterRoom = Math.min(displayWidth(after), Math.max(room - displayWidth(before), Math.floor(room / 3)));
	const shownAfter = afterRoom <= 0 ? '' : truncateToWidth(after, afterRoom);
	return {before: lastColumns(before, room - displayWidth(shownAfter)), after: shownAfter};
}
