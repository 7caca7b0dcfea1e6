// Grid answers on the shipped chapter "A layer and a batch": keys move between
// cells, Enter checks a whole grid by the checking rule, and each diagnosis
// the chapter promises fires on the level that teaches it.
import {describe, expect, it} from 'vitest';
import {dispatchKey, type KeyPress} from '../../src/game/keys.js';
import {gridRejection} from '../../src/game/practice/families/matrix.js';
import {generateLevel} from '../../src/game/practice/generate.js';
import {unlockedConcepts} from '../../src/game/practice/unlock.js';
import {emptyProgress} from '../../src/game/progress.js';
import {createGameStore, currentLevel, type GameStore, isComplete} from '../../src/game/store.js';
import {messages, mistakeText} from '../../src/ui/strings.js';
import {fillGrid} from '../support/grid-keys.js';
import {levelById, progressSolving, shippedLevels} from '../support/levels.js';

function open(id: string): GameStore {
	const store = createGameStore({lang: 'en', levels: [...shippedLevels], progress: emptyProgress, now: () => 0});
	store.getState().enterLevel(id);
	return store;
}

const press = (store: GameStore, input: string, key: KeyPress = {}) => dispatchKey(store, input, key);
const typeKeys = (store: GameStore, text: string) => {
	for (const ch of text) press(store, ch);
};
const enter = (store: GameStore) => press(store, '', {return: true});
const focused = (store: GameStore) => currentLevel(store.getState())?.fields[store.getState().play?.focus ?? -1];

/** Tab, cell by cell, until the field is focused. */
function tabTo(store: GameStore, id: string): void {
	const fields = currentLevel(store.getState())?.fields ?? [];
	for (let i = 0; i < fields.length && focused(store)?.id !== id; i++) press(store, '', {tab: true});
}

const feedback = (store: GameStore) => store.getState().play?.feedback;
const mistakeOf = (store: GameStore) => {
	const f = feedback(store);
	return f?.kind === 'wrong' ? f.mistake?.reason : undefined;
};

