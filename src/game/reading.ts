// Where a scrolling page (a reading overlay, the practice summary and
// overview) is: the store keeps the first line the player asked for, and the
// lines shown follow from it and the page as it is laid out now. A resize
// never writes back; scrolling starts from what is on screen.

/** A page as laid out for the terminal now: how many lines it has, and how many show at once. */
export type PageLayout = {readonly lines: number; readonly rows: number};

/** A page with nothing to scroll, for a screen that has no page. */
export const noPage: PageLayout = {lines: 0, rows: 1};

/** The last first line: the one that shows the page's end at the bottom. */
export function lastTop(page: PageLayout): number {
	return Math.max(0, page.lines - Math.max(1, page.rows));
}

/** The first line shown: the one asked for, kept within the page. */
export function shownTop(top: number, page: PageLayout): number {
	return Math.min(Math.max(0, top), lastTop(page));
}

/** The first line after scrolling by `lines` from what shows now; ±Infinity goes to the start or the end. */
export function scrolledTop(top: number, lines: number, page: PageLayout): number {
	return shownTop(shownTop(top, page) + lines, page);
}

/** A screen's worth of lines, less one that stays in view to read on from. */
export function pageStep(page: PageLayout): number {
	return Math.max(1, page.rows - 1);
}
