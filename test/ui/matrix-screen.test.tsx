// What a matrix level's screen shows: a matrix still to find is drawn as ? in
// columns of one width (the width of a ? never tells how long its number is, a
// lone 0 among −1.59s), and a level that takes a step gives its η above the
// fields, where a short terminal still shows it. A ? that no field asks for (a value that
// follows from one still to find) says so in a legend under the drawing.
import {describe, expect, it} from 'vitest';
import {emptyProgress, recordPlay} from '../../src/game/progress.js';
import {keys, shippedLevels, startGame} from '../support/game.js';
import {levelById} from '../support/levels.js';

/** The drawing's row that holds a block titled `title`: the line after the titles' line. */
function blockRow(frame: string, title: string): string {
	const lines = frame.split('\n');
	for (const [at, line] of lines.entries()) {
		const column = line.indexOf(title);
		const row = lines[at + 1] ?? '';
		if (column !== -1 && row[column] === '│') return row.slice(column, row.indexOf('│', column + 1) + 1);
	}
	return '';
}

describe('a matrix still to find', () => {
	it('draws every ? of a block at one width, however long each number is', async () => {
		// ∂L/∂P = −Y/P = [0, −1.59, 0]: its ? must not show which entries are a lone 0.
		const {frame, type, press} = await startGame({startLevel: 'softmax-jacobian'});
		expect(blockRow(frame(), '∂L/∂P')).toBe('│     ?     ?     ? │');
		await type('0');
		await press(keys.right);
		await type('-1.59');
		await press(keys.right);
		await type('0');
		await press(keys.enter);
		expect(blockRow(frame(), '∂L/∂P')).toBe('│ 0 -1.59 0 │');
	});
});

describe('a matrix level that takes a step', () => {
	for (const [lang, given] of [
		['en', 'Given: η = 0.5'],
		['ko', '주어진 값: η = 0.5'],
	] as const)
		it(`gives η above the fields at 80×24, where the introduction is cut (${lang})`, async () => {
			const {frame} = await startGame({lang, startLevel: 'softmax-descent-step', columns: 80, rows: 24});
			const lines = frame().split('\n');
			const at = lines.findIndex(line => line.trim() === given);
			expect(at).toBeGreaterThan(0);
			expect(lines[at + 1]).toMatch(/^ ▸ ∂L\/∂W +=/);
		});
});

describe('grids played by keys on the ReLU level (L38)', () => {
	/** The field the keys go to. */
	const focusOf = (game: Awaited<ReturnType<typeof startGame>>) => {
		const play = game.store.getState().play;
		const level = game.store.getState().levels.find(l => l.id === play?.levelId);
		return level?.fields[play?.focus ?? -1]?.id;
	};
	/** Types each value into the focused cell and Tabs on to the next. */
	async function fill(game: Awaited<ReturnType<typeof startGame>>, values: readonly string[]) {
		for (const [i, value] of values.entries()) {
			await game.type(value);
			if (i < values.length - 1) await game.press(keys.tab);
		}
	}

	it('↑ and Tab pass over a grid already proved, so typing always has a cell to go to', async () => {
		const game = await startGame({startLevel: 'relu-mask'});
		await fill(game, ['0.5', '0', '3.5', '0.5']);
		await game.press(keys.enter);
		expect(focusOf(game)).toBe('grad:L:Z[0,0]');
		await game.press(keys.up);
		expect(focusOf(game)).toBe('grad:L:Z[0,0]');
		await game.press(keys.shiftTab);
		expect(focusOf(game)).toBe('grad:L:W[1,1]');
		await game.press(keys.tab);
		expect(focusOf(game)).toBe('grad:L:Z[0,0]');
		await game.type('0.3');
		expect(game.store.getState().play?.drafts['grad:L:Z[0,0]']).toBe('0.3');
	});

	it('Enter on a grid unchanged since its ✗ says so and counts nothing; the ✗ cell shows selected, and typing replaces it', async () => {
		const game = await startGame({startLevel: 'relu-mask'});
		// ↓ twice: down H's column and on into ∂L/∂Z.
		await game.press(keys.down, keys.down);
		await fill(game, ['0.3', '0.2', '-0.4', '0.6']);
		await game.press(keys.enter);
		expect(focusOf(game)).toBe('grad:L:Z[0,1]');
		const {attempts, wrongAnswers} = game.store.getState().play ?? {};
		expect(wrongAnswers).toBe(1);
		// The ✗ cell's text is drawn as a selection (inverse, where the terminal has colour), with no caret after it.
		const zRow = game
			.frame()
			.split('\n')
			.find(line => line.includes('∂L/∂Z ='));
		expect(zRow).toContain('[0.2      ]✗');
		expect(zRow).not.toContain('▏');
		await game.press(keys.enter);
		expect(game.frame()).toContain('Unchanged since the last check: type over a ✗ cell first. (No attempt used.)');
		expect(game.store.getState().play).toMatchObject({attempts, wrongAnswers});
		await game.type('0');
		expect(game.store.getState().play?.drafts['grad:L:Z[0,1]']).toBe('0');
		await game.press(keys.enter);
		expect(game.store.getState().play?.solved['grad:L:Z[0,1]']).toBe(true);
	});

	it('says the same in Korean', async () => {
		const game = await startGame({startLevel: 'relu-mask', lang: 'ko'});
		// ↓ twice: down H's column and on into ∂L/∂Z.
		await game.press(keys.down, keys.down);
		await fill(game, ['0.3', '0.2', '-0.4', '0.6']);
		await game.press(keys.enter, keys.enter);
		expect(game.frame()).toContain('지난번 확인 뒤로 바뀐 칸이 없습니다.');
	});
});

