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
const softmaxJacobian = levelNumber('softmax-jacobian');
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

	it("reads the keys of the menu with p and o, and a level's help as its keys work here, in words", async () => {
		const {transcript, press} = await startReader();
		expect(transcript().replace(/\n/g, ' ')).toContain(
			'p practises the concepts due for review, o reads the practice overview',
		);
		await press(...number(passItThrough), keys.enter, '?');
		const help = transcript().replace(/\n/g, ' ');
		// ↓ walks the graph in this mode, so the help does not call it "next field".
		expect(help).toContain('Tab and Shift-Tab: the next and the previous field.');
		expect(help).toContain('Left and right arrows: walk the graph,');
		expect(help).toContain('Up and down arrows: walk the graph along the steps;');
		expect(help).toContain('Backspace: delete the character before the caret; Delete, the one after it.');
		expect(help).not.toMatch(/Tab ↓|0-9 \. -|exp\(/);
		expect(help).toContain(
			'Digits, the point, minus, slash to divide, star to multiply, caret for a power, and brackets',
		);
		expect(help).toContain('Press g for the glossary, or any other key to close the help.');
		await unmount?.();
		const ko = await startReader('ko');
		expect(ko.transcript().replace(/\n/g, ' ')).toContain('p는 복습할 개념 연습하기, o는 연습 현황 읽기');
		await ko.press(...number(passItThrough), keys.enter, '?');
		const kohelp = ko.transcript().replace(/\n/g, ' ');
		expect(kohelp).toContain('Tab과 Shift-Tab: 다음 칸과 이전 칸으로 옮기기.');
		expect(kohelp).toContain('왼쪽, 오른쪽 화살표: 그래프 둘러보기.');
		expect(kohelp).toContain('위아래 화살표: 계산 순서대로 그래프 둘러보기.');
		expect(kohelp).not.toMatch(/Tab ↓|0-9 \. -|exp\(/);
	});

	it('reads a glossary of the sentences it speaks, not of the drawing, then says where you are again', async () => {
		const {transcript, press} = await startReader();
		await press(...number(passItThrough), keys.enter, '?', 'g');
		const glossary = transcript().replace(/\n/g, ' ');
		expect(glossary).toContain('Glossary: what the sentences of a level mean');
		expect(glossary).toContain('what you are asked to find: a value one of the fields asks for');
		expect(glossary).not.toMatch(/green line|under a wire|a wire's number/);
		await press('x');
		expect(transcript().split('\n').slice(-3, -1)).toEqual([
			'Closed.',
			'Field 1 of 3: the gradient of f with respect to q. Empty.',
		]);
		await unmount?.();
		const ko = await startReader('ko');
		await ko.press(...number(passItThrough), keys.enter, '?', 'g');
		const koGlossary = ko.transcript().replace(/\n/g, ' ');
		expect(koGlossary).toContain('용어 풀이: 레벨의 문장이 뜻하는 것');
		expect(koGlossary).toContain('구해야 할 값: 입력 칸이 묻는 값입니다.');
		expect(koGlossary).not.toMatch(/선 위의 숫자|선 아래/);
	});

	it("answers a key that changes nothing (u, an empty field, an unknown key, the list's ends), and Tab passes a solved field", async () => {
		const {transcript, press} = await startReader();
		const last = () => transcript().split('\n').at(-2);
		await press(keys.up);
		expect(last()).toBe('This is the first level.');
		await press(...number(passItThrough), keys.enter, 'x');
		expect(last()).toBe('x does nothing here. Press ? to hear the keys.');
		await press('u');
		expect(last()).toBe('The field is empty.');
		await press('7', 'u');
		expect(last()).toBe('Field cleared.');
		await press('-', '4', keys.enter, keys.shiftTab);
		// Shift-Tab from the second field passes the solved first one, on round to the last.
		expect(last()).toBe('Field 3 of 3: the gradient of f with respect to y. Empty.');
		await unmount?.();
		const ko = await startReader('ko');
		await ko.press(...number(passItThrough), keys.enter, 'u');
		expect(ko.transcript().split('\n').at(-2)).toBe('칸이 비어 있습니다.');
		await ko.press('-', '4', keys.enter, keys.shiftTab);
		expect(ko.transcript().split('\n').at(-2)).toBe('입력 칸 3/3: y에 대한 f의 기울기. 비어 있음.');
		await ko.press('x');
		expect(ko.transcript().split('\n').at(-2)).toBe('x 키는 여기서 하는 일이 없습니다. ?를 누르면 키 안내를 듣습니다.');
	});

	it('says where the caret went after Home, End, Ctrl-A and Ctrl-E, and Delete deletes after it', async () => {
		const {transcript, press} = await startReader();
		const last = () => transcript().split('\n').at(-2);
		await press(...number(passItThrough), keys.enter, '-', '4', '5');
		await press(keys.home);
		expect(last()).toBe('Cursor at the start, before minus 45.');
		await press(keys.delete, keys.ctrlE);
		expect(last()).toBe('Cursor at the end, after 45.');
		await press(keys.ctrlA);
		expect(last()).toBe('Cursor at the start, before 45.');
		await unmount?.();
		const ko = await startReader('ko');
		await ko.press(...number(passItThrough), keys.enter, '-', '4', keys.home, keys.end);
		expect(ko.transcript().split('\n').at(-2)).toBe('커서가 맨 끝, 마이너스 4 뒤에 있습니다.');
	});

	it("reads chapter 6's factor labels with each field and the note's slip under the field it concerns", async () => {
		const chain = levelNumber('network-hidden-chain');
		const {transcript, press} = await startReader();
		await press(...number(chain), keys.enter);
		expect(transcript().replace(/\n/g, ' ')).toContain(
			"Field 1 of 6: the gradient of E1 with respect to capital Y1, factor 1 of 5: the error's slope. Empty.",
		);
		await press(keys.tab, keys.tab);
		const text = transcript().replace(/\n/g, ' ');
		expect(text).toContain(
			'Field 3 of 6: the gradient of y1 with respect to capital H1, factor 3 of 5: the slope of a product by capital H1. Empty.',
		);
		expect(text).toContain('The lecture note writes the gradient of y1 with respect to w21 times');
		await unmount?.();
		const ko = await startReader('ko');
		await ko.press(...number(chain), keys.enter, keys.tab, keys.tab);
		const koText = ko.transcript().replace(/\n/g, ' ');
		expect(koText).toContain('입력 칸 3/6: 대문자 H1에 대한 y1의 기울기, 국소 기울기 3/5');
		expect(koText).toContain('대문자 H1에 대한 y1의 기울기는 y1을 대문자 H1로 곧바로 미분한 국소 기울기 하나입니다.');
	});

	it("sets the learner's eta beside the fastest eta on the dial in a lab's result, in both languages", async () => {
		const descent = levelNumber('descent-one-weight');
		for (const lang of ['en', 'ko'] as const) {
			const {transcript, press, store} = await startReader(lang, {reducedMotion: true});
			await press(...number(descent), keys.enter, 'r');
			// Reset before a step changes nothing, and says so.
			expect(transcript()).toContain(
				lang === 'en'
					? 'The run is already at its start: no steps yet.'
					: '아직 한 단계도 학습하지 않아 이미 처음 상태입니다.',
			);
			await press(...'++++++', 's');
			expect(store.getState().lab?.status).toBe('goal');
			await press(keys.enter);
			// The fastest η is found in slices between turns of the event loop, then read out.
			for (let turn = 0; turn < 5000 && store.getState().labSweep !== undefined; turn++)
				await act(async () => {
					await new Promise(resolve => setImmediate(resolve));
				});
			const result = transcript().replace(/\n/g, ' ');
			if (lang === 'en') {
				expect(result).toContain('Goal reached at step 1 with eta = 0.5.');
				expect(result).toMatch(/Your eta is the fastest on the dial|fastest eta on the dial/);
			} else {
				expect(result).toContain('에타 = 0.5로 1단계에서 목표에 닿았습니다.');
				expect(result).toContain('고른 에타가 고를 수 있는 에타 가운데 가장 빨리 목표에 닿는 값입니다');
			}
			await unmount?.();
			unmount = undefined;
		}
	});

	it('names a path field as a path, and says "Closed." only when closing says nothing else', async () => {
		const twice = levelNumber('paths-used-twice');
		const {transcript, press} = await startReader();
		await press(...number(twice), keys.enter);
		expect(transcript()).toContain('Field 1 of 3: the path y to p to a. Empty.');
		await press('h', 'n');
		expect(transcript().split('\n').slice(-3, -1)).toEqual(['Closed.', 'Field 1 of 3: the path y to p to a. Empty.']);
		await press('h', 'y');
		const afterHint = transcript().split('\n');
		expect(afterHint.filter(line => line === 'Closed.')).toHaveLength(1);
		expect(transcript()).toMatch(/Hint 1\/\d for the path y to p to a/);
		await unmount?.();
		const ko = await startReader('ko');
		await ko.press(...number(twice), keys.enter);
		expect(ko.transcript()).toContain('입력 칸 1/3: y에서 p를 거쳐 a까지 가는 경로. 비어 있음.');
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
		expect(transcript()).toMatch(/No steps yet; goal: loss below/);
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
			/Not there: the z row follows from the rows above it.*\(A wrong answer\.\)/,
		);
		await press(keys.up, keys.enter);
		expect(transcript()).toContain('Found it: the q row breaks a rule');
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
		// The field says which names its formula may use, as the drawn game writes beside it.
		expect(transcript()).toContain(
			'Field 1 of 3: the gradient of L with respect to a, a formula in a, t and L. Empty.',
		);
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
		expect(lines).toContain('X, 2 by 3. Row 1: 1, 2, 0; row 2: 0, 1, minus 1.');
		expect(lines).toContain('W, 3 by 2. Row 1: 1, minus 1; row 2: 0, 2; row 3: 1, 1.');
		// An asked gradient is read with each cell still to find.
		expect(transcript()).toMatch(
			/The gradient of L with respect to X, 2 by 3\. Row 1: to find, to find, to find;\s+row 2:/,
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

	/** The 3×3 Jacobian of softmax-jacobian to 3 figures, row by row. */
	const jacobian = [
		['0.178', '-0.145', '-0.0324'],
		['-0.145', '0.233', '-0.0881'],
		['-0.0324', '-0.0881', '0.121'],
	];
	const jacobianRead = {
		en: [
			'Row 1: 0.178, minus 0.145, minus 0.0324',
			'row 2: minus 0.145, 0.233, minus 0.0881',
			'row 3: minus 0.0324, minus 0.0881, 0.121',
		],
		ko: [
			'1행: 0.178, 마이너스 0.145, 마이너스 0.0324',
			'2행: 마이너스 0.145, 0.233, 마이너스 0.0881',
			'3행: 마이너스 0.0324, 마이너스 0.0881, 0.121',
		],
	} as const;
	const cellNames = {
		en: (row: number, col: number) => `the gradient of P with respect to Z, row ${row}, column ${col}`,
		ko: (row: number, col: number) => `Z에 대한 P의 기울기, ${row}행 ${col}열`,
	} as const;
	const fieldLine = {
		en: (n: number, cell: string) => `Field ${n} of 15: ${cell}. Empty.`,
		ko: (n: number, cell: string) => `입력 칸 ${n}/15: ${cell}. 비어 있음.`,
	} as const;
	for (const lang of ['en', 'ko'] as const)
		it(`reads softmax's 3×3 Jacobian row by row and each cell by its row and column (${lang})`, async () => {
			const {transcript, press} = await startReader(lang);
			await press(...number(softmaxJacobian), keys.enter);
			// Before it is found, each of its three rows is three cells to find.
			const unknown = lang === 'en' ? 'to find' : '구할 값';
			const rowsToFind = [1, 2, 3].map(i =>
				lang === 'en' ? `row ${i}: ${unknown}, ${unknown}, ${unknown}` : `${i}행: ${unknown}, ${unknown}, ${unknown}`,
			);
			const flat = () => transcript().replaceAll('\n', ' ');
			expect(flat()).toContain(
				lang === 'en'
					? `The gradient of P with respect to Z, 3 by 3. R${rowsToFind.join('; ').slice(1)}.`
					: `Z에 대한 P의 기울기, 3행 3열. ${rowsToFind.join('; ')}.`,
			);
			// ↓ leaves the one-row ∂L/∂P for the Jacobian (fields 4 to 12); the arrows walk it cell by cell.
			await press(keys.down);
			expect(transcript()).toContain(fieldLine[lang](4, cellNames[lang](1, 1)));
			await press(keys.right, keys.right);
			expect(transcript()).toContain(fieldLine[lang](6, cellNames[lang](1, 3)));
			await press(keys.down, keys.down, keys.left);
			expect(transcript()).toContain(fieldLine[lang](11, cellNames[lang](3, 2)));
			// Filled in row by row and checked, w reads it back row by row with its numbers.
			await press(keys.left, keys.up, keys.up);
			expect(transcript()).toContain(fieldLine[lang](4, cellNames[lang](1, 1)));
			for (const [i, row] of jacobian.entries()) {
				if (i > 0) await press(keys.down, keys.left, keys.left);
				for (const [j, cell] of row.entries()) await press(...(j > 0 ? [keys.right] : []), ...cell);
			}
			await press(keys.enter);
			await press('w');
			expect(flat()).toContain(
				`${lang === 'en' ? 'the gradient of P with respect to Z, 3 by 3' : 'Z에 대한 P의 기울기, 3행 3열'}. ${jacobianRead[lang].join('; ')}.`,
			);
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
