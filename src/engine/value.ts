import {addAt, itemAt, valueAt} from './checked.js';
import {EngineDomainError} from './errors.js';

/** The operation that produced a value; `input` marks a leaf. */
export type Op =
	| 'input'
	| '+'
	| '-'
	| '*'
	| '/'
	| 'neg'
	| 'pow'
	| 'exp'
	| 'log'
	| 'tanh'
	| 'sigmoid'
	| 'relu'
	| 'max'
	| 'abs';

/** One input edge of a node, as the chain rule sees it. */
export type Edge = {
	/** The value that flows into the node. */
	readonly input: Value;
	/** ∂out/∂input, taken at forward time. */
	readonly local: number;
	/** ∂root/∂out from the last backward pass: the gradient arriving from above. */
	readonly upstream: number;
	/** upstream × local: what this edge adds to input.grad. */
	readonly contribution: number;
};

type Operand = Value | number;

// A node's numbers live in a shared Float64Array block, not in the object.
// A training step makes ~70k nodes that all stay alive until backward() ends,
// and V8's young-generation collector copies every live object it meets: a
// double kept in an object field is a separate boxed heap number, so a node
// with its numbers inside would cost ~150 bytes to copy; this way it costs 56
// and the doubles sit outside the collected heap. The price: a block (48 KB)
// stays allocated while any one of its values is still referenced.
const NODES_PER_BLOCK = 1024;
const SLOTS = 6;
const DATA = 0;
const GRAD = 1;
const LOCAL_A = 2;
// For `pow`, which has one input, this slot holds the exponent instead.
const LOCAL_B = 3;
const OP = 4;
// Scratch for the graph walks, 0 between them (so no visited-set is allocated
// per walk): in backward(), the edges out of this node whose gradient has not
// arrived yet; in topologicalOrder(), ENTERED or PLACED.
const MARK = 5;
const ENTERED = -1;
const PLACED = -2;

// What the OP slot holds: an index into OPS. A fresh block is all zeros, so a
// leaf needs no write to be an 'input'.
const OPS: readonly Op[] = [
	'input',
	'+',
	'-',
	'*',
	'/',
	'neg',
	'pow',
	'exp',
	'log',
	'tanh',
	'sigmoid',
	'relu',
	'max',
	'abs',
];
const ADD = 1;
const SUB = 2;
const MUL = 3;
const DIV = 4;
const NEG = 5;
const POW = 6;
const EXP = 7;
const LOG = 8;
const TANH = 9;
const SIGMOID = 10;
const RELU = 11;
const MAX = 12;
const ABS = 13;

let block = new Float64Array(NODES_PER_BLOCK * SLOTS);
let nextOffset = 0;

// Labels are rare (named leaves, a few named steps), so they sit beside the
// nodes instead of costing every node a field.
const labels = new WeakMap<Value, string>();

/**
 * A scalar in a computation graph, with its gradient.
 *
 * Every node keeps at most two inputs and, for each, the local derivative
 * ∂out/∂in worked out when the node was made. backward() then only has to
 * multiply and add; it never re-derives a rule.
 */
export class Value {
	// This node's slots are block[at + DATA], block[at + GRAD], …
	private readonly block: Float64Array;
	private readonly at: number;
	private inA: Value | null;
	private inB: Value | null;

	/** A leaf: an input or a constant, optionally named. */
	constructor(data: number, label = '') {
		if (nextOffset === block.length) {
			block = new Float64Array(NODES_PER_BLOCK * SLOTS);
			nextOffset = 0;
		}
		this.block = block;
		this.at = nextOffset;
		nextOffset += SLOTS;
		this.inA = null;
		this.inB = null;
		this.block[this.at + DATA] = data;
		if (label !== '') labels.set(this, label);
	}

	// The one way ops make a node: its value, its op, and each input beside ∂out/∂input.
	private static made(data: number, op: number, inA: Value, localA: number, inB: Value | null, localB: number): Value {
		const out = new Value(data);
		out.inA = inA;
		out.inB = inB;
		const {block, at} = out;
		block[at + LOCAL_A] = localA;
		block[at + LOCAL_B] = localB;
		block[at + OP] = op;
		return out;
	}

	/** The forward value. */
	get data(): number {
		return valueAt(this.block, this.at + DATA);
	}
	set data(x: number) {
		this.block[this.at + DATA] = x;
	}

	/** ∂root/∂this after root.backward(); accumulated with +=. */
	get grad(): number {
		return valueAt(this.block, this.at + GRAD);
	}
	set grad(x: number) {
		this.block[this.at + GRAD] = x;
	}

