// The chapter "Softmax and cross-entropy": its numbers against NumPy, each
// diagnosis it promises fired on the level that teaches it, and a label
// outside the classes refused before a level plays.
import {describe, expect, it} from 'vitest';
import {dispatchKey, type KeyPress} from '../../src/game/keys.js';
import {gridRejection} from '../../src/game/practice/families/matrix.js';
import {generateLevel} from '../../src/game/practice/generate.js';
import {unlockedConcepts} from '../../src/game/practice/unlock.js';
import {emptyProgress} from '../../src/game/progress.js';
import {createGameStore, currentLevel, type GameStore, isComplete} from '../../src/game/store.js';
import {parseFormula} from '../../src/levels/formula.js';
import {buildMatrixGraph} from '../../src/levels/matrix-graph.js';
import {fillGrid} from '../support/grid-keys.js';
import {levelById, progressSolving, shippedLevels} from '../support/levels.js';

function open(id: string): GameStore {
	const store = createGameStore({lang: 'en', levels: [...shippedLevels], progress: emptyProgress, now: () => 0});
	store.getState().enterLevel(id);
	return store;
}
const press = (store: GameStore, input: string, key: KeyPress = {}) => dispatchKey(store, input, key);
const focused = (store: GameStore) => currentLevel(store.getState())?.fields[store.getState().play?.focus ?? -1];

const mistakeOf = (store: GameStore) => {
	const f = store.getState().play?.feedback;
	return f?.kind === 'wrong' ? f.mistake?.reason : undefined;
};
describe('the chapter’s numbers', () => {
	// Computed independently with NumPy: softmax as exp(Z − max Z) / sum, L = −sum(Y·log P) (mean over rows), ∂L/∂Z = (P − Y)/N.
	const expected: Record<string, Record<string, number[]>> = {
		'softmax-by-hand': {
			'value:U': [Math.E ** 2, Math.E, 1],
			'value:S': [11.107337927389695],
			'value:P': [0.6652409557748219, 0.24472847105479764, 0.09003057317038046],
		},
		'softmax-shift': {
			'value:U': [1, 0.1353352832366127, 0.049787068367863944],
			'value:P': [0.8437947344813395, 0.11419519938459449, 0.04201006613406605],
		},
		'cross-entropy-one': {
			'value:P': [0.11116562, 0.82140902, 0.06742536],
			'value:L': [2.196734096919617],
		},
		'softmax-jacobian': {
			'grad:L:P': [0, -1.59101, 0],
			'jac:P:Z': [0.177759, -0.145332, -0.032428, -0.145332, 0.23348, -0.088148, -0.032428, -0.088148, 0.120576],
			'grad:L:Z': [0.231224, -0.371468, 0.140244],
		},
		'p-minus-y': {
			'value:P': [0.866813, 0.11731, 0.015876],
			'grad:L:Z': [0.866813, 0.11731, -0.984124],
		},
		'softmax-batch': {
			'value:L': [0.7312814420431855],
			'grad:L:Z': [0.122364, -0.16738, 0.045015, -0.325896, 0.038848, 0.287048],
		},
		// Z = X·W + b, one step W − 0.5·∂L/∂W, b − 0.5·∂L/∂b, then the loss again at the new W and b.
		'softmax-descent-step': {
			'grad:L:W': [0.558905, 0.338993, -0.897897, 1.117809, 0.677986, -1.795795],
			'grad:L:b': [0.558905, 0.338993, -0.897897],
			'after:W': [0.220548, -0.669496, 0.648949, -0.458905, -0.038993, 0.497897],
			'after:b': [-0.179452, 0.030504, 0.148949],
			'after:L': [0.140143],
		},
	};
	for (const [id, grids] of Object.entries(expected)) {
		it(`${id} asks what NumPy says`, () => {
			const level = levelById(id);
			for (const [grid, values] of Object.entries(grids)) {
				const cells = level.fields.filter(f => f.cell?.grid.id === grid).map(f => f.expected);
				expect(cells.length, grid).toBe(values.length);
				for (const [i, x] of cells.entries()) expect(x, `${grid}[${i}]`).toBeCloseTo(values[i] as number, 5);
			}
		});
	}
});

