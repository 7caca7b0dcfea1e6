import {itemAt} from '../engine/checked.js';
import {displayWidth, truncateToWidth} from './text-width.js';
import {wrapLines} from './text-wrap.js';

/**
 * Cuts text to `width` columns at a word boundary, ending with `ending`, so a
 * narrow terminal never shows half a word. A single word longer than the
 * width is cut where it must be.
 */
export function cutAtWord(text: string, width: number, ending = '…'): string {
	if (displayWidth(text) <= width) return text;
	const room = width - displayWidth(ending);
	const words = text.split(' ');
	let kept = '';
	for (const word of words) {
		const next = kept === '' ? word : `${kept} ${word}`;
		if (displayWidth(next) > room) break;
		kept = next;
	}
	if (kept === '') return truncateToWidth(text, width, ending);
	// A separator or a lone symbol left dangling at the end reads as part of the cut.
	return `${kept.replace(/[\s·:,—–-]+$/u, '')}${ending}`;
}

/** Word-wrapped to `width`, at most `rows` lines; the last one ends with `ending` when text was left out. */
export function wrapClipped(text: string, width: number, rows: number, ending = '…'): string[] {
	const lines = wrapLines(text, width);
	if (lines.length <= rows) return lines;
	if (rows <= 0) return [];
	const shown = lines.slice(0, rows);
	// Put the rest of the text back on the last line, then cut that at a word.
	const rest = lines.slice(rows - 1).join(' ');
	shown[rows - 1] = cutAtWord(rest, width, ending);
	return shown;
}

/** One item of a status line; the highest `priority` number is left out first. */
export type LineItem = {readonly text: string; readonly priority: number};

/**
 * Joins items with " · " and, while the line is too wide, leaves out the item
 * of lowest priority (the later one of equal priority), keeping the order of
 * the rest. The last item standing is cut at a word if it still does not fit.
 */
export function fitItems(items: readonly LineItem[], width: number, separator = ' · '): string {
	let kept = [...items];
	const line = () => kept.map(i => i.text).join(separator);
	while (kept.length > 1 && displayWidth(line()) > width) {
		let drop = 0;
		kept.forEach((item, i) => {
			if (item.priority >= itemAt(kept, drop).priority) drop = i;
		});
		kept = kept.filter((_, i) => i !== drop);
	}
	return cutAtWord(line(), width);
}
