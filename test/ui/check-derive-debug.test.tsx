// The three kinds of "Check, derive, debug" on screen, played by keys at 80×24.
import {describe, expect, it} from 'vitest';
import {keys, startGame} from '../support/game.js';

/** The frame's lines joined, so a wrapped message reads as one. */
const flat = (frame: string) =>
	frame
		.split('\n')
		.map(line => line.trim())
		.join(' ');

describe('a derive level on screen', () => {
	it('lists the names each field accepts and answers a formula right only where it holds everywhere', async () => {
		const {frame, type, press} = await startGame({startLevel: 'derive-tanh'});
		expect(frame()).toContain('▸ ∂a/∂z = [▏                     ] in z, a');
		await type('1 - a');
		await press(keys.enter);
		expect(flat(frame())).toContain('✗ 1 − a is not the slope of tanh');
		await press('u');
		await type('0.786');
		await press(keys.enter);
		expect(flat(frame())).toContain(
			'✗ That is one number, but ∂a/∂z is not the same at every point. Write it as a formula in z, a.',
		);
		await press('u');
		await type('1 - tanh(z)^2');
		await press(keys.enter);
		expect(frame()).toContain('∂a/∂z = [1 - tanh(z)^2         ] ✓');
		expect(frame()).toContain('✓ Solved!');
	});
});

describe('a gradient check on screen', () => {
	it('gives h and the forward values, and takes the verdict as a word', async () => {
		const {frame, type, press} = await startGame({startLevel: 'gradcheck-cube'});
		expect(frame()).toContain('Given: h = 0.01 · f(x+h) = 8.120601 · f(x−h) = 7.880599');
		for (const answer of ['12', '12.0001', '8.33e-6']) {
			await type(answer);
			await press(keys.enter);
		}
		expect(frame()).toContain('▸ r < 0.0001 ?                        = [▏             ] pass / fail');
		await type('fail');
		await press(keys.enter);
		expect(flat(frame())).toContain('✗ A relative error of 8.33×10⁻⁶ is under 0.0001: the check passes.');
		await press('u');
		await type('pass');
		await press(keys.enter);
		expect(frame()).toContain('✓ Solved!');
	});
});

describe('a gradient check’s verdict in Korean', () => {
	it('shows 통과 / 실패, says what the field takes, and reads 통과, 실패 and pass typed with a Korean layout', async () => {
		const {frame, type, press} = await startGame({startLevel: 'gradcheck-cube', lang: 'ko'});
		for (const answer of ['12', '12.0001', '8.33e-6']) {
			await type(answer);
			await press(keys.enter);
		}
		expect(frame()).toContain('= [▏             ] 통과 / 실패');
		const takes = '이 칸에는 통과 또는 실패 가운데 하나를 입력하세요. pass, fail도 됩니다.';
		await press(keys.enter);
		expect(flat(frame())).toContain(takes);
		await press('맞음');
		await press(keys.enter);
		expect(flat(frame())).toContain(takes);
		await press('u', '실패', keys.enter);
		expect(flat(frame())).toContain('검사는 통과(pass)입니다.');
		// Typed with the Korean layout still on, p-a-s-s arrives as ㅔㅁㄴㄴ.
		await press('u', 'ㅔ', 'ㅁ', 'ㄴ', 'ㄴ');
		expect(frame()).toContain('= [ㅔㅁㄴㄴ▏');
		await press(keys.enter);
		expect(frame()).toContain('= [통과          ] ✓');
		expect(frame()).toContain('✓ 해결!');
	});

	it('takes 통과 as one word from the input method', async () => {
		const {frame, type, press} = await startGame({startLevel: 'gradcheck-cube', lang: 'ko'});
		for (const answer of ['12', '12.0001', '8.33e-6']) {
			await type(answer);
			await press(keys.enter);
		}
		await press('통과', keys.enter);
		expect(frame()).toContain('= [통과          ] ✓');
		expect(frame()).toContain('✓ 해결!');
	});

	it('takes f-a-i-l typed with a Korean layout on the kink, where the check fails', async () => {
		const {frame, type, press} = await startGame({startLevel: 'gradcheck-kink', lang: 'ko'});
		for (const answer of ['0', '0.002', '0', '1', '1']) {
			await type(answer);
			await press(keys.enter);
		}
		await press('ㄹ', 'ㅁ', 'ㅑ', 'ㅣ', keys.enter);
		expect(frame()).toContain('✓ 해결!');
	});
});

describe('a gradient check’s verdict in English', () => {
	it('names the two words for anything else, and takes them in any case', async () => {
		const {frame, type, press} = await startGame({startLevel: 'gradcheck-kink'});
		for (const answer of ['0', '0.002', '0', '1', '1']) {
			await type(answer);
			await press(keys.enter);
		}
		expect(frame()).toContain('pass / fail');
		await type('maybe');
		await press(keys.enter);
		expect(flat(frame())).toContain('This field takes one word: pass or fail. (No attempt used.)');
		await press('u');
		await type('FAIL');
		await press(keys.enter);
		expect(frame()).toContain('✓ Solved!');
	});
});

describe('a find-the-bug level on screen', () => {
	it('moves a cursor over the table, opens the planted row, and names the mistake once it is fixed', async () => {
		const {frame, type, press, store} = await startGame({startLevel: 'bug-multiply-backward'});
		expect(frame()).toContain('  ▸ f     -12    —                 1');
		// Until the row is found the keys pick a row, and the footer says so.
		expect(frame().split('\n').at(-1)).toMatch(/^\s*↑↓ row · Enter pick · h hint/);
		await press(keys.down, keys.down, keys.enter);
		expect(flat(frame())).toContain('✗ Not there: the z row follows from the rows above it');
		expect(store.getState().play?.hintsShown).toBe(1);
		await press(keys.up, keys.enter);
		// The bug lives in q's backward rule: its local derivative is q's own value, and its gradient follows from it.
		expect(frame()).toContain('  ✗ q     3      ∂f/∂q = 3         3');
		expect(frame()).not.toContain('∂f/∂q = -4');
		expect(flat(frame())).toContain('✓ Found it: the q row breaks a rule');
		expect(frame().split('\n').at(-1)).toMatch(/^\s*Enter check · Tab next/);
		await type('-4');
		await press(keys.enter);
		expect(flat(frame())).toContain('✓ Solved! The planted mistake, as a learner who made it would hear it:');
		expect(flat(frame())).toContain('✗ That is q itself. In f, q is multiplied by z');
	});
});
