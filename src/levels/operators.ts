// Every operation of the formula language, in one table: how a formula writes
// it, what the engine does with it, how a typed answer evaluates it, the rule
// for its local derivative, the glyph its gate wears on the circuit, how maths
// text prints it, and whether it is a neuron's activation. Formula parsing,
// graph building, answer parsing, diagnoses, the circuit, the in-game help, the
// practice texts and the lab's units all read this table; adding an entry is
// how an operation joins the game.

import {itemAt} from '../engine/checked.js';
import type {Op, Value} from '../engine/index.js';
import type {Localized} from './language.js';
import {broadcastShapes, type Shape, showShape} from './shape.js';
import type {Tensor} from './tensor-type.js';

/** How the formula language writes an operation. */
export type Syntax =
	/** `a + b`; a higher precedence binds tighter; `^` groups from the right. */
	| {readonly kind: 'infix'; readonly symbol: InfixSymbol; readonly precedence: 1 | 2 | 4}
	/** `-a`. */
	| {readonly kind: 'prefix'; readonly symbol: '-'}
	/** `name(a)` or `name(a, b)`, arguments separated by commas. */
	| {readonly kind: 'function'; readonly name: string};

export type InfixSymbol = '+' | '-' | '*' | '/' | '^' | '@';

/**
 * The operation on matrices (matrix levels): how the tensor engine computes it
 * and the shape it gives, or why the shapes don't fit. `constant` is the
 * operation's number argument (an axis, an exponent) when it takes one.
 */
type TensorRule = {
	readonly apply: (args: readonly Tensor[], constant: number | undefined) => Tensor;
	/** The result's shape, or a message saying which shapes don't fit (the caller names the step and the operands). */
	readonly shape: (shapes: readonly Shape[], constant: number | undefined) => Shape | {readonly error: string};
};

/** An operation on numbers: every operation of the scalar levels has one. */
type ScalarRule = {
	/** What `Value.op` says for a node this operation made. */
	readonly engineOp: Exclude<Op, 'input'>;
	/** Builds the node on the engine; the engine method records the local derivatives. */
	readonly apply: (args: readonly Value[]) => Value;
	/** The same operation on plain numbers, for a typed answer such as `max(2, 3)`. */
	readonly evaluate: (args: readonly number[]) => number;
};

type Operator = {
	readonly syntax: Syntax;
	readonly arity: 1 | 2;
	/**
	 * The last argument is a number the formula writes (the axis of `sum(A, 0)`,
	 * the exponent of `a ^ 2`), and may be left out when `optional` is set.
	 */
	readonly constantLast?: {readonly optional: boolean};
	/** On numbers; undefined for an operation only matrices have (`@`, `transpose`). */
	readonly scalar: ScalarRule | undefined;
	/** On matrices; undefined for an operation only the scalar levels use. */
	readonly tensor: TensorRule | undefined;
	/** The local derivative, as hints and worked solutions state it. */
	readonly rule: Localized<string>;
	/** The gate's label on the circuit (a word gets a space before its input's value). */
	readonly glyph: string;
	/** The operation in printed maths (`a·b`, `a²`, `σ(a)`, `a − b`), from its arguments already printed. */
	readonly maths: (args: readonly string[]) => string;
	/** A neuron's activation (a lab unit, and the step a "check the activation" message names). */
	readonly activation: boolean;
};

// The parser checks each call's arity against this table, so these arguments are there.
const first = <T>(args: readonly T[]) => itemAt(args, 0);
const second = <T>(args: readonly T[]) => itemAt(args, 1);
const a = (args: readonly number[]) => itemAt(args, 0);
const b = (args: readonly number[]) => itemAt(args, 1);
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
/**
 * A sum or mean as maths writes it: over everything `sum(A)`, over one axis by the index it runs
 * over, `Σⱼ(A)` across each row (axis 1, the columns j) and `Σᵢ(A)` down each column (axis 0, the rows i).
 */
const reduced = (name: string, overIndex: string) => (args: readonly string[]) => {
	const [x = '', axis] = args;
	return axis === undefined ? `${name}(${x})` : `${overIndex}${axis === '0' ? 'ᵢ' : 'ⱼ'}(${x})`;
};

