import {describe, expect, it} from 'vitest';
import {lastTop, noPage, pageStep, scrolledTop, shownTop} from '../../src/game/reading.js';

describe('a scrolling page', () => {
	const page = {lines: 30, rows: 10};

	it('shows the first line asked for, kept within the page as laid out now', () => {
		expect(lastTop(page)).toBe(20);
		expect(shownTop(5, page)).toBe(5);
		expect(shownTop(25, page)).toBe(20);
		expect(shownTop(-3, page)).toBe(0);
		// Taller than its lines, or no page at all: it starts at the top.
		expect(shownTop(25, {lines: 8, rows: 10})).toBe(0);
		expect(shownTop(25, noPage)).toBe(0);
	});

	it('scrolls on from what shows, so a line asked for past the end costs no keys to come back', () => {
		expect(scrolledTop(25, -1, page)).toBe(19);
		expect(scrolledTop(19, 5, page)).toBe(20);
		expect(scrolledTop(7, Number.POSITIVE_INFINITY, page)).toBe(20);
		expect(scrolledTop(7, Number.NEGATIVE_INFINITY, page)).toBe(0);
	});

	it('turns a screen at a time, keeping one line in view', () => {
		expect(pageStep(page)).toBe(9);
		expect(pageStep({lines: 5, rows: 1})).toBe(1);
	});
});
