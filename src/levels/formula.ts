// The formula language of level files: `q = x + y; f = q * z`.
// Numbers, names, the infix operators and functions of the operator table
// (arguments separated by commas), parentheses, unary minus, and `;`-separated
// named steps. Parsed by hand; nothing is ever evaluated as code.

import {itemAt} from '../engine/checked.js';
import {formatNumber} from './format.js';
import {packLimits} from './limits.js';
import {
	assertNever,
	constantLast,
	functionOperator,
	type InfixSymbol,
	infixOperator,
	infixSymbolsAt,
	type OperatorName,
	operators,
	precedenceOf,
	scalarRule,
} from './operators.js';

export type Expr =
	| {readonly kind: 'number'; readonly value: number; readonly column: number}
	| {readonly kind: 'name'; readonly name: string; readonly column: number}
	| {readonly kind: 'negate'; readonly arg: Expr; readonly column: number}
	| {
			readonly kind: 'binary';
			readonly op: InfixSymbol;
			readonly left: Expr;
			readonly right: Expr;
			readonly column: number;
	  }
	| {readonly kind: 'call'; readonly fn: OperatorName; readonly args: readonly Expr[]; readonly column: number};

export type Step = {readonly name: string; readonly expr: Expr; readonly column: number};

/** A syntax error at a 1-based column of the formula. */
export class FormulaError extends Error {
	override name = 'FormulaError';
	readonly column: number;

	constructor(message: string, column: number) {
		super(`${message} at column ${column}`);
		this.column = column;
	}
}

type Token =
	| {readonly type: 'number'; readonly value: number; readonly column: number; readonly text: string}
	| {readonly type: 'name'; readonly text: string; readonly column: number}
	| {readonly type: 'symbol'; readonly text: string; readonly column: number}
	| {readonly type: 'end'; readonly text: ''; readonly column: number};

const symbols = new Set([...infixSymbolsAt(1), ...infixSymbolsAt(2), ...infixSymbolsAt(4), '(', ')', '=', ';', ',']);

function tokenize(source: string): Token[] {
	const tokens: Token[] = [];
	let i = 0;
	while (i < source.length) {
		const ch = itemAt(source, i);
		const column = i + 1;
		if (/\s/.test(ch)) {
			i++;
		} else if (/[0-9.]/.test(ch)) {
			const match = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(source.slice(i));
			if (match === null) throw new FormulaError(`'${ch}' does not start a number`, column);
			tokens.push({type: 'number', value: Number(match[0]), column, text: match[0]});
			i += match[0].length;
		} else if (/[A-Za-z_]/.test(ch)) {
			const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i))?.[0] ?? ch;
			tokens.push({type: 'name', text: name, column});
			i += name.length;
		} else if (symbols.has(ch)) {
			tokens.push({type: 'symbol', text: ch, column});
			i++;
		} else {
			throw new FormulaError(`unexpected character '${ch}'`, column);
		}
	}
	tokens.push({type: 'end', text: '', column: source.length + 1});
	return tokens;
}

class Parser {
	private index = 0;
	private depth = 0;
	private readonly tokens: Token[];

	constructor(source: string) {
		this.tokens = tokenize(source);
	}

	private get current(): Token {
		return itemAt(this.tokens, this.index);
	}

	private atEnd(): boolean {
		return this.current.type === 'end';
	}

	private isSymbol(text: string): boolean {
		return this.current.type === 'symbol' && this.current.text === text;
	}

	/** The infix symbol at the cursor when it has this precedence. */
	private infixAt(precedence: 1 | 2 | 4): InfixSymbol | undefined {
		return infixSymbolsAt(precedence).find(symbol => this.isSymbol(symbol));
	}

	private expectSymbol(text: string, what: string): void {
		if (!this.isSymbol(text))
			throw new FormulaError(`expected ${what}, found ${describe(this.current)}`, this.current.column);
		this.index++;
	}

	program(): Step[] {
		const steps: Step[] = [];
		while (!this.atEnd()) {
			if (steps.length === packLimits.formulaSteps)
				throw new FormulaError(`a formula has at most ${packLimits.formulaSteps} steps`, this.current.column);
			steps.push(this.step());
			if (this.isSymbol(';')) this.index++;
			else if (!this.atEnd()) {
				throw new FormulaError(`expected ';' between steps, found ${describe(this.current)}`, this.current.column);
			}
		}
		if (steps.length === 0) throw new FormulaError('the formula has no steps', 1);
		return steps;
	}

	expressionOnly(): Expr {
		const expr = this.sum();
		if (this.current.type !== 'end')
			throw new FormulaError(`unexpected ${describe(this.current)}`, this.current.column);
		return expr;
	}

