// Every operation of the formula language, in one table: how a formula writes
// it, what the engine does with it, how a typed answer evaluates it, the rule
// for its local derivative, the glyph its gate wears on the circuit, how maths
// text prints it, and whether it is a neuron's activation. Formula parsing,
// graph building, answer parsing, diagnoses, the circuit, the in-game help, the
// practice texts and the lab's units all read this table; adding an entry is
// how an operation joins the game.

import type {Op, Value} from '../engine/index.js';
import type {Localized} from './language.js';

/** How the formula language writes an operation. */
export type Syntax =
	/** `a + b`; a higher precedence binds tighter; `^` groups from the right. */
	| {readonly kind: 'infix'; readonly symbol: InfixSymbol; readonly precedence: 1 | 2 | 4}
	/** `-a`. */
	| {readonly kind: 'prefix'; readonly symbol: '-'}
	/** `name(a)` or `name(a, b)`, arguments separated by commas. */
	| {readonly kind: 'function'; readonly name: string};

export type InfixSymbol = '+' | '-' | '*' | '/' | '^';

type Operator = {
	readonly syntax: Syntax;
	readonly arity: 1 | 2;
	/** What `Value.op` says for a node this operation made. */
	readonly engineOp: Exclude<Op, 'input'>;
	/** Builds the node on the engine; the engine method records the local derivatives. */
	readonly apply: (args: readonly Value[]) => Value;
	/** The same operation on plain numbers, for a typed answer such as `max(2, 3)`. */
	readonly evaluate: (args: readonly number[]) => number;
	/** The local derivative, as hints and worked solutions state it. */
	readonly rule: Localized<string>;
	/** The gate's label on the circuit (a word gets a space before its input's value). */
	readonly glyph: string;
	/** The operation in printed maths (`a·b`, `a²`, `σ(a)`, `a − b`), from its arguments already printed. */
	readonly maths: (args: readonly string[]) => string;
	/** A neuron's activation (a lab unit, and the step a "check the activation" message names). */
	readonly activation: boolean;
};

// `args[i] as T` is safe here: the parser checks each call's arity against this table.
const first = (args: readonly Value[]) => args[0] as Value;
const second = (args: readonly Value[]) => args[1] as Value;
const a = (args: readonly number[]) => args[0] as number;
const b = (args: readonly number[]) => args[1] as number;
const superscripts: Readonly<Record<string, string>> = {
	'0': '⁰',
	'1': '¹',
	'2': '²',
	'3': '³',
	'4': '⁴',
	'5': '⁵',
	'6': '⁶',
	'7': '⁷',
	'8': '⁸',
	'9': '⁹',
	'-': '⁻',
	'−': '⁻',
};
/** `a²` for a small whole exponent; `a^k` otherwise. */
const power = (base: string, k: string) =>
	/^[-−]?\d$/.test(k) ? base + [...k].map(c => superscripts[c] ?? c).join('') : `${base}^${k}`;
const call = (name: string) => (args: readonly string[]) => `${name}(${args.join(', ')})`;