/** An element-wise operation on two matrices: NumPy broadcasting decides the shape. */
const elementwise = (apply: (x: Tensor, y: Tensor) => Tensor): TensorRule => ({
	apply: args => apply(first(args), second(args)),
	shape: ([x = [], y = []]) => broadcastShapes(x, y) ?? {error: `can't broadcast ${showShape(x)} with ${showShape(y)}`},
});

/** A function applied to each element: the shape stays. */
const eachElement = (apply: (x: Tensor) => Tensor): TensorRule => ({
	apply: args => apply(first(args)),
	shape: ([x = []]) => x,
});

/** `sum(A)` or `mean(A)` over everything, or over one axis as NumPy counts them (0: down the rows). */
const reduction = (apply: (x: Tensor, axis: number | undefined) => Tensor): TensorRule => ({
	apply: (args, axis) => apply(first(args), axis),
	shape: ([x = []], axis) => {
		if (axis === undefined) return [];
		if (!(Number.isInteger(axis) && axis >= 0 && axis < x.length))
			return {
				error: `axis ${axis} is not an axis of a ${showShape(x)} value (${x.length === 2 ? '0 or 1' : x.length === 1 ? '0' : 'none'})`,
			};
		return x.filter((_, i) => i !== axis);
	},
});

export const operators = {
	add: {
		syntax: {kind: 'infix', symbol: '+', precedence: 1},
		arity: 2,
		scalar: {
			engineOp: '+',
			apply: args => first(args).add(second(args)),
			evaluate: args => a(args) + b(args),
		},
		tensor: elementwise((x, y) => x.add(y)),
		rule: {
			en: 'an add node passes the upstream gradient to every input unchanged: ∂(u + v)/∂u = ∂(u + v)/∂v = 1',
			ko: '덧셈 노드는 상류 기울기를 모든 입력에 그대로 복사해 보냅니다: ∂(u + v)/∂u = ∂(u + v)/∂v = 1',
		},
		glyph: '+',
		maths: args => `${args[0]} + ${args[1]}`,
		activation: false,
	},
	sub: {
		syntax: {kind: 'infix', symbol: '-', precedence: 1},
		arity: 2,
		scalar: {
			engineOp: '-',
			apply: args => first(args).sub(second(args)),
			evaluate: args => a(args) - b(args),
		},
		tensor: elementwise((x, y) => x.sub(y)),
		rule: {en: '∂(u − v)/∂u = 1 and ∂(u − v)/∂v = −1', ko: '∂(u − v)/∂u = 1, ∂(u − v)/∂v = −1입니다'},
		glyph: '−',
		maths: args => `${args[0]} − ${args[1]}`,
		activation: false,
	},
	mul: {
		syntax: {kind: 'infix', symbol: '*', precedence: 2},
		arity: 2,
		scalar: {
			engineOp: '*',
			apply: args => first(args).mul(second(args)),
			evaluate: args => a(args) * b(args),
		},
		tensor: elementwise((x, y) => x.mul(y)),
		rule: {
			en: 'a multiply node swaps its inputs: ∂(u·v)/∂u = v and ∂(u·v)/∂v = u',
			ko: '곱셈 노드는 입력을 맞바꿉니다: ∂(u·v)/∂u = v, ∂(u·v)/∂v = u',
		},
		glyph: '×',
		maths: args => `${args[0]}·${args[1]}`,
		activation: false,
	},
	div: {
		syntax: {kind: 'infix', symbol: '/', precedence: 2},
		arity: 2,
		scalar: {
			engineOp: '/',
			apply: args => first(args).div(second(args)),
			evaluate: args => a(args) / b(args),
		},
		tensor: elementwise((x, y) => x.div(y)),
		rule: {en: '∂(u/v)/∂u = 1/v and ∂(u/v)/∂v = −u/v²', ko: '∂(u/v)/∂u = 1/v, ∂(u/v)/∂v = −u/v²입니다'},
		glyph: '÷',
		maths: args => `${args[0]}/${args[1]}`,
		activation: false,
	},
	matmul: {
		syntax: {kind: 'infix', symbol: '@', precedence: 2},
		arity: 2,
		scalar: undefined,
		tensor: {
			apply: args => first(args).matmul(second(args)),
			shape: ([x = [], y = []]) => {
				if (x.length !== 2 || y.length !== 2) return {error: '@ multiplies two matrices'};
				if (x[1] !== y[0])
					return {error: `the columns of the left (${x[1]}) must match the rows of the right (${y[0]})`};
				return [itemAt(x, 0), itemAt(y, 1)];
			},
		},
		rule: {
			en: 'for Y = A·B: ∂L/∂A = ∂L/∂Y·Bᵀ and ∂L/∂B = Aᵀ·∂L/∂Y (the shapes allow no other order)',
			ko: 'Y = A·B이면 ∂L/∂A = ∂L/∂Y·Bᵀ, ∂L/∂B = Aᵀ·∂L/∂Y입니다. 모양이 맞게 곱하는 순서는 이것뿐입니다.',
		},
		glyph: '@',
		maths: args => `${args[0]}·${args[1]}`,
		activation: false,
	},
	pow: {
		syntax: {kind: 'infix', symbol: '^', precedence: 4},
		arity: 2,
		constantLast: {optional: false},
		scalar: {
			engineOp: 'pow',
			// The exponent is a constant (the graph builder refuses a name there).
			apply: args => first(args).pow(second(args).data),
			evaluate: args => a(args) ** b(args),
		},
		// On a matrix, element by element.
		tensor: {
			apply: (args, k) => first(args).pow(k ?? 1),
			shape: ([x = []]) => x,
		},
		rule: {en: '∂(uᵏ)/∂u = k·uᵏ⁻¹', ko: '거듭제곱의 기울기는 ∂(uᵏ)/∂u = k·uᵏ⁻¹입니다'},
		glyph: '^',
		maths: args => power(args[0] ?? '', args[1] ?? ''),
		activation: false,
	},
	neg: {
		syntax: {kind: 'prefix', symbol: '-'},
		arity: 1,
		scalar: {engineOp: 'neg', apply: args => first(args).neg(), evaluate: args => -a(args)},
		tensor: eachElement(x => x.neg()),
		rule: {en: '∂(−u)/∂u = −1', ko: '∂(−u)/∂u = −1입니다'},
		glyph: '−',
		maths: args => `−${args[0]}`,
		activation: false,
	},
	exp: {
		syntax: {kind: 'function', name: 'exp'},
		arity: 1,
		scalar: {engineOp: 'exp', apply: args => first(args).exp(), evaluate: args => Math.exp(a(args))},
		tensor: eachElement(x => x.exp()),
		rule: {en: 'the slope of eᵘ is eᵘ itself', ko: 'eᵘ의 기울기는 eᵘ 자신입니다'},
		glyph: 'exp ',
		maths: call('exp'),
		activation: false,
	},
	log: {
		syntax: {kind: 'function', name: 'log'},
		arity: 1,
		scalar: {
			engineOp: 'log',
			apply: args => first(args).log(),
			evaluate: args => (a(args) > 0 ? Math.log(a(args)) : Number.NaN),
		},
		tensor: eachElement(x => x.log()),
		rule: {en: '∂(ln u)/∂u = 1/u', ko: '∂(ln u)/∂u = 1/u입니다'},
		glyph: 'ln ',
		maths: call('ln'),
		activation: false,
	},
	tanh: {
		syntax: {kind: 'function', name: 'tanh'},
		arity: 1,
		scalar: {engineOp: 'tanh', apply: args => first(args).tanh(), evaluate: args => Math.tanh(a(args))},
		tensor: eachElement(x => x.tanh()),
		rule: {en: 'the slope of tanh is 1 − tanh²', ko: 'tanh의 기울기는 1 − tanh²입니다'},
		glyph: 'tanh ',
		maths: call('tanh'),
		activation: true,
	},
	sigmoid: {
		syntax: {kind: 'function', name: 'sigmoid'},
		arity: 1,
		scalar: {
			engineOp: 'sigmoid',
			apply: args => first(args).sigmoid(),
			evaluate: args => 1 / (1 + Math.exp(-a(args))),
		},
		tensor: eachElement(x => x.sigmoid()),
		rule: {en: 'the slope of σ is σ·(1 − σ)', ko: 'σ의 기울기는 σ·(1 − σ)입니다'},
		glyph: 'σ',
		maths: call('σ'),
		activation: true,
	},
	relu: {
		syntax: {kind: 'function', name: 'relu'},
		arity: 1,
		scalar: {engineOp: 'relu', apply: args => first(args).relu(), evaluate: args => Math.max(0, a(args))},
		tensor: eachElement(x => x.relu()),
		rule: {
			en: 'relu passes the gradient where u > 0 and blocks it elsewhere',
			ko: 'relu는 u > 0일 때만 기울기를 통과시킵니다',
		},
		glyph: 'relu ',
		maths: call('relu'),
		activation: true,
	},
	abs: {
		syntax: {kind: 'function', name: 'abs'},
		arity: 1,
		scalar: {engineOp: 'abs', apply: args => first(args).abs(), evaluate: args => Math.abs(a(args))},
		tensor: undefined,
		rule: {
			en: '∂|u|/∂u is 1 where u > 0 and −1 where u < 0 (the game takes 0 at u = 0)',
			ko: '∂|u|/∂u는 u > 0이면 1, u < 0이면 −1이고, u = 0에서는 0으로 둡니다',
		},
		glyph: 'abs ',
		maths: args => `|${args[0]}|`,
		activation: false,
	},
	max: {
		syntax: {kind: 'function', name: 'max'},
		arity: 2,
		scalar: {
			engineOp: 'max',
			apply: args => first(args).max(second(args)),
			evaluate: args => Math.max(a(args), b(args)),
		},
		tensor: undefined,
		rule: {
			en: 'a max node routes the whole upstream gradient to the larger input and 0 to the other (on a tie, to the first)',
			ko: 'max 노드는 상류 기울기를 전부 큰 쪽 입력에 보내고(둘이 같으면 첫 번째 입력에) 다른 입력에는 0을 보냅니다',
		},
		glyph: 'max ',
		maths: call('max'),
		activation: false,
	},
	transpose: {
		syntax: {kind: 'function', name: 'transpose'},
		arity: 1,
		scalar: undefined,
		tensor: {
			apply: args => first(args).transpose(),
			shape: ([x = []]) => (x.length === 2 ? [itemAt(x, 1), itemAt(x, 0)] : {error: 'transpose takes a matrix'}),
		},
		rule: {
			en: 'the gradient of Aᵀ flows back transposed: ∂L/∂A = (∂L/∂Aᵀ)ᵀ',
			ko: 'Aᵀ의 기울기는 전치되어 돌아갑니다: ∂L/∂A = (∂L/∂Aᵀ)ᵀ',
		},
		glyph: 'ᵀ',
		maths: args => `${args[0]}ᵀ`,
		activation: false,
	},
	sum: {
		syntax: {kind: 'function', name: 'sum'},
		arity: 2,
		constantLast: {optional: true},
		scalar: undefined,
		tensor: reduction((x, axis) => x.sum(axis)),
		rule: {
			en: 'a sum copies its upstream gradient back to every element it added (broadcasting forward is summing backward)',
			ko: '합은 상류 기울기를 더해진 원소 모두에 그대로 돌려보냅니다. 순전파의 브로드캐스팅이 역전파에서는 합이 됩니다',
		},
		glyph: 'Σ',
		maths: reduced('sum', 'Σ'),
		activation: false,
	},
	mean: {
		syntax: {kind: 'function', name: 'mean'},
		arity: 2,
		constantLast: {optional: true},
		scalar: undefined,
		tensor: reduction((x, axis) => x.mean(axis)),
		rule: {
			en: 'a mean over N elements sends each of them its upstream gradient ÷ N',
			ko: 'N개 원소의 평균은 각 원소에 상류 기울기 ÷ N을 보냅니다',
		},
		glyph: 'mean ',
		maths: reduced('mean', 'mean'),
		activation: false,
	},
	softmax: {
		syntax: {kind: 'function', name: 'softmax'},
		arity: 1,
		scalar: undefined,
		tensor: {
			apply: args => first(args).softmax(),
			shape: ([x = []]) => (x.length === 0 ? {error: 'softmax spreads a row of scores; one number has no classes'} : x),
		},
		rule: {
			en: 'each output of a softmax row depends on every input: ∂P[i]/∂Z[j] = P[i]·(δᵢⱼ − P[j]); after cross-entropy the sum collapses to P − Y',
			ko: '소프트맥스 한 행의 출력은 그 행의 입력 모두에 따라 달라집니다: ∂P[i]/∂Z[j] = P[i]·(δᵢⱼ − P[j]). 교차 엔트로피 뒤에서는 그 합이 P − Y로 줄어듭니다',
		},
		glyph: 'softmax ',
		maths: args => `softmax(${args[0]})`,
		activation: false,
	},
} as const satisfies Record<string, Operator>;

