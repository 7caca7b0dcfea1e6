import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {type Expr, FormulaError, parseExpression, parseFormula, printExpr} from '../../src/levels/formula.js';
import {buildGraph} from '../../src/levels/graph.js';

const outputOf = (formula: string, inputs: Record<string, number> = {}) =>
	buildGraph(parseFormula(formula), inputs).output.value.data;

describe('formula parser', () => {
	it('gives * and / precedence over + and -', () => {
		expect(outputOf('f = 1 + 2 * 3')).toBe(7);
		expect(outputOf('f = 8 - 4 / 2')).toBe(6);
		expect(outputOf('f = (1 + 2) * 3')).toBe(9);
	});

	it('treats - and / as left-associative', () => {
		expect(outputOf('f = 10 - 4 - 3')).toBe(3);
		expect(outputOf('f = 16 / 4 / 2')).toBe(2);
	});

	it('binds ^ tighter than unary minus, and right to left', () => {
		expect(outputOf('f = -2 ^ 2')).toBe(-4);
		expect(outputOf('f = (-2) ^ 2')).toBe(4);
		expect(outputOf('f = 2 ^ 3 ^ 2')).toBe(512);
		expect(outputOf('f = 2 ^ -1')).toBe(0.5);
	});

	it('reads unary minus before names, calls and parentheses', () => {
		expect(outputOf('f = -x * -y', {x: 2, y: 3})).toBe(6);
		expect(outputOf('f = --x', {x: 2})).toBe(2);
		expect(outputOf('f = -exp(0)')).toBe(-1);
	});

	it('reads numbers in every common form', () => {
		expect(outputOf('f = .5 + 1e-3 + 2.')).toBeCloseTo(2.501, 12);
	});

	it('evaluates the functions', () => {
		expect(outputOf('f = sigmoid(0) + relu(-3) + tanh(0) + log(1) + exp(0)')).toBe(1.5);
	});

	it('chains named steps', () => {
		const graph = buildGraph(parseFormula('q = x + y; f = q * z;'), {x: -2, y: 5, z: -4});
		expect(graph.output.name).toBe('f');
		expect(graph.byName.get('q')?.value.data).toBe(3);
		expect(graph.byName.get('f')?.deps).toEqual([
			{name: 'q', local: -4},
			{name: 'z', local: 3},
		]);
	});

	it('sums the local derivative of a name used twice in one step', () => {
		const graph = buildGraph(parseFormula('y = a * b + a * c'), {a: 2, b: 3, c: -5});
		expect(graph.output.deps.find(d => d.name === 'a')?.local).toBe(-2);
	});

	const errors: [string, string, number][] = [
		['q = x + ; f = q', "expected a number, a name or '(', found ';'", 9],
		['f = (x + 1', "expected ')', found the end of the formula", 11],
		['f = x $ 2', "unexpected character '$'", 7],
		['f x', "expected '=' after 'f', found 'x'", 3],
		['f = x y', "expected ';' between steps, found 'y'", 7],
		['= x', "expected a step name, found '='", 1],
		['exp = 2', "'exp' is a function and can't name a step", 1],
		['f = exp 2', "expected '(' after exp, found '2'", 9],
		['', 'the formula has no steps', 1],
	];
	for (const [formula, message, column] of errors) {
		it(`reports "${message}" at column ${column}`, () => {
			let caught: unknown;
			try {
				parseFormula(formula);
			} catch (error) {
				caught = error;
			}
			expect(caught).toBeInstanceOf(FormulaError);
			expect((caught as FormulaError).message).toBe(`${message} at column ${column}`);
			expect((caught as FormulaError).column).toBe(column);
		});
	}

	it('reports an unknown name with its column', () => {
		expect(() => buildGraph(parseFormula('f = x * w'), {x: 1})).toThrow("unknown name 'w' in step 'f' at column 9");
	});

	it('refuses a name for an exponent', () => {
		expect(() => buildGraph(parseFormula('f = x ^ y'), {x: 1, y: 2})).toThrow('the exponent after ^ must be a number');
	});

	it('never evaluates code', () => {
		expect(() => parseFormula('f = process.exit(1)')).toThrow(FormulaError);
		expect(() => parseFormula('f = x; g = constructor')).not.toThrow();
	});
});

// Random expressions over x, y, z that stay finite: no division, no log.
const {expr} = fc.letrec<{expr: Expr}>(tie => ({
	expr: fc.oneof(
		{depthSize: 'small', withCrossShrink: true},
		fc.record({kind: fc.constant('number' as const), value: fc.integer({min: -9, max: 9}), column: fc.constant(0)}),
		fc.record({kind: fc.constant('name' as const), name: fc.constantFrom('x', 'y', 'z'), column: fc.constant(0)}),
		fc.record({kind: fc.constant('negate' as const), arg: tie('expr'), column: fc.constant(0)}),
		fc.record({
			kind: fc.constant('call' as const),
			fn: fc.constantFrom('tanh' as const, 'sigmoid' as const, 'relu' as const),
			args: fc.tuple(tie('expr')),
			column: fc.constant(0),
		}),
		fc.record({
			kind: fc.constant('call' as const),
			fn: fc.constant('max' as const),
			args: fc.tuple(tie('expr'), tie('expr')),
			column: fc.constant(0),
		}),
		fc.record({
			kind: fc.constant('binary' as const),
			op: fc.constantFrom('+' as const, '-' as const, '*' as const),
			left: tie('expr'),
			right: tie('expr'),
			column: fc.constant(0),
		}),
		fc.record({
			kind: fc.constant('binary' as const),
			op: fc.constant('^' as const),
			left: tie('expr'),
			right: fc.record({
				kind: fc.constant('number' as const),
				value: fc.integer({min: 0, max: 3}),
				column: fc.constant(0),
			}),
			column: fc.constant(0),
		}),
	),
}));

describe('printing and re-parsing', () => {
	it('gives the same value for random formulas', () => {
		const inputs = {x: 0.7, y: -1.3, z: 0.4};
		fc.assert(
			fc.property(expr, e => {
				const text = printExpr(e);
				const direct = buildGraph([{name: 'f', expr: e, column: 1}], inputs).output.value.data;
				const reparsed = buildGraph(parseFormula(`f = ${text}`), inputs).output.value.data;
				if (Number.isFinite(direct)) expect(reparsed).toBeCloseTo(direct, 9);
				expect(printExpr(parseExpression(text))).toBe(text);
			}),
			{numRuns: 300},
		);
	});
});
