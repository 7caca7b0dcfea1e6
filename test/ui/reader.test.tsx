import {render as inkRender} from 'ink-testing-library';
import {act} from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {emptyProgress} from '../../src/game/progress.js';
import {createGameStore, type GameOptions} from '../../src/game/store.js';
import type {Language} from '../../src/levels/language.js';
import {ReaderApp} from '../../src/ui/reader/ReaderApp.js';
import {keys, shippedLevels} from '../support/game.js';
import {levelNumber, progressSolving} from '../support/levels.js';

let unmount: (() => Promise<void>) | undefined;
afterEach(async () => {
	await unmount?.();
	unmount = undefined;
});

/** The screen-reader game as a transcript: every line it has printed, in order. */
async function startReader(lang: Language = 'en', options: Partial<GameOptions> = {}) {
	const store = createGameStore({
		lang,
		levels: shippedLevels,
		progress: emptyProgress,
		now: () => 1_000_000,
		...options,
	});
	let view: ReturnType<typeof inkRender> | undefined;
	await act(async () => {
		view = inkRender(<ReaderApp store={store} />);
	});
	const app = view as ReturnType<typeof inkRender>;
	unmount = async () => act(async () => app.unmount());
	return {
		store,
		transcript: () => app.lastFrame() ?? '',
		press: async (...inputs: string[]) => {
			for (const input of inputs) {
				await act(async () => {
					app.stdin.write(input);
				});
			}
		},
	};
}

const boxDrawing = /[\u2500-\u257F]/;
const count = shippedLevels.length;
const passItThrough = levelNumber('add-pass-through');
const xor = levelNumber('lab-xor');
const matmulBackward = levelNumber('matmul-backward');
const layerShapes = levelNumber('layer-shapes');
/** The keys that pick a level on the menu by its number. */
const number = (n: number) => [...String(n)];

