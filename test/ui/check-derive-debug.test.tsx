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

describe('the slope on the other side of the kink', () => {
	it('2, relu’s rising side, is named as that, not as the local slope alone, and the message keeps 0 to itself', async () => {
		for (const [lang, words] of [
			['en', 'That is the slope on relu'],
			['ko', 'relu가 올라가는 쪽'],
		] as const) {
			const {frame, type, press, store} = await startGame({startLevel: 'gradcheck-kink', lang});
			await type('2');
			await press(keys.enter);
			const screen = flat(frame());
			// The message, from its ✗ to the footer (the drawing shows z = 0 and f = 0 anyway).
			const said = screen.slice(screen.lastIndexOf('✗'), screen.indexOf('Enter ', screen.lastIndexOf('✗')));
			expect(said).toContain(words);
			expect(store.getState().play?.feedback).toMatchObject({kind: 'wrong', mistake: {reason: 'kinkOtherSide'}});
			expect(said).not.toMatch(/(?<!z )= 0\b|is 0\b|slope 0|flat side|기울기 0|평평한 쪽/);
			expect(store.getState().play?.attempts).toBe(1);
		}
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
		// A wrong pick is a wrong answer, as the results screen counts answers, never a hint.
		expect(store.getState().play).toMatchObject({hintsShown: 0, attempts: 1, wrongAnswers: 1});
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

	it('a wrong row counts on the results screen as an answer checked, never as a hint', async () => {
		for (const [lang, line] of [
			['en', '3 answers checked · 0 hints'],
			['ko', '답 확인 3회 · 힌트 0개'],
		] as const) {
			const {frame, type, press} = await startGame({startLevel: 'bug-sigmoid-slope', lang});
			// The a row (2nd) follows from the rows above; z (3rd) is where σ stands for σ′.
			await press(keys.down, keys.enter);
			expect(flat(frame())).toContain(lang === 'en' ? '(A wrong answer.)' : '(틀린 답으로 셉니다.)');
			await press(keys.down, keys.enter);
			await type('0.0993');
			await press(keys.enter);
			await press(keys.enter);
			expect(flat(frame())).toContain(line);
			expect(flat(frame())).not.toMatch(/1 hint|힌트 1개/);
		}
	});
});
