import {type Expr, parseExpression} from '../levels/formula.js';
import {
	assertNever,
	glyphOnlyOperators,
	infixOperator,
	type OperatorName,
	operators,
	scalarRule,
} from '../levels/operators.js';

export type ParsedAnswer =
	| {
			readonly ok: true;
			readonly value: number;
			/**
			 * The significant figures typed when the answer is one number (`-0.0870` has 3: a
			 * trailing zero counts); undefined for arithmetic, which is judged at full precision.
			 */
			readonly figures: number | undefined;
	  }
	| {readonly ok: false; readonly reason: 'empty' | 'not-a-number' | 'not-finite'};

// Symbols people copy from hints and textbooks, mapped to what the parser reads.
const lookAlikes: [RegExp, string][] = [
	[/[−–—]/g, '-'],
	[/[·×∙⋅・]/g, '*'],
	[/÷/g, '/'],
	...glyphOnlyOperators.map(({glyph, name}): [RegExp, string] => [new RegExp(glyph, 'g'), name]),
];

/**
 * Every character an answer may contain: digits, the table's infix symbols,
 * commas between arguments, the look-alikes above, and any lowercase letter (a
 * function name, or a word that then reads as "not a number" on Enter rather
 * than vanishing as it is typed).
 */
export const answerCharacters: ReadonlySet<string> = new Set([
	...'0123456789.eE() ,abcdefghijklmnopqrstuvwxyz',
	...Object.values(operators).flatMap(op =>
		op.syntax.kind === 'function' || op.scalar === undefined ? [] : [op.syntax.symbol],
	),
	...'−–—·×∙⋅・÷',
	...glyphOnlyOperators.map(({glyph}) => glyph),
]);

/**
 * Reads a typed answer: a number (`-4`, `.5`, `1e-3`), a fraction (`3/4`) or
 * simple arithmetic (`2*-4`, `1-0.25`, `sigmoid(0.3775)`, `max(2, 3)`). Never throws, and
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
	return {ok: true, value, figures: typedFigures(source)};
}

/** One decimal number, signed or not, in plain or e-notation. */
const plainNumber = /^[-+]?\s*(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * The significant figures of a number as typed: every digit from the first
 * non-zero one, trailing zeros included (`0.0870` → 3, `200` → 3, `1e-3` → 1);
 * undefined for arithmetic, and for a zero, which has no first figure.
 */
export function typedFigures(source: string): number | undefined {
	const match = plainNumber.exec(source.trim());
	if (match === null) return undefined;
	const digits = (match[1] ?? '').replace('.', '').replace(/^0+/, '');
	return digits === '' ? undefined : digits.length;
}

/**
 * Reads a typed formula (`1 - a^2`, `a·(1 − a)`) with the same look-alikes as a
 * number; undefined when it does not parse. Names are left for the caller to check.
 */
export function readExpression(text: string): Expr | undefined {
	let source = normaliseAnswer(text).trim();
	for (const [pattern, replacement] of lookAlikes) source = source.replace(pattern, replacement);
	try {
		return parseExpression(source);
	} catch {
		return undefined;
	}
}

/**
 * NFKC folds the full-width digits, signs and dot that East-Asian input
 * methods type (３．５, －２, ＊) into their ASCII forms, and the ideographic
 * space into a space.
 */
export function normaliseAnswer(text: string): string {
	return text.normalize('NFKC');
}

/** Plain arithmetic on the parsed answer, each operation as the operator table evaluates it; undefined when it names anything. */
function evaluate(expr: Expr): number | undefined {
	switch (expr.kind) {
		case 'number':
			return expr.value;
		case 'name':
			return undefined;
		case 'negate':
			return apply('neg', [expr.arg]);
		case 'call':
			return apply(expr.fn, expr.args);
		case 'binary':
			return apply(infixOperator(expr.op), [expr.left, expr.right]);
		default:
			return assertNever(expr);
	}
}

function apply(op: OperatorName, args: readonly Expr[]): number | undefined {
	const values: number[] = [];
	for (const arg of args) {
		const value = evaluate(arg);
		if (value === undefined) return undefined;
		values.push(value);
	}
	// `@`, `transpose`, `sum` … have no meaning on one number.
	return scalarRule(op)?.evaluate(values);
}