	/** A name for display (`x`, `w11`); empty for intermediate nodes. */
	get label(): string {
		return labels.get(this) ?? '';
	}
	set label(name: string) {
		if (name === '') labels.delete(this);
		else labels.set(this, name);
	}

	/** The operation that produced this value. */
	get op(): Op {
		return OPS[valueAt(this.block, this.at + OP)] ?? 'input';
	}

	// --- ops: each forward value sits beside its local derivatives ---

	/** this + other. ∂/∂this = 1, ∂/∂other = 1. */
	add(other: Operand): Value {
		const o = toValue(other);
		return Value.made(this.data + o.data, ADD, this, 1, o, 1);
	}

	/** this − other. ∂/∂this = 1, ∂/∂other = −1. */
	sub(other: Operand): Value {
		const o = toValue(other);
		return Value.made(this.data - o.data, SUB, this, 1, o, -1);
	}

	/** this · other. ∂/∂this = other, ∂/∂other = this (the "swap"). */
	mul(other: Operand): Value {
		const o = toValue(other);
		return Value.made(this.data * o.data, MUL, this, o.data, o, this.data);
	}

	/** this / other. ∂/∂this = 1/other, ∂/∂other = −this/other². */
	div(other: Operand): Value {
		const o = toValue(other);
		if (o.data === 0) {
			throw new EngineDomainError(`division by zero: ${describe(this)} / ${describe(o)} where the divisor is 0`);
		}
		return Value.made(this.data / o.data, DIV, this, 1 / o.data, o, -this.data / (o.data * o.data));
	}

	/** −this. ∂/∂this = −1. */
	neg(): Value {
		return Value.made(-this.data, NEG, this, -1, null, 0);
	}

	/** this^k for a constant k. ∂/∂this = k·this^(k−1). */
	pow(k: number): Value {
		if (!Number.isFinite(k)) {
			throw new EngineDomainError(`pow needs a finite exponent, got ${k}`);
		}
		const x = this.data;
		if (x < 0 && !Number.isInteger(k)) {
			throw new EngineDomainError(
				`pow: ${describe(this)} = ${x} is negative and the exponent ${k} is not a whole number`,
			);
		}
		if (x === 0 && k < 1 && k !== 0) {
			throw new EngineDomainError(`pow: ${describe(this)} = 0 raised to ${k} has no finite slope`);
		}
		const local = k === 0 ? 0 : k * x ** (k - 1);
		return Value.made(x ** k, POW, this, local, null, k);
	}

	/** e^this. ∂/∂this = e^this. */
	exp(): Value {
		const e = Math.exp(this.data);
		return Value.made(e, EXP, this, e, null, 0);
	}

	/** ln(this). ∂/∂this = 1/this. Defined only for this > 0. */
	log(): Value {
		if (!(this.data > 0)) {
			throw new EngineDomainError(`log of ${describe(this)} = ${this.data}: log is defined only for positive numbers`);
		}
		return Value.made(Math.log(this.data), LOG, this, 1 / this.data, null, 0);
	}

	/** tanh(this). ∂/∂this = 1 − tanh². */
	tanh(): Value {
		const t = Math.tanh(this.data);
		return Value.made(t, TANH, this, 1 - t * t, null, 0);
	}

	/** σ(this) = 1/(1+e^−this). ∂/∂this = σ·(1−σ). */
	sigmoid(): Value {
		const x = this.data;
		// Written two ways so neither branch overflows e^x.
		const s = x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
		return Value.made(s, SIGMOID, this, s * (1 - s), null, 0);
	}

	/** max(0, this). ∂/∂this = 1 where this > 0, else 0. */
	relu(): Value {
		const x = this.data;
		return Value.made(x > 0 ? x : 0, RELU, this, x > 0 ? 1 : 0, null, 0);
	}

	/**
	 * |this|. ∂/∂this = 1 where this > 0 and −1 where it is < 0; at 0, where the
	 * slope is undefined, 0 (the subgradient in the middle, as relu takes 0 there).
	 */
	abs(): Value {
		const x = this.data;
		return Value.made(Math.abs(x), ABS, this, x > 0 ? 1 : x < 0 ? -1 : 0, null, 0);
	}

	/**
	 * The larger of this and other. The gradient is routed, not shared: the
	 * larger input gets ∂/∂ = 1 and the other 0. On a tie the whole gradient
	 * goes to this (the first input), so the two slopes still add up to 1.
	 */
	max(other: Operand): Value {
		const o = toValue(other);
		const firstWins = this.data >= o.data;
		return Value.made(firstWins ? this.data : o.data, MAX, this, firstWins ? 1 : 0, o, firstWins ? 0 : 1);
	}

