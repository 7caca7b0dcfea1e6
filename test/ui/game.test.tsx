import {describe, expect, it} from 'vitest';
import {levelDrawing} from '../../src/ui/graph/level-drawing.js';
import {messages} from '../../src/ui/strings.js';
import {keys, shippedLevels, startGame} from '../support/game.js';
import {levelNumber, progressBefore, progressSolving} from '../support/levels.js';

describe('menu', () => {
	it('shows progress, continue and the first chapter', async () => {
		const {frame} = await startGame();
		const lines = frame().split('\n');
		expect(lines.slice(0, 7)).toEqual([
			' backprop-quest — learn backpropagation by doing it by hand',
			` ░░░░░░░░░░░░░░░░░░░░ 0/${shippedLevels.length} solved · 0 points`,
			' Continue: The weighted sum  (c)',
			' Practice: unlocks when you finish chapter 2, Add node',
			'',
			' 1. Forward pass',
			'  ▸ new   The weighted sum                                      values',
		]);
		expect(lines.at(-1)).toBe(' ↑↓ move · Enter open · c continue · p practice · e export · ? help · q quit');
	});

	it('moves the cursor with arrows and j/k', async () => {
		const {frame, press} = await startGame();
		await press(keys.down, 'j');
		expect(frame()).toContain('▸ new   How wrong is it?');
		await press('k');
		expect(frame()).toContain('▸ new   Through the activation');
	});

	it('scrolls to keep the cursor on screen', async () => {
		const {frame, press} = await startGame();
		await press(...Array.from({length: shippedLevels.length - 1}, () => keys.down));
		expect(frame()).toContain(`▸ new   ${shippedLevels.at(-1)?.spec.title.en}`);
	});

	it('e exports the scores and says where', async () => {
		const {frame, press} = await startGame({
			exportScores: () => ({kind: 'exported', files: ['/data/scores.json', '/data/scores.csv']}),
		});
		await press('e');
		expect(frame()).toContain('✓ Scores written: /data/scores.json, /data/scores.csv');
	});

	it('e shows every exported path whole at 80 and 60 columns', async () => {
		for (const columns of [80, 60]) {
			const files = ['/tmp/x/some/longer/folder/scores.json', '/tmp/x/some/longer/folder/scores.csv'];
			const game = await startGame({columns, rows: 24, exportScores: () => ({kind: 'exported', files})});
			await game.press('e');
			const frame = game.frame();
			for (const file of files) expect(frame.replace(/\n/g, '')).toContain(file);
			expect(frame).not.toContain('…');
			expect(frame).toContain('▸');
		}
	});

	it('keeps the chapter heading of the first visible level on screen at 60×20', async () => {
		const {frame, press} = await startGame({columns: 60, rows: 20});
		for (let step = 0; step < shippedLevels.length - 1; step++) {
			const lines = frame().split('\n');
			const firstLevel = lines.findIndex(line => /^ {2}[▸ ] (new|seen|★)/.test(line));
			const firstHeading = lines.findIndex(line => /^ \d+\. /.test(line));
			expect(firstHeading).toBeGreaterThanOrEqual(0);
			expect(firstHeading).toBeLessThan(firstLevel);
			expect(frame()).toContain('▸');
			await press(keys.down);
		}
	});

	it('opens the selected level with Enter', async () => {
		const {frame, press} = await startGame();
		await press(keys.enter);
		expect(frame()).toContain('1. Forward pass › The weighted sum');
		expect(frame()).toContain('▸ z = [');
	});
});