describe('the chapter’s diagnoses, each on the level that teaches it', () => {
	/** p-minus-y with P solved and the focus on ∂L/∂Z. */
	function atGradient(): GameStore {
		const store = open('p-minus-y');
		fillGrid(store, [['0.867', '0.117', '0.0159']]);
		expect(store.getState().play?.solved['value:P[0,2]']).toBe(true);
		expect(focused(store)?.id).toBe('grad:L:Z[0,0]');
		return store;
	}
	const diagnosed = [
		['p typed without the label', ['0.867', '0.117', '0.0159'], 'ceLabelNotSubtracted'],
		['the sign flipped (y − p)', ['-0.867', '-0.117', '0.984'], 'ceSignFlipped'],
		['log p where p belongs', ['-0.143', '-2.14', '-5.14'], 'ceLogP'],
	] as const;
	for (const [what, row, reason] of diagnosed) {
		it(what, () => {
			const store = atGradient();
			fillGrid(store, [row]);
			expect(mistakeOf(store)).toBe(reason);
		});
	}

	it('p − y solves it', () => {
		const store = atGradient();
		fillGrid(store, [['0.867', '0.117', '-0.984']]);
		expect(isComplete(store.getState())).toBe(true);
	});

	it('÷N forgotten on a batch of two', () => {
		const store = open('softmax-batch');
		press(store, '', {tab: true});
		expect(focused(store)?.id).toBe('grad:L:Z[0,0]');
		fillGrid(store, [
			['0.245', '-0.335', '0.0900'],
			['-0.652', '0.0777', '0.574'],
		]);
		expect(mistakeOf(store)).toBe('meanForgotN');
	});

	it('the Jacobian’s diagonal used alone', () => {
		const store = open('softmax-jacobian');
		// Tab walks ∂L/∂P's three cells and the Jacobian's nine, one by one.
		for (let i = 0; i < 12; i++) press(store, '', {tab: true});
		expect(focused(store)?.id).toBe('grad:L:Z[0,0]');
		fillGrid(store, [['0', '-0.371', '0']]);
		expect(mistakeOf(store)).toBe('softmaxDiagonal');
	});

	it('the long way accepts a sum built from the learner’s own rounded Jacobian', () => {
		const store = open('softmax-jacobian');
		fillGrid(store, [['0', '-1.59', '0']]);
		fillGrid(store, [
			['0.178', '-0.145', '-0.0324'],
			['-0.145', '0.233', '-0.0881'],
			['-0.0324', '-0.0881', '0.121'],
		]);
		// −1.59 × row 2 of the rounded Jacobian: 0.23055, −0.37047, 0.140079.
		fillGrid(store, [['0.231', '-0.370', '0.140']]);
		expect(isComplete(store.getState())).toBe(true);
	});
});

describe('one step of gradient descent on a linear classifier', () => {
	/** softmax-descent-step with both gradients solved and the focus on W′. */
	function atUpdate(): GameStore {
		const store = open('softmax-descent-step');
		fillGrid(store, [
			['0.559', '0.339', '-0.898'],
			['1.12', '0.678', '-1.80'],
		]);
		fillGrid(store, [['0.559', '0.339', '-0.898']]);
		expect(focused(store)?.id).toBe('after:W[0,0]');
		return store;
	}
	const diagnosed = [
		['the step alone, η·∂L/∂W', ['0.279', '0.169', '-0.449'], ['0.559', '0.339', '-0.898'], 'stepOnly'],
		['the step alone, −η·∂L/∂W', ['-0.279', '-0.169', '0.449'], ['-0.559', '-0.339', '0.898'], 'stepOnly'],
		['the sign flipped, W + η·∂L/∂W', ['0.779', '-0.331', '-0.249'], ['0.659', '0.639', '-1.30'], 'plusSign'],
		['η forgotten, W − ∂L/∂W', ['-0.0589', '-0.839', '1.10'], ['-1.02', '-0.378', '1.40'], 'forgotRate'],
	] as const;
	for (const [what, first, second, reason] of diagnosed) {
		it(`W′: ${what}`, () => {
			const store = atUpdate();
			fillGrid(store, [first, second]);
			expect(mistakeOf(store)).toBe(reason);
		});
	}

	it('b′ with the sign flipped, b + η·∂L/∂b', () => {
		const store = atUpdate();
		// ↓ twice: down W′'s first column, then on to b′.
		press(store, '', {downArrow: true});
		press(store, '', {downArrow: true});
		expect(focused(store)?.id).toBe('after:b[0,0]');
		fillGrid(store, [['0.379', '0.369', '-0.749']]);
		expect(mistakeOf(store)).toBe('plusSign');
	});

	it('takes the step and the new loss from the learner’s own 3-figure numbers', () => {
		const store = atUpdate();
		fillGrid(store, [
			['0.221', '-0.669', '0.649'],
			['-0.459', '-0.0390', '0.498'],
		]);
		fillGrid(store, [['-0.179', '0.0305', '0.149']]);
		expect(focused(store)?.id).toBe('after:L[0,0]');
		// From the rounded W′ and b′: Z′ = [−0.877, −0.717, 1.794], P′[3] = 0.869, L = 0.140.
		fillGrid(store, [['0.140']]);
		expect(isComplete(store.getState())).toBe(true);
	});

	it('refuses the loss before the step as the loss after it', () => {
		const store = atUpdate();
		fillGrid(store, [
			['0.221', '-0.669', '0.649'],
			['-0.459', '-0.0390', '0.498'],
		]);
		fillGrid(store, [['-0.179', '0.0305', '0.149']]);
		fillGrid(store, [['2.28']]);
		expect(store.getState().play?.feedback?.kind).toBe('wrong');
		expect(isComplete(store.getState())).toBe(false);
	});
});

