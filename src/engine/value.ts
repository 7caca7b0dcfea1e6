import {EngineDomainError} from './errors.js';

/** The operation that produced a value; `input` marks a leaf. */
export type Op = 'input' | '+' | '-' | '*' | '/' | 'neg' | 'pow' | 'exp' | 'log' | 'tanh' | 'sigmoid' | 'relu';

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

// Each backward pass stamps the nodes it visits with a fresh number, so no
// visited-set has to be allocated per pass.
let passStamp = 0;

/**
 * A scalar in a computation graph, with its gradient.
 *
 * Every node keeps at most two inputs and, for each, the local derivative
 * ∂out/∂in worked out when the node was made. backward() then only has to
 * multiply and add; it never re-derives a rule.
 */
export class Value {
	/** The forward value. */
	data: number;
	/** ∂root/∂this after root.backward(); accumulated with +=. */
	grad = 0;
	/** A name for display (`x`, `w11`); empty for intermediate nodes. */
	label: string;
	/** The operation that produced this value. */
	readonly op: Op;

	// Inputs and their local derivatives live in fixed fields rather than
	// arrays or closures: every node has the same shape, which keeps
	// building a 66k-node graph cheap.
	private readonly inA: Value | null;
	private readonly inB: Value | null;
	private readonly localA: number;
	// For `pow`, which has one input, this slot holds the exponent instead.
	private readonly localB: number;
	// 2·pass when the walk enters the node, 2·pass + 1 once it is placed.
	private stamp = 0;

	constructor(
		data: number,
		label = '',
		op: Op = 'input',
		inA: Value | null = null,
		localA = 0,
		inB: Value | null = null,
		localB = 0,
	) {
		this.data = data;
		this.label = label;
		this.op = op;
		this.inA = inA;
		this.localA = localA;
		this.inB = inB;
		this.localB = localB;
	}

	// --- ops: each forward value sits beside its local derivatives ---

	/** this + other. ∂/∂this = 1, ∂/∂other = 1. */
	add(other: Operand): Value {
		const o = toValue(other);
		return new Value(this.data + o.data, '', '+', this, 1, o, 1);
	}

	/** this − other. ∂/∂this = 1, ∂/∂other = −1. */
	sub(other: Operand): Value {
		const o = toValue(other);
		return new Value(this.data - o.data, '', '-', this, 1, o, -1);
	}

	/** this · other. ∂/∂this = other, ∂/∂other = this (the "swap"). */
	mul(other: Operand): Value {
		const o = toValue(other);
		return new Value(this.data * o.data, '', '*', this, o.data, o, this.data);
	}

	/** this / other. ∂/∂this = 1/other, ∂/∂other = −this/other². */
	div(other: Operand): Value {
		const o = toValue(other);
		if (o.data === 0) {
			throw new EngineDomainError(`division by zero: ${describe(this)} / ${describe(o)} where the divisor is 0`);
		}
		return new Value(this.data / o.data, '', '/', this, 1 / o.data, o, -this.data / (o.data * o.data));
	}

	/** −this. ∂/∂this = −1. */
	neg(): Value {
		return new Value(-this.data, '', 'neg', this, -1);
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
		return new Value(x ** k, '', 'pow', this, local, null, k);
	}

	/** e^this. ∂/∂this = e^this. */
	exp(): Value {
		const e = Math.exp(this.data);
		return new Value(e, '', 'exp', this, e);
	}

	/** ln(this). ∂/∂this = 1/this. Defined only for this > 0. */
	log(): Value {
		if (!(this.data > 0)) {
			throw new EngineDomainError(`log of ${describe(this)} = ${this.data}: log is defined only for positive numbers`);
		}
		return new Value(Math.log(this.data), '', 'log', this, 1 / this.data);
	}

	/** tanh(this). ∂/∂this = 1 − tanh². */
	tanh(): Value {
		const t = Math.tanh(this.data);
		return new Value(t, '', 'tanh', this, 1 - t * t);
	}

	/** σ(this) = 1/(1+e^−this). ∂/∂this = σ·(1−σ). */
	sigmoid(): Value {
		const x = this.data;
		// Written two ways so neither branch overflows e^x.
		const s = x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
		return new Value(s, '', 'sigmoid', this, s * (1 - s));
	}

	/** max(0, this). ∂/∂this = 1 where this > 0, else 0. */
	relu(): Value {
		const x = this.data;
		return new Value(x > 0 ? x : 0, '', 'relu', this, x > 0 ? 1 : 0);
	}

	// --- the graph, as the game reads it ---

	/** The exponent of a `pow` node; NaN for every other op. */
	get exponent(): number {
		return this.op === 'pow' ? this.localB : Number.NaN;
	}

	/** The values this one was computed from, in operand order. */
	get inputs(): readonly Value[] {
		if (this.inA === null) return [];
		return this.inB === null ? [this.inA] : [this.inA, this.inB];
	}

	/** ∂this/∂input for each input, in the same order as `inputs`. */
	get localGrads(): readonly number[] {
		if (this.inA === null) return [];
		return this.inB === null ? [this.localA] : [this.localA, this.localB];
	}

	/** Each input edge with its local derivative and, after backward(), its contribution. */
	edges(): Edge[] {
		const upstream = this.grad;
		return this.inputs.map((input, i) => {
			const local = i === 0 ? this.localA : this.localB;
			return {input, local, upstream, contribution: upstream * local};
		});
	}

	/** Every value this one depends on, itself last; inputs always come before the values made from them. */
	topologicalOrder(): Value[] {
		passStamp += 2;
		const entered = passStamp;
		const placed = passStamp + 1;
		const order: Value[] = [];
		const stack: Value[] = [this];
		// Iterative post-order walk: a 200,000-node chain must not overflow the call stack.
		while (stack.length > 0) {
			const node = stack[stack.length - 1] as Value;
			if (node.stamp < entered) {
				node.stamp = entered;
				const {inA, inB} = node;
				if (inB !== null && inB.stamp < entered) stack.push(inB);
				if (inA !== null && inA.stamp < entered) stack.push(inA);
			} else {
				stack.pop();
				if (node.stamp === entered) {
					node.stamp = placed;
					order.push(node);
				}
			}
		}
		return order;
	}

	/** Sets this.grad = 1, then adds every edge's contribution into the input it feeds, outputs first. */
	backward(): void {
		const order = this.topologicalOrder();
		this.grad = 1;
		for (let i = order.length - 1; i >= 0; i--) {
			const node = order[i] as Value;
			const g = node.grad;
			if (node.inA !== null) node.inA.grad += node.localA * g;
			if (node.inB !== null) node.inB.grad += node.localB * g;
		}
	}

	toString(): string {
		return `Value(${this.label ? `${this.label}=` : ''}${this.data}, grad=${this.grad})`;
	}
}

/** Wraps a plain number as a constant leaf. */
export function toValue(x: Operand): Value {
	return x instanceof Value ? x : new Value(x);
}

function describe(v: Value): string {
	return v.label || (v.op === 'input' ? String(v.data) : `the ${v.op} result`);
}