describe('a level', () => {
	it('draws the circuit with values on the wires and unknown gradients as ?', async () => {
		const {frame} = await startGame({startLevel: 'add-pass-through'});
		expect(frame()).toMatch(/ x -2 ──┐ +value on each wire · ∂ its gradient below\n/);
		expect(frame()).toContain(
			[
				'  ∂ ?   │',
				' y 5 ───┴─+q 3 ──┐',
				'  ∂ ?      ∂ ?   │',
				'          z -4 ──┴─×f -12',
				'                    ∂ 1',
			].join('\n'),
		);
	});

	it('a right answer gets ✓ and its gradient appears on the circuit', async () => {
		const {frame, type, press} = await startGame({startLevel: 'add-pass-through'});
		await type('-4');
		await press(keys.enter);
		expect(frame()).toContain('∂f/∂q = [-4            ] ✓');
		expect(frame()).toContain('✓ Right.');
		expect(frame()).toContain('  ∂ ?      ∂ -4  │');
		expect(frame()).toContain('▸ ∂f/∂x = [');
	});

	it('a wrong answer says what is wrong', async () => {
		const {frame, type, press} = await startGame({startLevel: 'mul-upstream'});
		await type('4');
		await press(keys.enter, keys.tab);
		await type('4');
		await press(keys.enter);
		expect(frame()).toMatch(
			/✗ That is the upstream gradient ∂L\/∂p = 4 passed through unchanged\. Multiply\s+it by the local derivative ∂p\/∂a\./,
		);
	});

	it('a product input with its own value is told about the swap', async () => {
		const {frame, type, press} = await startGame({startLevel: 'mul-upstream'});
		await press(keys.tab, keys.tab);
		await type('8');
		await press(keys.enter);
		expect(frame()).toContain('✗ You multiplied the upstream gradient by a itself. In p, a is multiplied by');
	});

	it('a forward value with a term left out, or before its activation, is told so', async () => {
		const {frame, type, press} = await startGame({startLevel: 'activation'});
		await type('0');
		await press(keys.enter);
		await type('0');
		await press(keys.enter);
		expect(frame()).toContain("✗ That is h before the activation. The node's value is σ(h).");
		await press(keys.escape);
		await press(keys.up, keys.enter);
		await type('6');
		await press(keys.enter);
		expect(frame()).toContain('✗ Almost: that leaves out b. Add every term of the sum.');
	});

	it('a non-number gets an inline message and costs no attempt', async () => {
		const {frame, type, press, store} = await startGame({startLevel: 'add-pass-through'});
		await type('1..2');
		await press(keys.enter);
		expect(frame()).toContain('“1..2” is not a number. Try -4, 0.25, 3/4, 1e-3 or 2*-4. (No attempt used.)');
		expect(store.getState().play?.attempts).toBe(0);
	});

	it('hints appear one rung at a time', async () => {
		const {frame, press} = await startGame({startLevel: 'add-pass-through'});
		await press('h');
		// A hint costs a star, so h asks first; Enter is not an answer to the question.
		expect(frame()).toContain('? Show hint 1/2 for ∂f/∂q?');
		expect(frame()).toContain('A hint costs 1★.   y: show · n or Esc: not now');
		await press(keys.enter);
		expect(frame()).toContain('? Show hint 1/2 for ∂f/∂q?');
		await press('y');
		// The level's own first hint states the rule for ∂f/∂q, so it leads.
		expect(frame()).toContain('Hint 1/2 for ∂f/∂q (−1★): f = q·z: a multiply node swaps its inputs,');
		await press('h', 'n');
		expect(frame()).not.toContain('Hint 2/2');
		// No `∂f/∂q = z = ?` rung: with no number in it, it would only say the rule again; and nothing about
		// the add node below q, whose slope is the other fields' business.
		await press('h', keys.escape, 'h', 'y');
		expect(frame()).toContain('Hint 2/2 for ∂f/∂q (−1★): ∂f/∂q = z = −4');
		expect(frame()).not.toContain('Hint 2/2 for ∂f/∂q (−1★): ∂f/∂q = ?');
		expect(frame()).toContain('h hint −1★');
	});

	it('show solution asks first, then fills every field', async () => {
		const {frame, press} = await startGame({startLevel: 'mul-swap'});
		await press('g');
		expect(frame()).toContain('? Show the worked solution?');
		await press('y');
		expect(frame()).toContain('Worked solution:');
		// The values are shown, but nothing the player did not prove gets a tick.
		expect(frame()).toContain('∂z/∂x = [-2            ]');
		expect(frame()).not.toContain('✓');
		expect(frame()).toContain('∂z/∂x = y = −2');
		expect(frame()).toContain('Solution shown: the level is marked seen, with 0 stars.');
	});

	it('after the solution a wrong draft keeps its ✗ with the right value beside it; a proved field keeps ✓', async () => {
		const {frame, type, press} = await startGame({startLevel: 'mul-swap'});
		await type('-2');
		await press(keys.enter);
		await type('0.59');
		await press('g', 'y');
		expect(frame()).toContain('∂z/∂x = [-2            ] ✓');
		expect(frame()).toContain('∂z/∂y = [0.59          ] ✗ → 3');
		expect(frame()).not.toMatch(/0\.59 +\] ✓/);
	});

	it('finishing shows the explanation, then the result screen', async () => {
		const {frame, type, press, advanceClock} = await startGame({startLevel: 'mul-swap'});
		advanceClock(65_000);
		await type('-2');
		await press(keys.enter);
		await type('3');
		await press(keys.enter);
		expect(frame()).toContain('Why:');
		expect(frame()).toContain('∂z/∂x = y = −2 and ∂z/∂y = x = 3.');
		await press(keys.enter);
		expect(frame()).toContain('Level complete: Swap the inputs');
		expect(frame()).toContain('★★★ 3 stars');
		expect(frame()).toContain('2 answers checked · 0 hints · 1 min 5 s');
		expect(frame()).toContain('+300 points · 300 in total');
	});

	it('a replay from the result screen counts only the points it adds to the best', async () => {
		const before = levelNumber('mul-swap') - 1;
		const {frame, type, press} = await startGame({progress: progressBefore('mul-swap')});
		expect(frame()).toContain('Continue: Swap the inputs');
		/** Types both answers (∂z/∂x = −2, ∂z/∂y = 3) and goes on to the result screen. */
		const solve = async () => {
			await type('-2');
			await press(keys.enter);
			await type('3');
			await press(keys.enter, keys.enter);
		};
		await press(keys.enter);
		await press('h', 'y');
		await solve();
		expect(frame()).toContain(`+200 points · ${300 * before + 200} in total`);
		await press('r');
		await solve();
		expect(frame()).toContain(`+100 points over your earlier best of 2★ · ${300 * before + 300} in total`);
		await press('r');
		await solve();
		expect(frame()).toContain(`+0 points over your earlier best of 3★ · ${300 * before + 300} in total`);
	});

	it('Esc goes back to the menu', async () => {
		const {frame, press} = await startGame({startLevel: 'mul-swap'});
		await press(keys.escape);
		expect(frame()).toContain('Continue: The weighted sum');
	});

	it('Backspace deletes the last character', async () => {
		const {frame, type, press} = await startGame({startLevel: 'mul-swap'});
		await type('-25');
		await press(keys.backspace);
		expect(frame()).toContain('▸ ∂z/∂x = [-2');
	});
});