describe('screen-reader mode', () => {
	it('opens a level from the menu by its number and reads the graph one step per line', async () => {
		const {transcript, press} = await startReader();
		expect(transcript()).toContain(`Level 1 of ${count}: The weighted sum. Chapter 1, Forward pass. Not solved yet.`);
		await press(...number(passItThrough));
		expect(transcript()).toContain(
			`Level ${passItThrough} of ${count}: Pass it through. Chapter 2, Add node. Not solved yet.`,
		);
		await press(keys.enter);
		const lines = transcript().split('\n');
		expect(lines).toContain('x is an input: minus 2.');
		expect(lines).toContain('q equals x plus y: x is minus 2 and y is 5, so q is 3.');
		expect(lines).toContain('f equals q times z: q is 3 and z is minus 4, so f is minus 12.');
		expect(lines).toContain('Field 1 of 3: the gradient of f with respect to q. Empty.');
		expect(transcript()).not.toMatch(boxDrawing);
	});

	it('says the way on from the menu in words, never as "(c)", in both languages', async () => {
		const en = await startReader();
		expect(en.transcript()).toContain('Continue: The weighted sum. Press c to go there.');
		expect(en.transcript()).not.toContain('(c)');
		await unmount?.();
		const ko = await startReader('ko');
		expect(ko.transcript()).toContain('이어서 하기: 가중합. c를 누르면 그 레벨로 갑니다.');
		expect(ko.transcript()).not.toContain('(c)');
	});

	it('echoes a typed minus sign as a word while typing, in both languages', async () => {
		const en = await startReader();
		await en.press(...number(passItThrough), keys.enter, '-', '2');
		expect(en.transcript().split('\n').at(-1)).toBe('Field 1 of 3, the gradient of f with respect to q: minus 2');
		await en.press('*', '-', '4');
		expect(en.transcript().split('\n').at(-1)).toMatch(/: minus 2 times minus 4$/);
		await unmount?.();
		const ko = await startReader('ko');
		await ko.press(...number(passItThrough), keys.enter, '-', '2');
		expect(ko.transcript().split('\n').at(-1)).toBe('칸 1/3, q에 대한 f의 기울기: 마이너스 2');
	});

	it('tells H1 from h1 on the network levels: the capital is read as a capital, in both languages', async () => {
		const network = levelNumber('network-forward');
		const en = await startReader();
		await en.press(...number(network), keys.enter);
		expect(en.transcript()).toContain('capital H1 equals sigmoid of h1: h1 is asked');
		await en.press('0', '.', '3', '7', '8', keys.enter);
		expect(en.transcript()).toContain('Field 2 of 5: capital H1. Empty.');
		await unmount?.();
		const ko = await startReader('ko');
		await ko.press(...number(network), keys.enter, '0', '.', '3', '7', '8', keys.enter);
		expect(ko.transcript()).toContain('입력 칸 2/5: 대문자 H1. 비어 있음.');
	});

	it('walks the graph with the arrows: along the steps, into inputs, out to users', async () => {
		const {transcript, press} = await startReader();
		await press(...number(passItThrough), keys.enter);
		await press(keys.down, keys.down, keys.down, keys.down);
		expect(transcript()).toContain('Step 5 of 5. f equals q times z');
		await press(keys.left);
		expect(transcript()).toContain('Input 1 of 2 of f. q equals x plus y');
		await press(keys.left);
		expect(transcript()).toContain('Input 2 of 2 of f. z is an input: minus 4.');
		await press(keys.right);
		expect(transcript()).toContain('Step using z, 1 of 1. f equals q times z');
		expect(transcript()).toContain('f is the output.');
		await press('w');
		expect(
			transcript()
				.split('\n')
				.filter(l => l.startsWith('f equals q times z')).length,
		).toBeGreaterThan(0);
	});

	it('reads a gradient found so far with its node', async () => {
		const {transcript, press} = await startReader();
		await press(...number(passItThrough), keys.enter, '-', '4', keys.enter);
		await press(keys.down, keys.down, keys.down);
		expect(transcript()).toContain('Step 4 of 5. q equals x plus y');
		expect(transcript()).toContain('Found: the gradient of f with respect to q is minus 4.');
	});

	it('solves a level end to end: answers, diagnoses, the result and the next level', async () => {
		const {transcript, press, store} = await startReader();
		await press(...number(passItThrough), keys.enter, '-', '4', keys.enter);
		expect(transcript()).toContain('✓ Right.');
		expect(transcript()).toContain('Field 2 of 3: the gradient of f with respect to x. Empty.');
		await press('1', keys.enter);
		expect(transcript()).toMatch(/only the local derivative/);
		await press(keys.backspace, '-', '4', keys.enter, '-', '4', keys.enter);
		// A found gradient is read with its node.
		expect(transcript()).toContain('Press Enter for the result, the worked solution and the next level.');
		await press(keys.enter);
		expect(store.getState().screen).toBe('result');
		expect(transcript()).toContain('Level complete: Pass it through');
		expect(transcript()).toMatch(/answers checked, 0 hints, /);
		await press(keys.enter);
		expect(transcript()).toContain(
			`Level ${passItThrough + 1} of ${count}: Whatever comes from above. Chapter 2, Add node.`,
		);
		expect(transcript()).not.toMatch(boxDrawing);
	});

	it('keeps the key rules of the drawn game: Hangul and pastes are text, a hint asks first and Enter never answers it', async () => {
		const {transcript, press, store} = await startReader();
		await press(...number(passItThrough), keys.enter);
		// 효 is g then y on an English layout: here it is text, not "show the solution, yes".
		await press('효');
		expect(transcript()).toContain('“효” is Korean input, not a number');
		expect(store.getState().play?.solutionShown).toBe(false);
		await press('안녕하세요');
		expect(store.getState().overlay).toBe('none');
		await press('u', 'h');
		expect(transcript()).toContain('Show hint 1/');
		expect(transcript()).toContain('Press y to show the hint, n or Esc to go on without it.');
		await press(keys.enter);
		expect(store.getState()).toMatchObject({overlay: 'confirm-hint', play: {hintRungs: {}}});
		await press('ㅛ');
		expect(store.getState().overlay).toBe('none');
		expect(Object.values(store.getState().play?.hintRungs ?? {})).toEqual([1]);
		expect(transcript()).toMatch(/Hint 1\//);
	});

	it('reads the keys of a screen as a list with ?, and the saved setting with s', async () => {
		const saved: boolean[] = [];
		const {transcript, press} = await startReader('en', {
			screenReader: {on: true, save: on => void saved.push(on)},
		});
		await press('?');
		expect(transcript()).toContain('Enter: open the level');
		expect(transcript()).toContain('s: screen-reader mode: on from the next start (press s to turn it off)');
		await press('s');
		expect(saved).toEqual([false]);
		expect(transcript()).toContain('screen-reader mode: off (press s to turn it on');
	});

	it('says why p starts no practice before a chapter is finished', async () => {
		const {transcript, press} = await startReader();
		await press('p');
		expect(transcript()).toContain('Nothing to practise yet: finish a chapter first');
	});

	it('reads the practice overview from the menu, due concepts first', async () => {
		const {transcript, press} = await startReader('en', {progress: progressSolving(['add-node'])});
		await press('o');
		expect(transcript()).toContain('Practice overview');
		expect(transcript()).toContain('1 of 1 concept due now, weakest first.');
		expect(transcript()).toContain('add node, due now\nnot practised yet');
		expect(transcript()).toContain('Enter goes back to the menu, p practises what is due.');
	});

	it('reads a lab in words: its status on request and as it trains', async () => {
		const {transcript, press} = await startReader('en', {reducedMotion: true});
		await press(...number(xor), keys.enter);
		expect(transcript()).toContain(`Level ${xor} of ${count}: Learn XOR.`);
		expect(transcript()).toMatch(/Step 0, loss .*; goal: loss below/);
		await press(' ');
		expect(transcript()).toMatch(/Step 10, loss [0-9.]+, (falling|nearly flat|rising); goal/);
		await press('w');
		expect(
			transcript()
				.split('\n')
				.filter(l => l.startsWith('Step 10,')).length,
		).toBe(2);
		// w also reads XOR's table, row by row, and how many it gets right.
		expect(transcript()).toMatch(/Inputs 0 and 1: output [0-9.]+, target 1, (right|wrong)\./);
		expect(transcript()).toMatch(/[0-4] of 4/);
		expect(transcript()).not.toMatch(boxDrawing);
	});

	it('speaks Korean, with minus as a word', async () => {
		const {transcript, press} = await startReader('ko');
		await press(...number(passItThrough), keys.enter);
		expect(transcript()).toContain('x는 입력이고 값은 마이너스 2입니다.');
		expect(transcript()).toContain('입력 칸 1/3: q에 대한 f의 기울기. 비어 있음.');
		await press('-', '4', keys.enter);
		expect(transcript()).toContain('입력 칸 2/3: x에 대한 f의 기울기. 비어 있음.');
	});

	it('reads a find-the-bug table row by row, picks a row with the arrows, then asks for its gradient', async () => {
		const bug = levelNumber('bug-multiply-backward');
		const {transcript, press} = await startReader();
		await press(...number(bug), keys.enter);
		expect(transcript()).toContain('The backward pass, in 5 rows, output first:');
		expect(transcript()).toContain('Row 1 of 5: f, value minus 12, no local derivative, gradient 1.');
		// The field would name the wrong row: it is not announced before the row is picked.
		expect(transcript()).not.toContain('Field 1 of 1');
		await press(keys.down, keys.down);
		expect(transcript().split('\n').at(-2)).toMatch(/^Row 3 of 5: z,/);
		await press(keys.enter);
		expect(transcript().replace(/\n/g, ' ')).toMatch(
			/Not there: the z row follows from the rows above it.*\(minus 1 star\)/,
		);
		await press(keys.up, keys.enter);
		expect(transcript()).toContain('Found it: the gradient of q is wrong');
		expect(transcript()).toContain('Field 1 of 1: the gradient of f with respect to q. Empty.');
		expect(transcript()).not.toMatch(boxDrawing);
	});

	it('reads the numbers a gradient check gives', async () => {
		const {transcript, press} = await startReader();
		await press(...number(levelNumber('gradcheck-kink')), keys.enter);
		expect(transcript()).toMatch(/Given: h = [0-9.]+/);
	});

	it("takes a formula answer typed in the step's names, w included", async () => {
		const {transcript, press} = await startReader();
		await press(...number(levelNumber('derive-neuron')), keys.enter);
		expect(transcript()).toContain('Field 1 of 3: the gradient of e with respect to a. Empty.');
		await press(...'a - t', keys.enter);
		expect(transcript()).toContain('✓ Right.');
		await press(keys.tab);
		await press('w');
		expect(transcript()).toMatch(/Field 3 of 3, the gradient of z with respect to w: w$/);
	});

	it('reads a matrix level: steps with their shapes, matrices row by row, each cell with its row and column', async () => {
		const {transcript, press} = await startReader();
		await press(...number(matmulBackward), keys.enter);
		const lines = transcript().split('\n');
		expect(lines).toContain('Y equals X matrix times W: X is 2 by 3 and W is 3 by 2; so Y is 2 by 2.');
		expect(lines).toContain('X, 2 by 3. row 1: 1, 2, 0; row 2: 0, 1, minus 1.');
		expect(lines).toContain('W, 3 by 2. row 1: 1, minus 1; row 2: 0, 2; row 3: 1, 1.');
		// An asked gradient is read with each cell still to find.
		expect(transcript()).toMatch(
			/the gradient of L with respect to X, 2 by 3\. row 1: to find, to find, to find;\s+row 2:/,
		);
		expect(lines).toContain('Field 1 of 12: the gradient of L with respect to X, row 1, column 1. Empty.');
		expect(lines).toContain('Field 1 of 12, the gradient of L with respect to X, row 1, column 1:');
		// The arrows move between cells, as on screen.
		await press(keys.right);
		expect(transcript()).toContain('Field 2 of 12: the gradient of L with respect to X, row 1, column 2. Empty.');
		await press(keys.down);
		expect(transcript()).toContain('Field 5 of 12: the gradient of L with respect to X, row 2, column 2. Empty.');
		expect(transcript()).not.toMatch(boxDrawing);
	});

	it('reads a shape field as its rows and columns, in Korean too', async () => {
		const {transcript, press} = await startReader('ko');
		await press(...number(layerShapes), keys.enter);
		expect(transcript()).toContain('입력 칸 1/6: Y의 행 수. 비어 있음.');
		expect(transcript()).toContain('X는 2행 3열');
		await press(keys.right);
		expect(transcript()).toContain('입력 칸 2/6: Y의 열 수. 비어 있음.');
	});
});
