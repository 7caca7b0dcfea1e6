import {type Expr, parseExpression} from '../levels/formula.js';

export type ParsedAnswer =
	| {readonly ok: true; readonly value: number}
	| {readonly ok: false; readonly reason: 'empty' | 'not-a-number' | 'not-finite'};

// Symbols people copy from hints and textbooks, mapped to what the parser reads.
const lookAlikes: [RegExp, string][] = [
	[/[−–—]/g, '-'],
	[/[·×∙⋅・]/g, '*'],
	[/÷/g, '/'],
	[/σ/g, 'sigmoid'],
];

/**
 * Reads a typed answer: a number (`-4`, `.5`, `1e-3`), a fraction (`3/4`) or
 * simple arithmetic (`2*-4`, `1-0.25`, `sigmoid(0.3775)`). Never throws, and
 * never turns something that isn't a number into one.
 */
export function parseAnswer(text: string): ParsedAnswer {
	let source = normaliseAnswer(text).trim();
	if (source === '') return {ok: false, reason: 'empty'};
	for (const [pattern, replacement] of lookAlikes) source = source.replace(pattern, replacement);
	let expr: Expr;
	try {
		expr = parseExpression(source);
	} catch {
		return {ok: false, reason: 'not-a-number'};
	}
	const value = evaluate(expr);
	if (value === undefined) return {ok: false, reason: 'not-a-number'};
	if (!Number.isFinite(value)) return {ok: false, reason: 'not-finite'};
	return {ok: true, value};
}

/**
 * NFKC folds the full-width digits, signs and dot that East-Asian input
 * methods type (３．５, －２, ＊) into their ASCII forms, and the ideographic
 * space into a space.
 */
export function normaliseAnswer(text: string): string {
	return text.normalize('NFKC');
}

/** Plain arithmetic on the parsed answer; undefined when it names anything. */
function evaluate(expr: Expr): number | undefined {
	switch (expr.kind) {
		case 'number':
			return expr.value;
		case 'name':
			return undefined;
		case 'negate': {
			const a = evaluate(expr.arg);
			return a === undefined ? undefined : -a;
		}
		case 'call': {
			const a = evaluate(expr.arg);
			if (a === undefined) return undefined;
			if (expr.fn === 'exp') return Math.exp(a);
			if (expr.fn === 'log') return a > 0 ? Math.log(a) : Number.NaN;
			if (expr.fn === 'tanh') return Math.tanh(a);
			if (expr.fn === 'relu') return Math.max(0, a);
			return 1 / (1 + Math.exp(-a));
		}
		case 'binary': {
			const a = evaluate(expr.left);
			const b = evaluate(expr.right);
			if (a === undefined || b === undefined) return undefined;
			if (expr.op === '+') return a + b;
			if (expr.op === '-') return a - b;
			if (expr.op === '*') return a * b;
			if (expr.op === '/') return a / b;
			return a ** b;
		}
	}
}