describe('help, quit, language and size', () => {
	it('? opens the keys for this screen and any key closes it', async () => {
		const {frame, press} = await startGame();
		await press('?');
		expect(frame()).toContain(' Keys');
		expect(frame()).toMatch(/c {2,}continue with the first unsolved level/);
		expect(frame()).not.toContain('give up');
		expect(frame().split('\n').length).toBeLessThanOrEqual(23);
		await press('x');
		expect(frame()).toContain('Continue: The weighted sum');
	});

	it('help inside a level lists the level keys, and inside a lab the lab keys', async () => {
		const level = await startGame({startLevel: 'mul-swap'});
		await level.press('?');
		expect(level.frame()).toMatch(/g {2,}give up: show the worked solution \(asks first; 0 stars\)/);
		const lab = await startGame({startLevel: 'lab-xor'});
		await lab.press('?');
		expect(lab.frame()).toMatch(/\+ −\s+raise \/ lower the learning rate η one value of the dial/);
	});

	for (const lang of ['en', 'ko'] as const)
		it(`a level's help at 80×24 wraps its long lines rather than cutting them (${lang})`, async () => {
			const {frame, press} = await startGame({startLevel: 'mul-swap', lang, columns: 80, rows: 24});
			await press('?');
			expect(frame()).not.toContain('…');
			expect(frame()).toContain('--screen-reader');
			expect(frame().split('\n').length).toBeLessThanOrEqual(24);
		});

	it('a help too long for a short terminal cuts each line to one row instead', async () => {
		const {frame, press} = await startGame({startLevel: 'mul-swap', columns: 80, rows: 20});
		await press('?');
		expect(frame()).toContain('…');
		expect(frame().split('\n').length).toBeLessThanOrEqual(20);
	});

	it('q quits from the menu', async () => {
		const {store, press} = await startGame();
		await press('q');
		expect(store.getState().quitting).toBe(true);
	});

	it('Ctrl-C quits from inside a level', async () => {
		const {store, press} = await startGame({startLevel: 'mul-swap'});
		await press('1', keys.ctrlC);
		expect(store.getState().quitting).toBe(true);
	});

	it('speaks Korean', async () => {
		const {frame, press} = await startGame({lang: 'ko'});
		expect(frame()).toContain('이어서 하기: 가중합  (c)');
		expect(frame()).toContain('연습: 2장을 끝내면 열립니다 (덧셈 노드)');
		expect(frame()).toContain('↑↓ 이동 · Enter 열기 · c 이어서 · p 연습 · e 내보내기 · ? 도움말 · q 종료');
		await press(keys.enter, '8', keys.enter);
		expect(frame()).toContain('1. 순전파 › 가중합');
		expect(frame()).toContain('✗ 아쉽네요.');
	});

	it('accepts keys typed on a Korean keyboard layout outside an answer field', async () => {
		const {press, store} = await startGame({lang: 'ko', startLevel: 'mul-swap'});
		await press(keys.escape);
		const cursor = store.getState().menuCursor;
		await press('ㅓ');
		expect(store.getState().menuCursor).toBe(cursor + 1);
	});

	it('a syllable committed by an input method in an answer field is text, never g then y', async () => {
		const {frame, press, store} = await startGame({lang: 'ko', startLevel: 'mul-swap'});
		await press('효');
		expect(frame()).toContain('“효”: 한글 입력 상태입니다.');
		expect(store.getState().play).toMatchObject({solutionShown: false, hintsShown: 0, attempts: 0});
	});

	it('a hint names an answer still to find rather than giving it, and uses the learner’s own once found', async () => {
		const {frame, press, type} = await startGame({startLevel: 'chain-cs231n-neuron', columns: 120, rows: 40});
		// On ∂f/∂x0 with ∂f/∂s not found yet: the setup says ∂f/∂s where its value would be.
		await press(keys.tab, keys.tab);
		for (let i = 0; i < 3; i++) await press('h', 'y');
		expect(frame()).toContain('∂f/∂x0 = ∂f/∂s·∂s/∂x0 = ∂f/∂s·2 = ?');
		expect(frame()).not.toMatch(/0\.197|0\.1966/);
		// Found, the number comes back.
		await press(keys.shiftTab, keys.shiftTab);
		await type('0.197');
		// ✓ moves on to ∂f/∂w0; one Tab is ∂f/∂x0 again.
		await press(keys.enter, keys.tab);
		expect(frame()).toContain('∂f/∂x0 = ∂f/∂s·∂s/∂x0 = 0.1966·2 = ?');
	});

	it('the solution dialog says in English what a replay can earn, and Enter does not answer it', async () => {
		const {frame, press, store} = await startGame({startLevel: 'mul-swap'});
		await press('g');
		expect(frame().replace(/[\s│]+/g, ' ')).toContain('a replay of it earns at most 1★');
		expect(frame()).not.toContain('You can replay it later for stars');
		await press(keys.enter);
		expect(store.getState()).toMatchObject({overlay: 'confirm-solution', play: {solutionShown: false}});
		await press(keys.escape);
		expect(store.getState().overlay).toBe('none');
	});

	it('on a level solved before, the solution dialog says the best stars are kept, and they are', async () => {
		const progress = progressSolving(['multiply-node']);
		for (const lang of ['en', 'ko'] as const) {
			const {frame, press, store} = await startGame({lang, startLevel: 'mul-swap', progress});
			await press('g');
			const text = frame().replace(/[\s│]+/g, ' ');
			expect(text).toContain(lang === 'en' ? 'but your best, ★★★, is kept' : '최고 기록은 ★★★ 그대로 남습니다');
			await press('y');
			expect(store.getState().progress.levels['mul-swap']).toMatchObject({status: 'solved', stars: 3});
		}
	});

	it('the solution dialog answers only y, n or Esc (and ㅛ, ㅜ), never Enter, and says what a replay earns', async () => {
		const {frame, press, store} = await startGame({lang: 'ko', startLevel: 'mul-swap'});
		await press('g');
		expect(frame()).toContain('나중에 다시 풀어도 별은 최대');
		await press(keys.enter, '효');
		expect(store.getState()).toMatchObject({overlay: 'confirm-solution', play: {solutionShown: false}});
		await press('ㅜ');
		expect(store.getState().overlay).toBe('none');
		await press('g', 'ㅛ');
		expect(frame()).toContain('풀이를 보았습니다.');
	});

	it('Hangul in an answer field is not typed; one line says what was typed and to switch to English input', async () => {
		const {frame, press} = await startGame({lang: 'ko', startLevel: 'mul-swap'});
		await press('2', '디');
		expect(frame()).toContain('“디”: 한글 입력 상태입니다. 한/영 키로 영문 입력으로 바꾼 뒤');
		expect(frame()).toMatch(/∂x = \[2▏ +\]/);
		expect(frame()).not.toContain('[2e');
	});

	it('a burst of ㅓ on the menu moves once per key', async () => {
		const {store, press} = await startGame({lang: 'ko'});
		await press('ㅓㅓㅓ');
		expect(store.getState().menuCursor).toBe(3);
	});

	it('asks for a bigger terminal below 60×20, even at 40×10', async () => {
		const {frame, resize} = await startGame({columns: 40, rows: 10});
		expect(frame()).toMatch(/Please enlarge the terminal: it is\s+40×10, the game needs at least 60×20\./);
		await resize(80, 24);
		expect(frame()).toContain('Continue: The weighted sum');
	});

	it('ignores every key but Ctrl-C behind the "please enlarge" notice', async () => {
		const {frame, resize, press, store} = await startGame({columns: 40, rows: 10});
		await press(keys.down);
		await press(keys.enter);
		await press('q');
		expect(store.getState().screen).toBe('menu');
		expect(store.getState().menuCursor).toBe(0);
		expect(store.getState().quitting).toBe(false);
		await resize(80, 24);
		expect(frame()).toMatch(/▸ new\s+The weighted sum/);
		await resize(40, 10);
		await press('\u0003');
		expect(store.getState().quitting).toBe(true);
	});

	it('redraws on resize', async () => {
		const {frame, resize} = await startGame({startLevel: 'add-pass-through'});
		await resize(100, 30);
		expect(frame().split('\n')[1]).toBe(` ${'─'.repeat(98)}`);
	});
});