describe('a grid of cells', () => {
	it('moves with the arrows inside a grid; ↓ off its last row goes to the next grid', () => {
		const store = open('matmul-backward');
		expect(focused(store)?.id).toBe('grad:L:X[0,0]');
		press(store, '', {rightArrow: true});
		expect(focused(store)?.id).toBe('grad:L:X[0,1]');
		press(store, '', {downArrow: true});
		expect(focused(store)?.id).toBe('grad:L:X[1,1]');
		press(store, '', {rightArrow: true});
		press(store, '', {rightArrow: true});
		expect(focused(store)?.id).toBe('grad:L:X[1,2]');
		press(store, '', {downArrow: true});
		expect(focused(store)?.id).toBe('grad:L:W[0,0]');
		press(store, '', {upArrow: true});
		expect(focused(store)?.id).toBe('grad:L:X[0,0]');
	});

	it('takes 1 Tab 3 Tab −1 Tab 1 as four cells, typed key by key or arriving in one chunk', () => {
		for (const chunked of [false, true]) {
			const store = open('layer-forward');
			if (chunked) press(store, '1\t3\t-1\t1');
			else
				for (const key of ['1', '\t', '3', '\t', '-', '1', '\t', '1'])
					press(store, key === '\t' ? '' : key, key === '\t' ? {tab: true} : {});
			expect(store.getState().play?.drafts).toEqual({
				'value:Y[0,0]': '1',
				'value:Y[0,1]': '3',
				'value:Y[1,0]': '-1',
				'value:Y[1,1]': '1',
			});
		}
	});

	it('checks every grid with something typed on one Enter, and the first wrong one says why', () => {
		const store = open('layer-shapes');
		typeKeys(store, '2x2');
		press(store, '', {tab: true});
		typeKeys(store, '2x3');
		press(store, '', {tab: true});
		typeKeys(store, '1x2');
		enter(store);
		const play = store.getState().play;
		expect(play?.solved).toEqual({
			'shape:Y[0,0]': true,
			'shape:Y[0,1]': true,
			'shape:dL/db[0,0]': true,
			'shape:dL/db[0,1]': true,
		});
		expect(play?.wrongCells).toEqual({'shape:dL/dW[0,0]': true, 'shape:dL/dW[0,1]': true});
		expect(mistakeOf(store)).toBe('shapeSwapped');
		expect(focused(store)?.id).toBe('shape:dL/dW[0,0]');
		expect(play?.attempts).toBe(3);
		expect(play?.wrongAnswers).toBe(1);
		typeKeys(store, '3x2');
		enter(store);
		expect(isComplete(store.getState())).toBe(true);
	});

	it('checks every typed cell at once: right cells are proved, wrong ones marked, and arithmetic still works in a cell', () => {
		const store = open('matmul-backward');
		fillGrid(store, [
			['1*1+0.5*-1', '1', '9'],
			['-3', '4', '1'],
		]);
		const play = store.getState().play;
		expect(play?.solved).toMatchObject({'grad:L:X[0,0]': true, 'grad:L:X[0,1]': true, 'grad:L:X[1,2]': true});
		expect(play?.solved['grad:L:X[0,2]']).toBeUndefined();
		expect(play?.wrongCells).toEqual({'grad:L:X[0,2]': true});
		expect(focused(store)?.id).toBe('grad:L:X[0,2]');
		expect(play?.wrongAnswers).toBe(1);
		press(store, '', {backspace: true});
		typeKeys(store, '1.5');
		enter(store);
		expect(store.getState().play?.wrongCells).toEqual({});
		expect(focused(store)?.id).toBe('grad:L:W[0,0]');
	});

	it('a cell entered with text in it is typed over, as a spreadsheet cell is; Home puts the caret in it to edit', () => {
		const store = open('matmul-backward');
		const draft = () => store.getState().play?.drafts[focused(store)?.id ?? ''];
		typeKeys(store, '-5');
		press(store, '', {rightArrow: true});
		press(store, '', {leftArrow: true});
		typeKeys(store, '1.4');
		expect(draft()).toBe('1.4');
		// Typing on in the same cell adds to what the first key started.
		typeKeys(store, '5');
		expect(draft()).toBe('1.45');
		press(store, '', {rightArrow: true});
		press(store, '', {leftArrow: true});
		press(store, '', {backspace: true});
		expect(draft()).toBe('');
		typeKeys(store, '-2');
		press(store, '', {tab: true});
		press(store, '', {tab: true, shift: true});
		press(store, '', {end: true});
		typeKeys(store, '5');
		expect(draft()).toBe('-25');
		expect(store.getState().play?.attempts).toBe(0);
	});

	it('takes a shape typed as 3x2, 3×2 or 3 2, and says when it is the wrong way round', () => {
		const store = open('layer-shapes');
		typeKeys(store, '2x2');
		enter(store);
		expect(feedback(store)?.kind).toBe('right');
		typeKeys(store, '2 3');
		enter(store);
		expect(mistakeOf(store)).toBe('shapeSwapped');
		// Typing into a cell marked ✗ starts it over.
		typeKeys(store, '3×2');
		enter(store);
		expect(feedback(store)?.kind).toBe('right');
		typeKeys(store, '1x2');
		enter(store);
		expect(isComplete(store.getState())).toBe(true);
	});
});

describe('the chapter’s diagnoses, each on the level that teaches it', () => {
	it('a bias gradient with one row of the batch typed: not summed', () => {
		const store = open('batch-bias');
		fillGrid(store, [['0.2', '-0.5', '1']]);
		expect(mistakeOf(store)).toBe('biasNotSummed');
	});

	it('the product in the wrong order or without its transpose', () => {
		// ∂L/∂W1 = Xᵀ·∂L/∂Z = [[2, −2], [1, 2]]; X·∂L/∂Z = [[−1, 4], [−2, 2]] has the same shape.
		const level = levelById('two-layer-batch');
		const grid = level.fields.find(f => f.cell?.grid.id === 'grad:L:W1')?.cell?.grid;
		expect(grid?.mistakes.filter(m => m.reason === 'matmulOrder').map(m => m.values)).toContainEqual([
			[-1, 4],
			[-2, 2],
		]);
		const store = open('two-layer-batch');
		tabTo(store, 'grad:L:W1[0,0]');
		expect(focused(store)?.id).toBe('grad:L:W1[0,0]');
		fillGrid(store, [
			['-1', '4'],
			['-2', '2'],
		]);
		expect(mistakeOf(store)).toBe('matmulOrder');
		// X is square here, so X·G fits as well as Xᵀ·G: the message names the rule, not the shapes.
		const said = feedback(store);
		const mistake = said?.kind === 'wrong' ? said.mistake : undefined;
		expect(mistake && mistakeText(messages('en'), mistake)).toContain(
			'X keeps the side it had in the forward product, transposed',
		);
		expect(mistake && mistakeText(messages('ko'), mistake)).toContain(
			'X는 순전파의 곱에서 놓였던 쪽에 그대로 두되 전치하고',
		);
	});

	it('÷N forgotten, and ÷N applied twice', () => {
		const store = open('batch-mean');
		press(store, '', {tab: true});
		expect(focused(store)?.id).toBe('grad:L:P[0,0]');
		fillGrid(store, [['1'], ['-2.5']]);
		expect(mistakeOf(store)).toBe('meanForgotN');
		fillGrid(store, [['0.25'], ['-0.625']]);
		expect(mistakeOf(store)).toBe('meanTwiceN');
	});

	it('the ReLU mask ignored', () => {
		const store = open('relu-mask');
		tabTo(store, 'grad:L:Z[0,0]');
		fillGrid(store, [
			['0.3', '-0.2'],
			['-0.4', '0.6'],
		]);
		expect(mistakeOf(store)).toBe('reluMaskIgnored');
	});
});