	// --- the graph, as the game reads it ---

	/** The exponent of a `pow` node; NaN for every other op. */
	get exponent(): number {
		return this.block[this.at + OP] === POW ? valueAt(this.block, this.at + LOCAL_B) : Number.NaN;
	}

	/** The values this one was computed from, in operand order. */
	get inputs(): readonly Value[] {
		if (this.inA === null) return [];
		return this.inB === null ? [this.inA] : [this.inA, this.inB];
	}

	/** ∂this/∂input for each input, in the same order as `inputs`. */
	get localGrads(): readonly number[] {
		if (this.inA === null) return [];
		const local = this.block;
		const localA = valueAt(local, this.at + LOCAL_A);
		return this.inB === null ? [localA] : [localA, valueAt(local, this.at + LOCAL_B)];
	}

	/** Each input edge with its local derivative and, after backward(), its contribution. */
	edges(): Edge[] {
		const upstream = this.grad;
		const locals = this.localGrads;
		return this.inputs.map((input, i) => {
			const local = itemAt(locals, i);
			return {input, local, upstream, contribution: upstream * local};
		});
	}

	/** Every value this one depends on, itself last; inputs always come before the values made from them. */
	topologicalOrder(): Value[] {
		const order: Value[] = [];
		const stack: Value[] = [this];
		// Iterative post-order walk: a 200,000-node chain must not overflow the call stack.
		for (let node = stack.at(-1); node !== undefined; node = stack.at(-1)) {
			const {block, at, inA, inB} = node;
			if (block[at + MARK] === 0) {
				block[at + MARK] = ENTERED;
				if (inB !== null && inB.block[inB.at + MARK] === 0) stack.push(inB);
				if (inA !== null && inA.block[inA.at + MARK] === 0) stack.push(inA);
			} else {
				stack.pop();
				if (block[at + MARK] === ENTERED) {
					block[at + MARK] = PLACED;
					order.push(node);
				}
			}
		}
		for (const node of order) node.block[node.at + MARK] = 0;
		return order;
	}

	/** Sets this.grad = 1, then adds every edge's contribution into the input it feeds, outputs first. */
	backward(): void {
		// A node may pass its gradient on only once every edge out of it has
		// delivered. So first count those edges for every node this one depends
		// on; then release each node when its count reaches zero. Neither walk
		// keeps more than its frontier, where a full topological order of a
		// 70k-node graph would be one more large array per step.
		// Every MARK is 0 here, so 0 means "not yet seen".
		const stack: Value[] = [this];
		for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
			const {inA, inB} = node;
			if (inA !== null && Value.countEdge(inA) === 1) stack.push(inA);
			if (inB !== null && Value.countEdge(inB) === 1) stack.push(inB);
		}
		this.grad = 1;
		stack.push(this);
		for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
			const {block, at, inA, inB} = node;
			const upstream = valueAt(block, at + GRAD);
			if (inA !== null) {
				addAt(inA.block, inA.at + GRAD, valueAt(block, at + LOCAL_A) * upstream);
				if (Value.countEdge(inA, -1) === 0) stack.push(inA);
			}
			if (inB !== null) {
				addAt(inB.block, inB.at + GRAD, valueAt(block, at + LOCAL_B) * upstream);
				if (Value.countEdge(inB, -1) === 0) stack.push(inB);
			}
		}
	}

	/** Adds `by` to a node's count of edges still to deliver (kept in its MARK slot) and returns the new count. */
	private static countEdge(node: Value, by = 1): number {
		const count = valueAt(node.block, node.at + MARK) + by;
		node.block[node.at + MARK] = count;
		return count;
	}

	toString(): string {
		return `Value(${this.label ? `${this.label}=` : ''}${this.data}, grad=${this.grad})`;
	}

	/** What JSON.stringify writes: the numbers and names, not the graph behind them. */
	toJSON(): {data: number; grad: number; label: string; op: Op} {
		return {data: this.data, grad: this.grad, label: this.label, op: this.op};
	}

	// The numbers live in the block, not in fields, so console.log would show an
	// empty object; print what toString() says instead.
	[Symbol.for('nodejs.util.inspect.custom')](): string {
		return this.toString();
	}
}

/** Wraps a plain number as a constant leaf. */
export function toValue(x: Operand): Value {
	return x instanceof Value ? x : new Value(x);
}

function describe(v: Value): string {
	return v.label || (v.op === 'input' ? String(v.data) : `the ${v.op} result`);
}