export const operators = {
	add: {
		syntax: {kind: 'infix', symbol: '+', precedence: 1},
		arity: 2,
		engineOp: '+',
		apply: args => first(args).add(second(args)),
		evaluate: args => a(args) + b(args),
		rule: {
			en: 'an add node passes the upstream gradient to both inputs unchanged: ∂(a + b)/∂a = ∂(a + b)/∂b = 1',
			ko: '덧셈 노드는 상류 기울기를 두 입력에 그대로 복사해 보냅니다: ∂(a + b)/∂a = ∂(a + b)/∂b = 1',
		},
		glyph: '+',
		maths: args => `${args[0]} + ${args[1]}`,
		activation: false,
	},
	sub: {
		syntax: {kind: 'infix', symbol: '-', precedence: 1},
		arity: 2,
		engineOp: '-',
		apply: args => first(args).sub(second(args)),
		evaluate: args => a(args) - b(args),
		rule: {en: '∂(a − b)/∂a = 1 and ∂(a − b)/∂b = −1', ko: '∂(a − b)/∂a = 1, ∂(a − b)/∂b = −1'},
		glyph: '−',
		maths: args => `${args[0]} − ${args[1]}`,
		activation: false,
	},
	mul: {
		syntax: {kind: 'infix', symbol: '*', precedence: 2},
		arity: 2,
		engineOp: '*',
		apply: args => first(args).mul(second(args)),
		evaluate: args => a(args) * b(args),
		rule: {
			en: 'a multiply node swaps its inputs: ∂(a·b)/∂a = b and ∂(a·b)/∂b = a',
			ko: '곱셈 노드는 입력을 맞바꿉니다: ∂(a·b)/∂a = b, ∂(a·b)/∂b = a',
		},
		glyph: '×',
		maths: args => `${args[0]}·${args[1]}`,
		activation: false,
	},
	div: {
		syntax: {kind: 'infix', symbol: '/', precedence: 2},
		arity: 2,
		engineOp: '/',
		apply: args => first(args).div(second(args)),
		evaluate: args => a(args) / b(args),
		rule: {en: '∂(a/b)/∂a = 1/b and ∂(a/b)/∂b = −a/b²', ko: '∂(a/b)/∂a = 1/b, ∂(a/b)/∂b = −a/b²'},
		glyph: '÷',
		maths: args => `${args[0]}/${args[1]}`,
		activation: false,
	},
	pow: {
		syntax: {kind: 'infix', symbol: '^', precedence: 4},
		arity: 2,
		engineOp: 'pow',
		// The exponent is a constant (the graph builder refuses a name there).
		apply: args => first(args).pow(second(args).data),
		evaluate: args => a(args) ** b(args),
		rule: {en: '∂(aᵏ)/∂a = k·aᵏ⁻¹', ko: '∂(aᵏ)/∂a = k·aᵏ⁻¹'},
		glyph: '^',
		maths: args => power(args[0] ?? '', args[1] ?? ''),
		activation: false,
	},
	neg: {
		syntax: {kind: 'prefix', symbol: '-'},
		arity: 1,
		engineOp: 'neg',
		apply: args => first(args).neg(),
		evaluate: args => -a(args),
		rule: {en: '∂(−a)/∂a = −1', ko: '∂(−a)/∂a = −1'},
		glyph: '−',
		maths: args => `−${args[0]}`,
		activation: false,
	},
	exp: {
		syntax: {kind: 'function', name: 'exp'},
		arity: 1,
		engineOp: 'exp',
		apply: args => first(args).exp(),
		evaluate: args => Math.exp(a(args)),
		rule: {en: 'the slope of eᵃ is eᵃ itself', ko: 'eᵃ의 기울기는 eᵃ 자신입니다'},
		glyph: 'exp ',
		maths: call('exp'),
		activation: false,
	},
	log: {
		syntax: {kind: 'function', name: 'log'},
		arity: 1,
		engineOp: 'log',
		apply: args => first(args).log(),
		evaluate: args => (a(args) > 0 ? Math.log(a(args)) : Number.NaN),
		rule: {en: '∂(ln a)/∂a = 1/a', ko: '∂(ln a)/∂a = 1/a'},
		glyph: 'ln ',
		maths: call('ln'),
		activation: false,
	},
	tanh: {
		syntax: {kind: 'function', name: 'tanh'},
		arity: 1,
		engineOp: 'tanh',
		apply: args => first(args).tanh(),
		evaluate: args => Math.tanh(a(args)),
		rule: {en: 'the slope of tanh is 1 − tanh²', ko: 'tanh의 기울기는 1 − tanh²입니다'},
		glyph: 'tanh ',
		maths: call('tanh'),
		activation: true,
	},
	sigmoid: {
		syntax: {kind: 'function', name: 'sigmoid'},
		arity: 1,
		engineOp: 'sigmoid',
		apply: args => first(args).sigmoid(),
		evaluate: args => 1 / (1 + Math.exp(-a(args))),
		rule: {en: 'the slope of σ is σ·(1 − σ)', ko: 'σ의 기울기는 σ·(1 − σ)입니다'},
		glyph: 'σ',
		maths: call('σ'),
		activation: true,
	},
	relu: {
		syntax: {kind: 'function', name: 'relu'},
		arity: 1,
		engineOp: 'relu',
		apply: args => first(args).relu(),
		evaluate: args => Math.max(0, a(args)),
		rule: {
			en: 'relu passes the gradient where a > 0 and blocks it elsewhere',
			ko: 'relu는 a > 0일 때만 기울기를 통과시킵니다',
		},
		glyph: 'relu ',
		maths: call('relu'),
		activation: true,
	},
	abs: {
		syntax: {kind: 'function', name: 'abs'},
		arity: 1,
		engineOp: 'abs',
		apply: args => first(args).abs(),
		evaluate: args => Math.abs(a(args)),
		rule: {
			en: '∂|a|/∂a is 1 where a > 0 and −1 where a < 0 (the game takes 0 at a = 0)',
			ko: '∂|a|/∂a는 a > 0이면 1, a < 0이면 −1입니다 (a = 0에서는 0으로 둡니다)',
		},
		glyph: 'abs ',
		maths: args => `|${args[0]}|`,
		activation: false,
	},
	max: {
		syntax: {kind: 'function', name: 'max'},
		arity: 2,
		engineOp: 'max',
		apply: args => first(args).max(second(args)),
		evaluate: args => Math.max(a(args), b(args)),
		rule: {
			en: 'a max node routes the whole upstream gradient to the larger input and 0 to the other (on a tie, to the first)',
			ko: 'max 노드는 상류 기울기 전부를 더 큰 입력으로 보내고 다른 입력에는 0을 줍니다 (같으면 첫 번째 입력으로)',
		},
		glyph: 'max ',
		maths: call('max'),
		activation: false,
	},
} as const satisfies Record<string, Operator>;