describe('the chapter’s numbers', () => {
	// Computed independently with NumPy (see the chapter's explanations).
	const expected: Record<string, Record<string, number[]>> = {
		'layer-forward': {'value:Y': [2, 3, 0, 1]},
		'matmul-backward': {'grad:L:X': [0.5, 1, 1.5, -3, 4, 1], 'grad:L:W': [1, 0.5, 1, 3, 1, -2]},
		'batch-bias': {'grad:L:b': [0.6, -0.4, -1], 'grad:L:W': [1.4, -0.2, -5, 0, -1.1, 4]},
		'batch-mean': {'value:L': [0.90625], 'grad:L:P': [0.5, -1.25], 'grad:L:W': [-2, 2.25]},
		'relu-mask': {'value:H': [0.5, 0, 3.5, 0.5], 'grad:L:Z': [0.3, 0, -0.4, 0.6], 'grad:L:W': [-0.5, 1.2, -0.7, 0.6]},
		'two-layer-batch': {
			'grad:L:P': [1, -1],
			'grad:L:W2': [2, -0.5],
			'grad:L:b2': [0],
			'grad:L:H': [1, -2, -1, 2],
			'grad:L:Z': [1, 0, -1, 2],
			'grad:L:W1': [2, -2, 1, 2],
			'grad:L:b1': [0, 2],
		},
	};
	for (const [id, grids] of Object.entries(expected)) {
		it(`${id} asks what NumPy says`, () => {
			const level = levelById(id);
			for (const [grid, values] of Object.entries(grids)) {
				const cells = level.fields.filter(f => f.cell?.grid.id === grid).map(f => f.expected);
				expect(cells.length, grid).toBe(values.length);
				for (const [i, x] of cells.entries()) expect(x, `${grid}[${i}]`).toBeCloseTo(values[i] as number, 12);
			}
		});
	}
	it('layer-shapes asks Y 2×2, ∂L/∂W 3×2 and ∂L/∂b 1×2', () => {
		const level = levelById('layer-shapes');
		expect(level.fields.map(f => f.expected)).toEqual([2, 2, 3, 2, 1, 2]);
	});
});

describe('practice on a layer and a batch', () => {
	const matrixConcepts = ['matmul-backward', 'batch-bias', 'batch-mean'] as const;

	it('unlocks once the chapter is solved', () => {
		expect(unlockedConcepts(shippedLevels, emptyProgress)).not.toContain('batch-bias');
		expect(unlockedConcepts(shippedLevels, progressSolving(['layer-and-batch']))).toEqual(
			expect.arrayContaining([...matrixConcepts]),
		);
	});

	it('generates grids whose diagnoses are each told apart, whole numbers at the easy step', () => {
		const wanted = {
			'matmul-backward': ['grad:L:W', 'matmulOrder'],
			'batch-bias': ['grad:L:b', 'biasNotSummed'],
			'batch-mean': ['grad:L:P', 'meanForgotN'],
		} as const;
		for (const concept of matrixConcepts) {
			for (let seed = 0; seed < 10; seed++) {
				for (const difficulty of [1, 2, 3] as const) {
					const {level, spec} = generateLevel(concept, seed, 0, difficulty);
					expect(gridRejection(level, {})).toBeUndefined();
					const [grid, reason] = wanted[concept];
					const found = level.fields.find(f => f.cell?.grid.id === grid)?.cell?.grid;
					expect(found?.mistakes.map(m => m.reason)).toContain(reason);
					if (difficulty === 1 && spec.kind === 'matrix')
						for (const value of Object.values(spec.inputs).flat(2)) expect(Number.isInteger(value)).toBe(true);
				}
			}
		}
	});
});
