import {describe, expect, it} from 'vitest';
import {keys, shippedLevels, startGame} from '../support/game.js';
import {progressSolving} from '../support/levels.js';

const end = '\u001B[F';

/** The lines a scrolling page says it shows, from its title: `lines 3–18 of 30`. */
function shown(frame: string): {from: number; to: number; of: number} | undefined {
	const [, from, to, of] = /lines (\d+)–(\d+) of (\d+)/.exec(frame) ?? [];
	return from === undefined ? undefined : {from: Number(from), to: Number(to), of: Number(of)};
}

type Game = Awaited<ReturnType<typeof startGame>>;

/**
 * On a page longer than a 60×20 screen: scrolling past the end moves nothing and
 * the first key back moves up at once; a taller terminal keeps the end at the
 * bottom; back at the first size, the page shows what it showed before, and a
 * key scrolls on from what is on screen.
 */
async function scrollAndResize(game: Game, rowsAbove: number) {
	const small = rowsAbove;
	const first = shown(game.frame());
	expect(first?.from).toBe(1);
	const total = first?.of ?? 0;
	// Tall enough that a 30-row terminal still scrolls.
	expect(total).toBeGreaterThan(30);
	await game.press(end, keys.down, keys.down, 'j');
	expect(shown(game.frame())).toEqual({from: total - small + 1, to: total, of: total});
	await game.press(keys.up);
	expect(shown(game.frame())).toEqual({from: total - small, to: total - 1, of: total});
	await game.press(end);
	const tall = small + 10;
	await game.resize(60, 30);
	expect(shown(game.frame())).toEqual({from: total - tall + 1, to: total, of: total});
	await game.press(keys.up);
	expect(shown(game.frame())).toEqual({from: total - tall, to: total - 1, of: total});
	// Back to 60×20: the first line asked for fits again, so it shows again.
	await game.resize(60, 20);
	expect(shown(game.frame())).toEqual({from: total - tall, to: total - tall + small - 1, of: total});
	await game.press(keys.down);
	expect(shown(game.frame())).toEqual({from: total - tall + 1, to: total - tall + small, of: total});
	for (const line of game.frame().split('\n')) expect(line.length).toBeLessThanOrEqual(60);
}

describe('a scrolling page follows the terminal it is drawn on', () => {
	it('the reading overlay: past the end and back, and a resize while reading', async () => {
		const game = await startGame({startLevel: 'network-hidden-paths', columns: 60, rows: 20});
		await game.press('g', 'y', 'i');
		expect(game.frame()).toContain('Explanation: Green plus red');
		// Title and rule above, footer below, in 19 rows.
		await scrollAndResize(game, 16);
		await game.press(keys.escape);
		expect(game.frame()).toContain('Enter results · i explanation');
	});

	it('the practice overview: past the end and back, and a resize while reading', async () => {
		const chapters = [...new Set(shippedLevels.map(l => l.chapter.id))];
		const game = await startGame({progress: progressSolving(chapters), columns: 60, rows: 20});
		await game.press('o');
		expect(game.frame()).toContain('Practice overview');
		// Title, rule and a blank line above, footer below, in 19 rows.
		await scrollAndResize(game, 15);
		await game.press(keys.enter);
		expect(game.frame()).toContain('Practice:');
	});
});
