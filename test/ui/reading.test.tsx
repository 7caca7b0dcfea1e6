import {act} from 'react';
import {describe, expect, it} from 'vitest';
import {formatNumber} from '../../src/levels/format.js';
import {isTrainingLevel, type Level} from '../../src/levels/loader.js';
import {keys, shippedLevels, startGame} from '../support/game.js';
import {levelById} from '../support/levels.js';

type Game = Awaited<ReturnType<typeof startGame>>;

/** The frame as one line, for text that wraps. */
const flat = (frame: string) => frame.replace(/\s+/g, ' ');
const pageDown = '\u001B[6~';
const home = '\u001B[H';

async function solveByTyping(game: Game, level: Level) {
	for (const field of level.fields) {
		await game.type(formatNumber(field.expected, 8));
		await game.press(keys.enter);
	}
}

/** Trains a lab to its goal, one step per key s. */
async function trainToGoal(game: Game) {
	await act(async () => {
		for (let i = 0; i < 5000 && game.store.getState().lab?.status !== 'goal'; i++) game.store.getState().labStep();
	});
	expect(game.store.getState().lab?.status).toBe('goal');
}

/** Pages through the open reading overlay from the top and returns every frame seen. */
async function readAll(game: Game): Promise<string[]> {
	await game.press(home);
	const frames = [game.frame()];
	for (let i = 0; i < 30; i++) {
		await game.press(pageDown);
		if (game.frame() === frames.at(-1)) break;
		frames.push(game.frame());
	}
	return frames;
}

describe('explanations stay readable after solving', () => {
	it('a solved level whose explanation does not fit shows its start and i opens all of it', async () => {
		const base = levelById('mul-swap');
		const long = Array.from({length: 12}, (_, i) => `Sentence ${i + 1} of a long explanation.`).join(' ');
		const level: Level = {...base, spec: {...base.spec, explain: {en: long, ko: long}}};
		const game = await startGame({levels: [level], startLevel: level.id, columns: 60, rows: 20});
		await solveByTyping(game, level);
		expect(game.frame()).toContain('Why: Sentence 1 of a long explanation.');
		expect(game.frame()).toContain('… i: read it all');
		expect(flat(game.frame())).not.toContain('Sentence 12');
		expect(game.frame()).toContain('Enter results · i explanation');
		await game.press('i');
		expect(game.frame()).toContain('Explanation: Swap the inputs');
		expect(flat(game.frame())).toContain('Sentence 12 of a long explanation.');
		await game.press('i');
		expect(game.frame()).toContain('3. Multiply node › Swap the inputs');
	});

	it('a long explanation scrolls, says where it is, and shows the keys to scroll', async () => {
		const game = await startGame({startLevel: 'network-hidden-paths', columns: 60, rows: 20});
		await game.press('g', 'y', 'i');
		const lines = game.frame().split('\n');
		expect(lines[0]).toMatch(/Explanation: Green plus red: ∂E\/∂w11 {2}lines 1–16 of \d+/);
		expect(lines.at(-1)).toBe(' ↑↓ scroll · PgUp PgDn page · Esc close');
		expect(lines.length).toBeLessThanOrEqual(19);
		await game.press(keys.down, 'j');
		expect(game.frame()).toMatch(/lines 3–18 of/);
		await game.press(keys.up);
		expect(game.frame()).toMatch(/lines 2–17 of/);
		await game.press(keys.escape);
		expect(game.frame()).toContain('Enter results · i explanation');
	});

	it('the result screen shows the explanation, and i reads the rest', async () => {
		const game = await startGame({startLevel: 'mul-swap'});
		await game.type('-2');
		await game.press(keys.enter);
		await game.type('3');
		await game.press(keys.enter, keys.enter);
		expect(game.frame()).toContain('Level complete: Swap the inputs');
		expect(game.frame()).toContain('Why: ∂z/∂x = y = −2 and ∂z/∂y = x = 3.');
		expect(game.frame()).toContain('i explanation');
		await game.press('i');
		expect(game.frame()).toContain('Explanation: Swap the inputs');
		await game.press(keys.escape);
		expect(game.frame()).toContain('Level complete: Swap the inputs');
	});

	it('a replay after the solution says on the result screen that it was capped at 1 star', async () => {
		const game = await startGame({startLevel: 'mul-swap'});
		await game.press('g', 'y', keys.enter);
		expect(game.frame()).toContain('A replay now earns at most 1 star.');
		await game.press('r');
		await game.type('-2');
		await game.press(keys.enter);
		await game.type('3');
		await game.press(keys.enter, keys.enter);
		const text = flat(game.frame());
		expect(text).toContain('★☆☆ 1 star');
		expect(text).toContain("You earned 3 stars, but you saw this level's solution before: a replay earns at most 1.");
		expect(text).toContain('a replay after it at most 1');
	});

	it('a lab shows its explanation once the goal is reached, on its result screen, and in full with i', async () => {
		const game = await startGame({startLevel: 'descent-one-weight'});
		await game.press('+', '+', '+', '+');
		await trainToGoal(game);
		expect(game.frame()).toMatch(/Why: /);
		await game.press('i');
		expect(game.frame()).toContain('Explanation: Roll down the curve');
		await game.press(keys.escape, keys.enter);
		expect(game.frame()).toContain('Level complete: Roll down the curve');
		expect(game.frame()).toContain('Why: ');
	});

	// Every level, in both languages, at the smallest terminal and the usual one: page through the
	// explanation and find every word of it.
	for (const level of shippedLevels) {
		it(`${level.id}: every word of the explanation can be read in English and Korean at 60×20 and 80×24`, async () => {
			const game = await startGame({startLevel: level.id, columns: 60, rows: 20});
			if (isTrainingLevel(level)) await trainToGoal(game);
			else await game.press('g', 'y');
			await game.press('i');
			for (const lang of ['en', 'ko'] as const) {
				await act(async () => game.store.setState({lang}));
				for (const [columns, rows] of [
					[60, 20],
					[80, 24],
				] as const) {
					await game.resize(columns, rows);
					const frames = await readAll(game);
					for (const frame of frames) expect(frame.split('\n').length).toBeLessThanOrEqual(rows - 1);
					const seen = frames.join('\n');
					for (const word of level.spec.explain[lang].split(/\s+/)) expect(seen).toContain(word);
				}
			}
		});
	}
});
