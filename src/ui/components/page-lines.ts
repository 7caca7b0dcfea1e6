// A scrolling page's lines wrapped to the screen, worked out the same way for
// drawing the page and for the scroll keys, which need to know how long it is.

import type {PageLayout} from '../../game/reading.js';
import {wrapLines} from '../text-wrap.js';

/** A line of a page: a detail line starts with two spaces and wraps indented under its heading. */
export type PageLine = {readonly text: string; readonly bold?: boolean; readonly color?: string | undefined};

/** The page's lines wrapped to `width`; a detail line's continuation is indented a little more than its first line. */
export function wrapPage(lines: readonly PageLine[], width: number): PageLine[] {
	return lines.flatMap(line => {
		if (!line.text.startsWith('  ')) return wrapLines(line.text, width).map(text => ({...line, text}));
		return wrapLines(line.text.trimStart(), Math.max(10, width - 4)).map((text, i) => ({
			...line,
			text: `${i === 0 ? '  ' : '    '}${text}`,
		}));
	});
}

/** The lines a page shows at once: title, rule and a blank line are above, the footer below. */
export function pageRowsShown(height: number): number {
	return Math.max(1, height - 4);
}

/** A page of these lines as laid out at this size. */
export function pageLayout(lines: readonly PageLine[], width: number, height: number): PageLayout {
	return {lines: wrapPage(lines, width).length, rows: pageRowsShown(height)};
}