	private step(): Step {
		const token = this.current;
		if (token.type !== 'name') throw new FormulaError(`expected a step name, found ${describe(token)}`, token.column);
		if (reservedName(token.text))
			throw new FormulaError(`'${token.text}' is a function and can't name a step`, token.column);
		this.index++;
		this.expectSymbol('=', `'=' after '${token.text}'`);
		const start = this.index;
		const expr = this.sum();
		// Every walk over a step recurses once per operation at most; this keeps them all shallow.
		const operations = this.tokens
			.slice(start, this.index)
			.filter(t => t.type === 'symbol' && t.text !== '(' && t.text !== ')').length;
		if (operations > packLimits.stepOperations)
			throw new FormulaError(
				`step '${token.text}' has ${operations} operations; a step has at most ${packLimits.stepOperations}`,
				token.column,
			);
		return {name: token.text, expr, column: token.column};
	}

	private sum(): Expr {
		let left = this.product();
		for (let op = this.infixAt(1); op !== undefined; op = this.infixAt(1)) {
			const {column} = this.current;
			this.index++;
			left = {kind: 'binary', op, left, right: this.product(), column};
		}
		return left;
	}

	private product(): Expr {
		let left = this.unary();
		for (let op = this.infixAt(2); op !== undefined; op = this.infixAt(2)) {
			const {column} = this.current;
			this.index++;
			left = {kind: 'binary', op, left, right: this.unary(), column};
		}
		return left;
	}

	// Unary minus binds looser than ^, so -x^2 is -(x^2) as in written maths.
	// Every nesting (parentheses, a function, a minus, an exponent) passes here once: the depth is counted.
	private unary(): Expr {
		if (++this.depth > packLimits.formulaDepth)
			throw new FormulaError(`nested more than ${packLimits.formulaDepth} deep`, this.current.column);
		try {
			if (this.isSymbol('-')) {
				const {column} = this.current;
				this.index++;
				return {kind: 'negate', arg: this.unary(), column};
			}
			return this.power();
		} finally {
			this.depth--;
		}
	}

	private power(): Expr {
		const base = this.atom();
		const op = this.infixAt(4);
		if (op === undefined) return base;
		const {column} = this.current;
		this.index++;
		return {kind: 'binary', op, left: base, right: this.unary(), column};
	}

	private atom(): Expr {
		const token = this.current;
		if (token.type === 'number') {
			this.index++;
			return {kind: 'number', value: token.value, column: token.column};
		}
		if (token.type === 'name') {
			this.index++;
			const fn = functionOperator(token.text);
			// `sum` and `mean` name matrix functions, and older levels name a step `sum`: without '(' it is that step.
			const next = this.tokens[this.index];
			if (fn !== undefined && (reservedName(token.text) || (next?.type === 'symbol' && next.text === '('))) {
				this.expectSymbol('(', `'(' after ${token.text}`);
				const args = [this.sum()];
				while (this.isSymbol(',')) {
					this.index++;
					args.push(this.sum());
				}
				const {arity} = operators[fn];
				const optional = constantLast(fn)?.optional === true;
				if (args.length !== arity && !(optional && args.length === arity - 1)) {
					if (optional)
						throw new FormulaError(
							`${token.text} takes a value and, after a comma, an axis; found ${args.length} arguments`,
							token.column,
						);
					const wanted = arity === 1 ? 'one argument' : `${arity} arguments separated by commas`;
					throw new FormulaError(`${token.text} takes ${wanted}, found ${args.length}`, token.column);
				}
				this.expectSymbol(')', `')' to close ${token.text}(`);
				return {kind: 'call', fn, args, column: token.column};
			}
			return {kind: 'name', name: token.text, column: token.column};
		}
		if (this.isSymbol('(')) {
			this.index++;
			const inner = this.sum();
			this.expectSymbol(')', "')'");
			return inner;
		}
		throw new FormulaError(`expected a number, a name or '(', found ${describe(token)}`, token.column);
	}
}

/** A function of the scalar levels, which no step may be named after; the matrix-only ones may. */
function reservedName(name: string): boolean {
	const fn = functionOperator(name);
	return fn !== undefined && scalarRule(fn) !== undefined;
}

function describe(token: Token): string {
	return token.type === 'end' ? 'the end of the formula' : `'${token.text}'`;
}

/** Parses `name = expr; name = expr; …` into steps; throws FormulaError with a column. */
export function parseFormula(source: string): Step[] {
	// Practice parses the same few formulas over and over; steps are read-only, so they are shared.
	const known = formulasParsed.get(source);
	if (known !== undefined) return [...known];
	const steps = new Parser(source).program();
	if (formulasParsed.size === formulasKept) formulasParsed.clear();
	formulasParsed.set(source, steps);
	return [...steps];
}

const formulasKept = 256;
const formulasParsed = new Map<string, readonly Step[]>();

/** Parses a single expression with no step names. */
export function parseExpression(source: string): Expr {
	return new Parser(source).expressionOnly();
}

/**
 * Prints an expression back in the formula language, with only the parentheses
 * it needs; `rename` can show each name differently (say, as its value).
 */
