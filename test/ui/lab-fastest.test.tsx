// The lab's result screen sets the learner's η beside the fastest one on the dial.
import {act} from 'react';
import {describe, expect, it} from 'vitest';
import {keys, startGame} from '../support/game.js';
import {progressSolving} from '../support/levels.js';

/** Every chapter before the labs solved, so the menu's Continue opens the one-weight descent. */
const beforeTheLabs = progressSolving([
	'forward-pass',
	'add-node',
	'multiply-node',
	'chain-rule',
	'many-paths',
	'network',
	'weight-update',
]);

/** The frame's text with its wrapped lines joined, for sentences that wrap at 80 columns. */
const prose = (frame: string) =>
	frame
		.split('\n')
		.map(line => line.trim())
		.join(' ');

describe('the lab result and the fastest η', () => {
	it('a slower η is told the fastest one and the steps it saves', async () => {
		const game = await startGame({progress: beforeTheLabs});
		expect(game.frame()).toContain('Continue: Roll down the curve');
		await game.press(keys.enter);
		// 0.05 → 0.07 → 0.1 → 0.15 → 0.2: each step keeps 60 % of the distance 5 to the minimum, so 5·0.6⁸ < 0.1 at step 8.
		await game.press('+', '+', '+', '+');
		for (let i = 0; i < 12 && !game.frame().includes('Goal reached'); i++) await game.press('s');
		await game.press(keys.enter);
		expect(game.frame()).toContain('Goal reached at step 8 with η = 0.2.');
		await game.waitFor(() => game.store.getState().labSweep === undefined);
		expect(prose(game.frame())).toContain(
			"The dial's fastest η = 0.5 reaches the goal in 1 step, 7 fewer than your fastest run.",
		);
	});

	it('the fastest η itself is told so, in Korean too', async () => {
		const game = await startGame({progress: beforeTheLabs, lang: 'ko'});
		await game.press(keys.enter);
		await game.press('+', '+', '+', '+', '+', '+');
		await game.press('s');
		await game.press(keys.enter);
		await game.waitFor(() => game.store.getState().labSweep === undefined);
		expect(game.frame()).toContain('η = 0.5로 1단계에서 목표에 닿았습니다.');
		expect(game.frame()).toContain('고른 η가 고를 수 있는 η 가운데 가장 빨리 목표에 닿는 값입니다.');
	});

	it('the spiral lab sweeps its dial in slices: the result says so meanwhile and keys still work', async () => {
		const game = await startGame({startLevel: 'lab-spiral'});
		// η = 1 reaches the goal in 126 steps; the sweep then trains the dial from 10 down, 20 steps a slice.
		for (let i = 0; i < 10 && game.store.getState().lab?.learningRate !== 1; i++) await game.press('+');
		expect(game.frame()).toContain('η 1 ·');
		// Stepped through the store, as the lab's clock would, inside act() so the screen follows each step.
		await act(async () => {
			for (let i = 0; i < 200 && game.store.getState().lab?.status !== 'goal'; i++) game.store.getState().labStep();
		});
		await game.press(keys.enter);
		expect(game.store.getState().labSweep).toBeDefined();
		expect(prose(game.frame())).toContain('Training a fresh model at each η on the dial to find the fastest…');
		// A key while the sweep runs is answered: ? opens the help over the result.
		await game.press('?');
		expect(game.frame()).toContain('Keys');
		await game.press(keys.escape);
		await game.waitFor(() => game.store.getState().labSweep === undefined);
		expect(prose(game.frame())).toContain(
			"The dial's fastest η = 1.5 reaches the goal in 121 steps, 5 fewer than your fastest run.",
		);
	});
});