export type OperatorName = keyof typeof operators;

/** Whether a name is an operation in the table. */
export function isOperatorName(name: string): name is OperatorName {
	return Object.hasOwn(operators, name);
}

const operatorNames = Object.keys(operators).filter(isOperatorName);

/** The operation by its formula function name (`sigmoid`), if there is one. */
export function functionOperator(name: string): OperatorName | undefined {
	return byFunctionName.get(name);
}

// The parser asks these on every token, so the table is read once into lookups.
const byFunctionName = new Map<string, OperatorName>();
const byInfixSymbol = new Map<InfixSymbol, OperatorName>();
const symbolsByPrecedence = new Map<number, InfixSymbol[]>();
for (const op of operatorNames) {
	const syntax: Syntax = operators[op].syntax;
	if (syntax.kind === 'function') {
		if (!byFunctionName.has(syntax.name)) byFunctionName.set(syntax.name, op);
	} else if (syntax.kind === 'infix') {
		if (!byInfixSymbol.has(syntax.symbol)) byInfixSymbol.set(syntax.symbol, op);
		const level = symbolsByPrecedence.get(syntax.precedence) ?? [];
		level.push(syntax.symbol);
		symbolsByPrecedence.set(syntax.precedence, level);
	}
}

/** The names an answer (and a level of numbers) may call: `exp`, `sigmoid`, `max`, … (not the matrix-only `sum`, `transpose`). */
export const functionNames: readonly string[] = operatorNames.flatMap(op => {
	const syntax: Syntax = operators[op].syntax;
	return syntax.kind === 'function' && operators[op].scalar !== undefined ? [syntax.name] : [];
});

