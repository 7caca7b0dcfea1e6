import {describe, expect, it} from 'vitest';
import {labUnits} from '../../src/game/lab/units.js';
import {messages} from '../../src/ui/strings.js';
import {type StartOptions, startGame} from '../support/game.js';
import {levelById} from '../support/levels.js';

/** A lab opened directly, its η dialled `presses` steps up, then trained until it stops. */
async function stallAt(levelId: string, presses: number, options: StartOptions = {}) {
	const game = await startGame({startLevel: levelId, ...options});
	await game.press(...Array.from({length: presses}, () => '+'));
	// s steps one at a time; a stall pauses the run where it happens.
	for (let i = 0; i < 60 && game.store.getState().lab?.status !== 'stalled'; i++) await game.press('s');
	expect(game.store.getState().lab?.status).toBe('stalled');
	return game.frame().replace(/\s*\n\s*/g, ' ');
}

describe('a stalled lab blames only what its network has', () => {
	it('the notes’ network, all sigmoids, stalls at the top of the dial: flat sigmoids, no ReLU', async () => {
		const frame = await stallAt('lab-notes-network', 100);
		expect(frame).toContain('⏸ Stalled at loss');
		expect(frame).toContain('Flat sigmoids or a plateau.');
		expect(frame).not.toContain('ReLU');
	});

	it('the same stall in Korean names the sigmoid and no ReLU', async () => {
		const frame = await stallAt('lab-notes-network', 100, {lang: 'ko'});
		expect(frame).toContain('시그모이드가 평평한 구간에 빠졌거나 고원에 머물러 있습니다.');
		expect(frame).not.toContain('ReLU');
	});

	it('each lab names its own activations', () => {
		expect(labUnits(levelById('lab-notes-network').spec)).toEqual(['sigmoid']);
		expect(labUnits(levelById('lab-xor').spec)).toEqual(['tanh', 'sigmoid']);
		expect(labUnits(levelById('lab-moons').spec)).toEqual(['relu']);
		expect(labUnits(levelById('lab-spiral').spec)).toEqual(['tanh']);
		expect(labUnits(levelById('descent-one-weight').spec)).toEqual([]);
	});

	it('the message follows the list, in both languages', () => {
		const [en, ko] = [messages('en').lab, messages('ko').lab];
		expect(en.stalled('0.3', 30, '1', ['relu'], 'loss')).toContain('Dead ReLUs or a plateau.');
		expect(en.stalled('0.3', 30, '1', ['tanh', 'sigmoid'], 'loss')).toContain(
			'Saturated tanh neurons, flat sigmoids or a plateau.',
		);
		expect(en.stalled('0.3', 30, '1', [], 'loss')).toContain('A plateau: the slope is nearly flat here.');
		expect(ko.stalled('0.3', 30, '1', ['relu'], 'loss')).toContain('죽은 ReLU가 생겼거나 고원에 머물러 있습니다.');
		expect(ko.stalled('0.3', 30, '1', ['tanh', 'sigmoid'], 'loss')).toContain(
			'tanh나 시그모이드가 평평한 구간에 빠졌거나',
		);
		// The note's network and one weight train on the error E of one example: Korean calls it 오차, not 손실.
		expect(ko.stalled('0.49', 30, '150', ['sigmoid'], 'error')).toMatch(/^⏸ 오차가 0\.49에서 멈췄습니다/);
		expect(ko.overBudget(150, 'error')).toContain('오차는 아직 줄고 있습니다');
		expect(ko.overBudget(150, 'loss')).toContain('손실은 아직 줄고 있습니다');
		expect(ko.divergedExploded('1.2', 'error')).toContain('오차가 처음의 10배를 넘었습니다');
		for (const text of [en.stalled('0.3', 30, '1', ['tanh'], 'loss'), ko.stalled('0.3', 30, '1', ['tanh'], 'loss')]) {
			expect(text).not.toMatch(/ReLU|sigmoid|시그모이드/);
		}
	});
});
