import {describe, expect, it} from 'vitest';
import {parseAnswer} from '../../src/game/answer.js';
import {parseFormula, printExpr} from '../../src/levels/formula.js';
import {formatLevelError, parseChapterFile} from '../../src/levels/loader.js';
import {stepShapes} from '../../src/levels/matrix-graph.js';
import {broadcastShapes, showShape} from '../../src/levels/shape.js';

/** One chapter holding one matrix level. */
function load(level: Record<string, unknown>) {
	const text = JSON.stringify({
		formatVersion: 1,
		chapter: {id: 'matrices', title: {en: 'Matrices', ko: '행렬'}},
		levels: [
			{
				id: 'one',
				kind: 'matrix',
				title: {en: 'One', ko: '하나'},
				intro: {en: 'Intro', ko: '소개'},
				hints: [{en: 'Hint', ko: '힌트'}],
				explain: {en: 'Why', ko: '이유'},
				...level,
			},
		],
	});
	return parseChapterFile('matrices.json', text, 1).errors.map(formatLevelError);
}

describe('the matrix formula language', () => {
	it('reads @ as tightly as *, and sum or mean with or without an axis', () => {
		const [step] = parseFormula('Y = X @ W + b');
		expect(step?.expr.kind === 'binary' && step.expr.op).toBe('+');
		expect(printExpr(parseFormula('Y = X @ W + b')[0]?.expr ?? {kind: 'number', value: 0, column: 1})).toBe(
			'X @ W + b',
		);
		expect(() => parseFormula('s = sum(A); c = sum(A, 0); r = mean(A, 1); t = transpose(A)')).not.toThrow();
		expect(() => parseFormula('s = sum(A, 0, 1)')).toThrow(/sum takes a value and, after a comma, an axis/);
	});

	it('still lets an older level name a step sum, and refuses a scalar function as a step name', () => {
		expect(() => parseFormula('sum = a + b; total = sum * t')).not.toThrow();
		expect(() => parseFormula('exp = a + b')).toThrow(/'exp' is a function/);
	});

	it('keeps matrix operations out of typed answers', () => {
		expect(parseAnswer('sum(3)')).toEqual({ok: false, reason: 'not-a-number'});
		expect(parseAnswer('2 @ 3')).toEqual({ok: false, reason: 'not-a-number'});
		expect(parseAnswer('2*3')).toEqual({ok: true, value: 6});
	});

	it('broadcasts shapes as NumPy does', () => {
		expect(broadcastShapes([2, 3], [1, 3])).toEqual([2, 3]);
		expect(broadcastShapes([2, 3], [3])).toEqual([2, 3]);
		expect(broadcastShapes([2, 3], [])).toEqual([2, 3]);
		expect(broadcastShapes([2, 3], [2])).toBeUndefined();
		expect(showShape([2, 3])).toBe('2×3');
	});

	it('works out each step’s shape', () => {
		const shapes = stepShapes(parseFormula('Y = X @ W + b; s = sum(Y, 0); m = mean(Y); t = transpose(Y)'), {
			X: [
				[1, 2, 3],
				[4, 5, 6],
			],
			W: [
				[1, 0],
				[0, 1],
				[1, 1],
			],
			b: [[1, 2]],
		});
		expect(Object.fromEntries(shapes)).toMatchObject({Y: [2, 2], s: [2], m: [], t: [2, 2]});
	});
});

describe('a matrix level that does not add up', () => {
	const X = [
		[1, 2, 3],
		[4, 5, 6],
	];
	it('names the step and both shapes when a product does not fit', () => {
		expect(
			load({
				formula: 'Y = X @ W',
				inputs: {
					X,
					W: [
						[1, 2],
						[3, 4],
					],
				},
				ask: ['Y'],
			}),
		).toEqual([
			'matrices.json: levels[0].formula: step Y = X @ W: X is 2×3, W is 2×2 (the columns of the left (3) must match the rows of the right (2)) at column 7',
		]);
	});

	it('says which shapes do not broadcast, and which axis does not exist', () => {
		expect(load({formula: 'Y = X + b', inputs: {X, b: [1, 2]}, ask: ['Y']})[0]).toMatch(
			/step Y = X \+ b: X is 2×3, b is 2 \(can't broadcast 2×3 with 2\)/,
		);
		expect(load({formula: 'Y = sum(X, 2)', inputs: {X}, ask: ['Y']})[0]).toMatch(
			/axis 2 is not an axis of a 2×3 value/,
		);
	});

	it('refuses ragged rows, scalar-only operations and unknown asks', () => {
		expect(load({formula: 'Y = X', inputs: {X: [[1, 2], [3]]}, ask: ['Y']})[0]).toMatch(/input 'X' is not a number/);
		expect(load({formula: 'Y = max(X, X)', inputs: {X}, ask: ['Y']})[0]).toMatch(/'max' works on numbers only/);
		expect(load({formula: 'Y = X', inputs: {X}, ask: ['Q']})[0]).toMatch(/'Q' is not a node of the graph/);
	});

	it('asks after(…) only of a level that says which parameters its step moves, and by how much', () => {
		const step = {formula: 'Y = X @ W; L = sum(Y)', inputs: {X, W: [[1], [2], [3]]}};
		expect(load({...step, ask: ['after(W)']})[0]).toMatch(/after\(W\) needs the step: 'params' and 'learningRate'/);
		expect(load({...step, ask: ['after(W)'], params: ['W']})[0]).toMatch(
			/levels\[0\]\.learningRate: a step needs both 'params' and 'learningRate'/,
		);
		expect(load({...step, ask: ['after(L)'], params: ['Y'], learningRate: 0.1})[0]).toMatch(
			/levels\[0\]\.params\[0\]: 'Y' is not an input of the graph/,
		);
		expect(load({...step, ask: ['after(Q)'], params: ['W'], learningRate: 0.1})[0]).toMatch(
			/'Q' is not a node of the graph/,
		);
		expect(
			load({formula: 'Y = X @ W', inputs: step.inputs, ask: ['after(W)'], params: ['W'], learningRate: 0.1})[0],
		).toMatch(/the output 'Y' is 2×1; a step needs one number/);
		expect(load({...step, ask: ['after(W)', 'after(L)'], params: ['W'], learningRate: 0.1})).toEqual([]);
	});

	it('keeps matrix operations out of scalar levels', () => {
		const errors = parseChapterFile(
			'scalar.json',
			JSON.stringify({
				formatVersion: 1,
				chapter: {id: 'c', title: {en: 'C', ko: '씨'}},
				levels: [
					{
						id: 'one',
						kind: 'forward',
						title: {en: 'One', ko: '하나'},
						intro: {en: 'I', ko: '소개'},
						hints: [{en: 'H', ko: '힌트'}],
						explain: {en: 'W', ko: '이유'},
						formula: 'y = transpose(x)',
						inputs: {x: 1},
						ask: ['y'],
					},
				],
			}),
			1,
		).errors.map(formatLevelError);
		expect(errors[0]).toMatch(/'transpose' works on matrices; only a matrix level can use it/);
	});
});