/** The infix operation written with `symbol`. */
export function infixOperator(symbol: InfixSymbol): OperatorName {
	const found = byInfixSymbol.get(symbol);
	if (found === undefined) throw new Error(`no operation is written '${symbol}'`);
	return found;
}

/** The infix symbols at one precedence level, for the parser's loops. */
export function infixSymbolsAt(precedence: 1 | 2 | 4): readonly InfixSymbol[] {
	return symbolsByPrecedence.get(precedence) ?? [];
}

/** The precedence of an infix symbol, for printing only the parentheses needed. */
export function precedenceOf(symbol: InfixSymbol): number {
	const syntax: Syntax = operators[infixOperator(symbol)].syntax;
	return syntax.kind === 'infix' ? syntax.precedence : 0;
}

/** The operation behind an engine node's op. */
export function operatorOfEngineOp(op: Exclude<Op, 'input'>): OperatorName {
	const found = operatorNames.find(name => scalarRule(name)?.engineOp === op);
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

/** The operation on numbers, or undefined for one only matrices have. */
export function scalarRule(op: OperatorName): ScalarRule | undefined {
	return operators[op].scalar;
}

/** The operation on matrices, or undefined for one only the scalar levels use. */
export function tensorRule(op: OperatorName): TensorRule | undefined {
	return operators[op].tensor;
}

/** Whether the operation's last argument is a number written in the formula, and whether it may be left out. */
export function constantLast(op: OperatorName): {readonly optional: boolean} | undefined {
	const entry: Operator = operators[op];
	return entry.constantLast;
}

/** For a switch that must handle every case: the compiler proves this is never reached. */
export function assertNever(value: never): never {
	throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}

/** Functions whose circuit glyph is a single symbol (σ): an answer may type the glyph for the name. */
export const glyphOnlyOperators: readonly {readonly glyph: string; readonly name: string}[] = operatorNames.flatMap(
	op => {
		const {syntax, glyph}: {syntax: Syntax; glyph: string} = operators[op];
		return syntax.kind === 'function' && glyph.trim() === glyph && glyph.length === 1 && scalarRule(op) !== undefined
			? [{glyph, name: syntax.name}]
			: [];
	},
);
