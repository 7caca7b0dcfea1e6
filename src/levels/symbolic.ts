// Expressions as functions: evaluating a formula at any values of its names,
// and differentiating it symbolically. A formula answer (`1 - a^2`) is checked
// by evaluating it; the worked solution shows the derivative this file writes.

import type {Expr} from './formula.js';
import {assertNever, infixOperator, operators} from './operators.js';

/** Values for names. */
export type Env = Readonly<Record<string, number>>;

/** The value of an expression at the given names; NaN when a name is missing or a step has no value there. */
export function evaluateAt(expr: Expr, env: Env): number {
	switch (expr.kind) {
		case 'number':
			return expr.value;
		case 'name':
			return env[expr.name] ?? Number.NaN;
		case 'negate':
			return -evaluateAt(expr.arg, env);
		case 'call':
			// A matrix-only operation has no value on numbers.
			return operators[expr.fn].scalar?.evaluate(expr.args.map(arg => evaluateAt(arg, env))) ?? Number.NaN;
		case 'binary':
			return (
				operators[infixOperator(expr.op)].scalar?.evaluate([evaluateAt(expr.left, env), evaluateAt(expr.right, env)]) ??
				Number.NaN
			);
		default:
			return assertNever(expr);
	}
}

/** Thrown for an operation whose derivative is no formula (a kink: relu, max). */
export class NoFormulaError extends Error {
	override name = 'NoFormulaError';
}

const num = (value: number): Expr => ({kind: 'number', value, column: 0});
const isNum = (e: Expr, value: number) => e.kind === 'number' && e.value === value;

function add(left: Expr, right: Expr): Expr {
	if (isNum(left, 0)) return right;
	if (isNum(right, 0)) return left;
	if (left.kind === 'number' && right.kind === 'number') return num(left.value + right.value);
	if (right.kind === 'negate') return sub(left, right.arg);
	return {kind: 'binary', op: '+', left, right, column: 0};
}

function sub(left: Expr, right: Expr): Expr {
	if (isNum(right, 0)) return left;
	if (isNum(left, 0)) return neg(right);
	if (left.kind === 'number' && right.kind === 'number') return num(left.value - right.value);
	return {kind: 'binary', op: '-', left, right, column: 0};
}

function neg(arg: Expr): Expr {
	if (arg.kind === 'number') return num(-arg.value);
	if (arg.kind === 'negate') return arg.arg;
	return {kind: 'negate', arg, column: 0};
}

function mul(left: Expr, right: Expr): Expr {
	if (isNum(left, 0) || isNum(right, 0)) return num(0);
	if (isNum(left, 1)) return right;
	if (isNum(right, 1)) return left;
	if (isNum(left, -1)) return neg(right);
	if (isNum(right, -1)) return neg(left);
	if (left.kind === 'number' && right.kind === 'number') return num(left.value * right.value);
	if (left.kind === 'negate') return neg(mul(left.arg, right));
	if (right.kind === 'negate') return neg(mul(left, right.arg));
	// 0.5*(2*u) is u.
	if (left.kind === 'number' && right.kind === 'binary' && right.op === '*' && right.left.kind === 'number')
		return mul(num(left.value * right.left.value), right.right);
	// Numbers first: 2*x reads better than x*2.
	if (right.kind === 'number') return mul(right, left);
	return {kind: 'binary', op: '*', left, right, column: 0};
}

function div(left: Expr, right: Expr): Expr {
	if (isNum(left, 0)) return num(0);
	if (isNum(right, 1)) return left;
	return {kind: 'binary', op: '/', left, right, column: 0};
}

function pow(base: Expr, exponent: number): Expr {
	if (exponent === 0) return num(1);
	if (exponent === 1) return base;
	return {kind: 'binary', op: '^', left: base, right: num(exponent), column: 0};
}

const call = (fn: 'exp' | 'log' | 'tanh' | 'sigmoid', arg: Expr): Expr => ({kind: 'call', fn, args: [arg], column: 0});

/** ∂expr/∂name, as an expression in the same names, with 0s and 1s folded away. */
export function derivative(expr: Expr, name: string): Expr {
	switch (expr.kind) {
		case 'number':
			return num(0);
		case 'name':
			return num(expr.name === name ? 1 : 0);
		case 'negate':
			return neg(derivative(expr.arg, name));
		case 'binary': {
			const {left, right} = expr;
			const dl = derivative(left, name);
			const dr = derivative(right, name);
			switch (expr.op) {
				case '+':
					return add(dl, dr);
				case '-':
					return sub(dl, dr);
				case '*':
					return add(mul(dl, right), mul(left, dr));
				case '/':
					return isNum(dr, 0) ? div(dl, right) : div(sub(mul(dl, right), mul(left, dr)), pow(right, 2));
				case '^': {
					if (right.kind !== 'number') throw new NoFormulaError('the exponent after ^ must be a number');
					return mul(mul(num(right.value), pow(left, right.value - 1)), dl);
				}
				case '@':
					throw new NoFormulaError('a matrix product has no formula on numbers');
				default:
					return assertNever(expr.op);
			}
		}
		case 'call': {
			const [u] = expr.args;
			if (u === undefined || expr.args.length !== 1) throw new NoFormulaError(`${expr.fn} has a kink`);
			const du = derivative(u, name);
			switch (expr.fn) {
				case 'exp':
					return mul(call('exp', u), du);
				case 'log':
					return div(du, u);
				case 'tanh':
					return mul(sub(num(1), pow(call('tanh', u), 2)), du);
				case 'sigmoid':
					return mul(mul(call('sigmoid', u), sub(num(1), call('sigmoid', u))), du);
				default:
					throw new NoFormulaError(`${expr.fn} has a kink: its slope jumps, so it has no formula`);
			}
		}
		default:
			return assertNever(expr);
	}
}

/** The names an expression reads, each once. */
export function namesRead(expr: Expr): Set<string> {
	const found = new Set<string>();
	const walk = (e: Expr): void => {
		if (e.kind === 'name') found.add(e.name);
		else if (e.kind === 'negate') walk(e.arg);
		else if (e.kind === 'binary') {
			walk(e.left);
			walk(e.right);
		} else if (e.kind === 'call') for (const arg of e.args) walk(arg);
	};
	walk(expr);
	return found;
}