export type OperatorName = keyof typeof operators;

const operatorNames = Object.keys(operators) as OperatorName[];

/** The operation by its formula function name (`sigmoid`), if there is one. */
export function functionOperator(name: string): OperatorName | undefined {
	return operatorNames.find(op => {
		const syntax: Syntax = operators[op].syntax;
		return syntax.kind === 'function' && syntax.name === name;
	});
}

/** The names a formula or an answer may call: `exp`, `sigmoid`, `max`, … */
export const functionNames: readonly string[] = operatorNames.flatMap(op => {
	const syntax: Syntax = operators[op].syntax;
	return syntax.kind === 'function' ? [syntax.name] : [];
});

/** The infix operation written with `symbol`. */
export function infixOperator(symbol: InfixSymbol): OperatorName {
	const found = operatorNames.find(op => {
		const syntax: Syntax = operators[op].syntax;
		return syntax.kind === 'infix' && syntax.symbol === symbol;
	});
	if (found === undefined) throw new Error(`no operation is written '${symbol}'`);
	return found;
}

/** The infix symbols at one precedence level, for the parser's loops. */
export function infixSymbolsAt(precedence: 1 | 2 | 4): readonly InfixSymbol[] {
	return operatorNames.flatMap(op => {
		const syntax: Syntax = operators[op].syntax;
		return syntax.kind === 'infix' && syntax.precedence === precedence ? [syntax.symbol] : [];
	});
}

/** The precedence of an infix symbol, for printing only the parentheses needed. */
export function precedenceOf(symbol: InfixSymbol): number {
	const syntax: Syntax = operators[infixOperator(symbol)].syntax;
	return syntax.kind === 'infix' ? syntax.precedence : 0;
}

/** The operation behind an engine node's op. */
export function operatorOfEngineOp(op: Exclude<Op, 'input'>): OperatorName {
	const found = operatorNames.find(name => operators[name].engineOp === op);
	if (found === undefined) throw new Error(`no operation in the table makes engine op '${op}'`);
	return found;
}

/** The operations a neuron may apply as its activation (`sigmoid`, `tanh`, `relu`). */
export const activationOperators: readonly OperatorName[] = operatorNames.filter(op => operators[op].activation);

/** Whether maths text applies an activation: `sigmoid(z)`, `tanh(z)`, `σ(z)`. */
export function mentionsActivation(text: string): boolean {
	return activationOperators.some(op => {
		const syntax: Syntax = operators[op].syntax;
		const name = syntax.kind === 'function' ? syntax.name : '';
		return new RegExp(`(^|[^\\w])(${name}|${escapeRegExp(operators[op].glyph.trim())})\\s*\\(`).test(text);
	});
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One-input functions (`exp`, `sigmoid`, …): a step that applies one can be answered with its input by mistake. */
export const unaryFunctionOperators: readonly OperatorName[] = operatorNames.filter(
	op => operators[op].syntax.kind === 'function' && operators[op].arity === 1,
);

/** For a switch that must handle every case: the compiler proves this is never reached. */
export function assertNever(value: never): never {
	throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}

/** Functions whose circuit glyph is a single symbol (σ): an answer may type the glyph for the name. */
export const glyphOnlyOperators: readonly {readonly glyph: string; readonly name: string}[] = operatorNames.flatMap(
	op => {
		const {syntax, glyph}: {syntax: Syntax; glyph: string} = operators[op];
		return syntax.kind === 'function' && glyph.trim() === glyph && glyph.length === 1
			? [{glyph, name: syntax.name}]
			: [];
	},
);