export function printExpr(expr: Expr, parentPrecedence = 0, rename: (name: string) => string = n => n): string {
	switch (expr.kind) {
		case 'number': {
			const text = String(expr.value);
			return expr.value < 0 && parentPrecedence >= 3 ? `(${text})` : text;
		}
		case 'name':
			return rename(expr.name);
		case 'call':
			return `${functionName(expr.fn)}(${expr.args.map(arg => printExpr(arg, 0, rename)).join(', ')})`;
		case 'negate': {
			const text = `-${printExpr(expr.arg, 3, rename)}`;
			return parentPrecedence >= 3 ? `(${text})` : text;
		}
		case 'binary': {
			const p = precedenceOf(expr.op);
			// Left-associative ops need parentheses on a right operand of equal precedence; ^ is right-associative.
			const leftP = expr.op === '^' ? p + 1 : p;
			const rightP = expr.op === '^' ? p - 1 : p + 1;
			const text = `${printExpr(expr.left, leftP, rename)} ${expr.op} ${printExpr(expr.right, rightP, rename)}`;
			return p < parentPrecedence ? `(${text})` : text;
		}
		default:
			return assertNever(expr);
	}
}

/**
 * Prints an expression as maths for the player to read (`½·(a − t)²`, `σ(z)`,
 * `x − 2`), each operation in the form the operator table gives, with only the
 * parentheses needed. With `valueOfName`, a name that has a value prints as that
 * number instead (`σ(−0.3)`): the step worked out on its inputs. With `entrywise`,
 * the expression is on matrices: `*` multiplies entry by entry and prints as ⊙
 * (`sum(Y ⊙ G)`), apart from a plain number times a matrix.
 */
export function printMaths(
	expr: Expr,
	parentPrecedence = 0,
	valueOfName?: (name: string) => number | undefined,
	entrywise = false,
): string {
	const inner = (e: Expr, p: number) => printMaths(e, p, valueOfName, entrywise);
	switch (expr.kind) {
		case 'number':
			return expr.value === 0.5 ? '½' : mathsNumber(expr.value, parentPrecedence, String(expr.value));
		case 'name': {
			const value = valueOfName?.(expr.name);
			return value === undefined ? expr.name : mathsNumber(value, parentPrecedence, formatNumber(value));
		}
		case 'call':
			return operators[expr.fn].maths(expr.args.map(arg => inner(arg, 0)));
		case 'negate': {
			const text = operators.neg.maths([inner(expr.arg, 3)]);
			return parentPrecedence >= 3 ? `(${text})` : text;
		}
		case 'binary': {
			const p = precedenceOf(expr.op);
			const leftP = expr.op === '^' ? p + 1 : p;
			const rightP = expr.op === '^' ? p - 1 : p + 1;
			// Adding a negative reads as taking it away: x − 2, not x + −2.
			const taken = expr.op === '+' ? negated(expr.right) : undefined;
			if (taken !== undefined) {
				const text = operators.sub.maths([inner(expr.left, leftP), inner(taken, rightP)]);
				return p < parentPrecedence ? `(${text})` : text;
			}
			const [left, right] = [inner(expr.left, leftP), inner(expr.right, rightP)];
			const text =
				entrywise && expr.op === '*' && expr.left.kind !== 'number' && expr.right.kind !== 'number'
					? `${left} ⊙ ${right}`
					: operators[infixOperator(expr.op)].maths([left, right]);
			return p < parentPrecedence ? `(${text})` : text;
		}
		default:
			return assertNever(expr);
	}
}

/** A step of a matrix level as maths: `X·W + b`, `sum(Y ⊙ G)`, `mean(−Σⱼ(Y ⊙ ln(P)))`. */
export const printMatrixMaths = (expr: Expr): string => printMaths(expr, 0, undefined, true);

/** What `expr` is the negative of, when it is written as one: `-2`, `-(b)`. */
function negated(expr: Expr): Expr | undefined {
	if (expr.kind === 'negate') return expr.arg;
	if (expr.kind === 'number' && expr.value < 0) return {...expr, value: -expr.value};
	return undefined;
}

/** A number inside printed maths: a true minus sign, bracketed after an operator (`4·(−3)`, `x + (−2)`). */
function mathsNumber(value: number, parentPrecedence: number, text: string): string {
	const signed = text.replaceAll('-', '−');
	return value < 0 && parentPrecedence >= 2 ? `(${signed})` : signed;
}

/** Every name an expression reads, in order of appearance (function names excluded). */
export function namesIn(expr: Expr): Expr[] {
	switch (expr.kind) {
		case 'number':
			return [];
		case 'name':
			return [expr];
		case 'negate':
			return namesIn(expr.arg);
		case 'call':
			return expr.args.flatMap(namesIn);
		case 'binary':
			return [...namesIn(expr.left), ...namesIn(expr.right)];
		default:
			return assertNever(expr);
	}
}

/** How a formula writes a function operation: `sigmoid`. */
export function functionName(fn: OperatorName): string {
	const {syntax} = operators[fn];
	return syntax.kind === 'function' ? syntax.name : fn;
}