describe('every shipped level', () => {
	// (A find-the-bug level draws its table with the answer fields instead.)
	for (const level of shippedLevels.filter(l => l.graph !== undefined && l.table === undefined)) {
		it(`${level.id}: its drawing fits 80 columns`, () => {
			expect(levelDrawing(level, undefined, 78, messages('en')).kind).not.toBe('list');
		});
	}

	for (const level of shippedLevels) {
		it(`${level.id}: the frame is at most 23 rows at 80×24 and 60×20 gets 19`, async () => {
			const game = await startGame({startLevel: level.id});
			expect(game.frame().split('\n').length).toBeLessThanOrEqual(23);
			await game.resize(60, 20);
			expect(game.frame().split('\n').length).toBeLessThanOrEqual(19);
		});
	}
});

describe('playtest fixes', () => {
	it('a wrong value whose step is no sum is told to work that step again, not to check the terms of a sum (en, ko)', async () => {
		for (const lang of ['en', 'ko'] as const) {
			const game = await startGame({lang, startLevel: 'error'});
			await game.type('0.5');
			await game.press(keys.enter);
			const frame = game.frame().replace(/\s+/g, ' ');
			expect(frame).toContain(lang === 'en' ? 'Work it out again from e = y − t' : 'e = y − t에 따라 한 단계씩 다시');
			expect(frame).not.toContain(lang === 'en' ? 'each term of the sum' : '합의 각 항');
		}
	});

	it('a wrong value names the activation only when its step has one, and a bare σ step by its rule (en, ko)', async () => {
		for (const lang of ['en', 'ko'] as const) {
			const plain = await startGame({lang, startLevel: 'weighted-sum'});
			await plain.type('99');
			await plain.press(keys.enter);
			expect(plain.frame()).toContain(lang === 'en' ? 'Check each term of the sum.' : '합의 각 항을 확인하세요.');
			expect(plain.frame()).not.toContain(lang === 'en' ? 'activation' : '활성화');
			const neuron = await startGame({lang, startLevel: 'activation'});
			await neuron.press(keys.tab);
			await neuron.type('99');
			await neuron.press(keys.enter);
			// H = σ(h) adds nothing: its own step is named, not the terms of a sum.
			expect(neuron.frame().replace(/\s+/g, ' ')).toContain(
				lang === 'en' ? 'Work it out again from H = σ(h)' : 'H = σ(h)에 따라 한 단계씩',
			);
		}
	});

	for (const lang of ['en', 'ko'] as const) {
		it(`the last level's result says Enter goes to the menu, and Enter does (${lang})`, async () => {
			const {frame, press} = await startGame({lang, levels: shippedLevels.slice(0, 1), startLevel: 'weighted-sum'});
			await press('g', 'y', keys.enter);
			expect(frame()).toContain(lang === 'en' ? 'Enter menu' : 'Enter 메뉴');
			expect(frame()).not.toContain(lang === 'en' ? 'next level' : '다음 레벨');
			await press(keys.enter);
			expect(frame()).toContain(lang === 'en' ? '↑↓ move' : '↑↓ 이동');
		});

		it(`the menu's help points to the glossary (${lang})`, async () => {
			const {frame, press} = await startGame({lang, columns: 60, rows: 20});
			await press('?');
			expect(frame()).toContain(lang === 'en' ? 'glossary: ? then g on a level' : '용어 풀이: 레벨 화면에서 ? 다음 g');
		});
	}
});