describe('rows and matrices typed into a grid (L35, ∂L/∂X 2×3)', () => {
	const state = (game: Awaited<ReturnType<typeof startGame>>) => game.store.getState().play;

	it('→ past the last column goes on to the next row', async () => {
		const game = await startGame({startLevel: 'matmul-backward'});
		await game.press(keys.right, keys.right, keys.right);
		expect(state(game)?.focus).toBe(3);
		await game.press(keys.left);
		expect(state(game)?.focus).toBe(2);
	});

	it('a row typed with spaces spreads into the row on Enter, and a pasted matrix fills the grid', async () => {
		const game = await startGame({startLevel: 'matmul-backward'});
		await game.press(keys.down);
		await game.type('-3 4 1');
		await game.press(keys.enter);
		expect(state(game)?.solved).toMatchObject({'grad:L:X[1,0]': true, 'grad:L:X[1,1]': true, 'grad:L:X[1,2]': true});
		await game.press(keys.up);
		await game.press('[0.5 1 1.5; −3 4 1]');
		expect(state(game)?.drafts).toMatchObject({'grad:L:X[0,0]': '0.5', 'grad:L:X[0,1]': '1', 'grad:L:X[0,2]': '1.5'});
		await game.press(keys.enter);
		expect(game.frame()).toContain('∂L/∂X = [0.5      ]  [1        ]  [1.5      ]  ✓');
	});

	for (const [lang, said] of [
		['en', "1×3 numbers run past the grid's edge from this cell"],
		['ko', '숫자 1×3개를 이 칸부터 넣으면 격자 밖으로 넘칩니다.'],
	] as const)
		it(`says when the numbers run past the grid's edge, and types nothing (${lang})`, async () => {
			const game = await startGame({startLevel: 'matmul-backward', lang});
			await game.press(keys.right);
			await game.press('1 2 3');
			expect(game.frame().split('\n').join(' ')).toContain(said);
			expect(state(game)?.drafts).toEqual({});
		});
});

describe("a matrix level's steps", () => {
	it('write a cross-entropy with maths minus, ln and ⊙, never a hyphen, log or ×', async () => {
		const {frame} = await startGame({startLevel: 'cross-entropy-one', columns: 120, rows: 40});
		expect(frame()).toMatch(/ −sum\(Y 1×3 ─⊙─ ln\(P 1×3\)\) → L/);
		expect(frame()).not.toMatch(/(^|[\s(])-sum/m);
	});
});

/** Every level before `id` solved, so the menu's Continue opens it, as it would for a player who got there. */
function progressUpTo(id: string) {
	const before = shippedLevels.slice(0, shippedLevels.indexOf(levelById(id)));
	return before.reduce(
		(progress, level) =>
			recordPlay(progress, {
				levelId: level.id,
				stars: 3,
				solved: true,
				attempts: 1,
				hints: 0,
				timeMs: 1000,
				finishedAt: new Date(0),
			}),
		emptyProgress,
	);
}

describe('a ? that no field asks for', () => {
	for (const [lang, legend] of [
		['en', '? in L: follows from an answer not given yet, not a field to fill'],
		['ko', 'L의 ?: 아직 내지 않은 답에서 나오는 값이라 가렸습니다. 입력 칸이 아닙니다.'],
	] as const)
		it(`is told apart from a field under the drawing until the answer it follows from is in (${lang})`, async () => {
			// p − y asks P and ∂L/∂Z; L = −ln P[3] would give P away, so it is drawn ? as well.
			const {frame, press, type} = await startGame({progress: progressUpTo('p-minus-y'), lang, columns: 120, rows: 40});
			expect(frame()).toContain(levelById('p-minus-y').spec.title[lang]);
			await press(keys.enter);
			expect(blockRow(frame(), 'L 1')).toBe('│    ? │');
			expect(frame()).toContain(legend);
			// softmax(3, 1, −1) = (0.867, 0.117, 0.0159), checked with numpy.
			for (const [k, cell] of ['0.867', '0.117', '0.0159'].entries()) {
				if (k > 0) await press(keys.tab);
				await type(cell);
			}
			await press(keys.enter);
			expect(frame()).not.toContain(legend);
			expect(blockRow(frame(), 'L 1')).toBe('│ 4.14 │');
		});
});

describe('a wide terminal', () => {
	it('sets matrices side by side across its whole width, while the text keeps to 100 columns', async () => {
		// batch-bias's seven matrices need 109 columns in one row: at 120 they stay in one.
		const {frame, press} = await startGame({progress: progressUpTo('batch-bias'), columns: 120, rows: 40});
		await press(keys.enter);
		const titles = frame()
			.split('\n')
			.find(line => line.includes('X 2×2') && line.includes('G 2×3') && !line.includes('─'));
		expect(titles).toContain('∂L/∂W');
		const widest = Math.max(
			...frame()
				.split('\n')
				.map(line => line.trimEnd().length),
		);
		expect(widest).toBeGreaterThan(101);
		const intro = frame().split('\n').slice(2, 5);
		for (const line of intro) expect(line.trimEnd().length).toBeLessThanOrEqual(101);
	});
});
