import {afterEach, describe, expect, it} from 'vitest';
import {keys, renderGame} from './render.js';

let unmount: (() => Promise<void>) | undefined;
afterEach(async () => {
	await unmount?.();
	unmount = undefined;
});

async function lab(levelId: string, options: Parameters<typeof renderGame>[0] = {}) {
	const game = await renderGame({startLevel: levelId, ...options});
	unmount = game.unmount;
	return game;
}

describe('the lab', () => {
	it('s takes one step and the numbers update', async () => {
		const {frame, press} = await lab('descent-one-weight');
		expect(frame()).toContain('step 0 · loss 25 · η 0.05');
		expect(frame()).toContain('w = 8');
		await press('s');
		// The loss shown is E at the weight shown.
		expect(frame()).toContain('step 1 · loss 20.25 · η 0.05');
		expect(frame()).toContain('w = 7.5');
		expect(frame()).toContain('E(w) = 20.25');
		expect(frame()).toContain('slope > 0: the step moves w');
	});

	it('space starts and pauses the run', async () => {
		const {frame, press} = await lab('lab-xor');
		await press(' ');
		expect(frame()).toContain('▶ training…');
		await press(' ');
		expect(frame()).toContain('⏸ paused');
	});

	it('+ raised many times leads to a clear "diverged", r resets, and nothing shows NaN', async () => {
		const {frame, press} = await lab('descent-one-weight');
		await press(...Array.from({length: 12}, () => '+'));
		expect(frame()).toContain('η 1.5');
		await press('s', 's', 's', 's', 's');
		expect(frame()).toContain('✗ Diverged: the loss grew past ten times its start (η = 1.5).');
		expect(frame()).not.toMatch(/NaN|Infinity/);
		await press('r');
		expect(frame()).toContain('step 0 · loss 25 · η 1.5');
		// Back down the dial: 1.01, 1, 0.9, 0.7, 0.5, 0.3, 0.2, 0.15, 0.1, 0.07 and the start again.
		await press(...Array.from({length: 11}, () => '-'));
		expect(frame()).toContain('η 0.05');
	});

	it('a hint costs a star in a lab too', async () => {
		const {frame, press, store} = await lab('descent-one-weight');
		await press('h', ...Array.from({length: 6}, () => '+'), 's');
		expect(frame()).toContain('✓ Goal reached at step 1: ★★☆');
		expect(store.getState().lastOutcome?.stars).toBe(2);
	});

	it('says 발산 in Korean', async () => {
		const {frame, press} = await lab('descent-one-weight', {lang: 'ko'});
		await press(...Array.from({length: 12}, () => '+'), 's', 's', 's', 's');
		expect(frame()).toContain('✗ 발산했습니다');
	});

	it('l toggles the log axis', async () => {
		const {frame, press} = await lab('lab-xor');
		await press('s', 's', 'l');
		expect(frame()).toContain('log axis');
	});

	it('shows the weights and gradients of the 2-2-2 network', async () => {
		const {frame, press} = await lab('lab-notes-network');
		expect(frame()).toContain('weight    value     ∂E/∂w');
		// Before any step: the notes' worked example, ∂E/∂w21 ≈ 0.082167 and ∂E/∂w11 ≈ 0.000438568.
		expect(frame()).toMatch(/w21\s+0\.4\s+0\.08217/);
		expect(frame()).toMatch(/w11\s+0\.15\s+0\.0004386/);
		await press('s');
		// One step of η = 0.5 later: w21 − 0.5 · 0.08217 = 0.3589, and the slope there.
		expect(frame()).toMatch(/w21\s+0\.3589\s+0\.08\d+/);
		expect(frame()).toContain('step 1 ·');
	});

	it('draws the decision map for the moons', async () => {
		const {frame} = await lab('lab-moons');
		expect(frame()).toContain('░ says +1 · x is +1 · o is −1');
		expect(frame()).toMatch(/[xo]/);
		// Before any step the curve already has its starting point.
		expect(frame()).toContain('step 0 · loss 1.658');
		expect(frame()).toMatch(/1\.66 ┤●/);
	});

	it('cuts a long intro to two lines that point to the i key', async () => {
		const {frame} = await lab('lab-moons');
		const lines = frame().split('\n');
		const pointer = lines.findIndex(line => line.trimEnd().endsWith('…(i)'));
		expect(pointer).toBe(3);
		expect(lines[pointer]?.length).toBeLessThanOrEqual(80);
	});

	it('with reduced motion, space takes ten steps instead of animating', async () => {
		const {frame, press} = await lab('descent-one-weight', {reducedMotion: true});
		await press(' ');
		expect(frame()).toContain('step 10 ·');
		expect(frame()).not.toContain('▶ training…');
	});

	it('reaching the goal earns stars and Enter shows the result', async () => {
		const {frame, press, store} = await lab('descent-one-weight');
		await press('+', '+', '+', '+');
		for (let i = 0; i < 8; i++) await press('s');
		expect(frame()).toMatch(/✓ Goal reached at step \d+: ★★★/);
		await press(keys.enter);
		expect(frame()).toContain('Level complete: Roll down the curve');
		expect(store.getState().progress.levels['descent-one-weight']?.stars).toBe(3);
	});
});