describe('practice on softmax and cross-entropy', () => {
	it('unlocks with the chapter', () => {
		expect(unlockedConcepts(shippedLevels, emptyProgress)).not.toContain('softmax-ce');
		expect(unlockedConcepts(shippedLevels, progressSolving(['softmax-cross-entropy']))).toContain('softmax-ce');
	});

	it('draws whole-number logits at the easy step, and every diagnosis of ∂L/∂Z is told apart', () => {
		for (let seed = 0; seed < 20; seed++) {
			for (const difficulty of [1, 2, 3] as const) {
				const {level, spec} = generateLevel('softmax-ce', seed, 0, difficulty);
				expect(gridRejection(level, {})).toBeUndefined();
				const reasons = level.fields.find(f => f.cell?.grid.id === 'grad:L:Z')?.cell?.grid.mistakes.map(m => m.reason);
				expect(reasons).toEqual(expect.arrayContaining(['ceLabelNotSubtracted', 'ceSignFlipped', 'ceLogP']));
				if (spec.kind !== 'matrix') throw new Error('a softmax exercise is a matrix level');
				const logits = spec.inputs.Z as number[][];
				if (difficulty === 1) for (const z of logits.flat()) expect(Number.isInteger(z) && Math.abs(z) <= 2).toBe(true);
				// The hardest step is a batch of two, whose mean divides by N.
				expect(logits.length).toBe(difficulty === 3 ? 2 : 1);
				if (difficulty === 3) expect(reasons).toContain('meanForgotN');
			}
		}
	});

	it('checks an exercise the way the chapter does: P − Y solves it, P alone is named', () => {
		const {level} = generateLevel('softmax-ce', 3, 0, 1);
		const store = createGameStore({lang: 'en', levels: [level], progress: emptyProgress, now: () => 0});
		store.getState().enterLevel(level.id);
		const grid = (id: string) => level.fields.filter(f => f.cell?.grid.id === id);
		const typed = (id: string, value: (x: number) => number) =>
			[grid(id).map(f => value(f.expected).toPrecision(3))] as const;
		const P = grid('value:P').map(f => f.expected);
		fillGrid(
			store,
			typed('value:P', x => x),
		);
		fillGrid(
			store,
			typed('value:L', x => x),
		);
		fillGrid(store, [P.map(p => p.toPrecision(3))]);
		expect(mistakeOf(store)).toBe('ceLabelNotSubtracted');
		// The wrong classes were right already; only the right class's cell is left, and focused.
		const left = focused(store);
		expect(left?.id).toMatch(/^grad:L:Z\[0,\d\]$/);
		expect(level.spec.kind === 'matrix' && (level.spec.inputs.Y as number[][])[0]?.[left?.cell?.col ?? -1]).toBe(1);
		fillGrid(store, [[(left?.expected ?? 0).toPrecision(3)]]);
		expect(isComplete(store.getState())).toBe(true);
	});
});

describe('a cross-entropy label', () => {
	const steps = parseFormula('P = softmax(Z); L = -sum(Y * log(P))');
	it('must be one-hot over the softmax’s classes', () => {
		expect(() => buildMatrixGraph(steps, {Z: [[1, 2, 3]], Y: [[0, 1, 0]]})).not.toThrow();
		expect(() => buildMatrixGraph(steps, {Z: [[1, 2, 3]], Y: [[0, 0, 0, 1]]})).toThrow(
			/step L = .*: the label Y row 1 \[0, 0, 0, 1\] is not a label of 3 classes/,
		);
		expect(() => buildMatrixGraph(steps, {Z: [[1, 2, 3]], Y: [[0, 0.5, 0.5]]})).toThrow(/is not a label of 3 classes/);
	});
});
