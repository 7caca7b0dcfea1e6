// The baseline the engine is measured against: a micrograd-style object graph
// in plain JavaScript, one closure per op, a Set and recursion for the
// topological sort. Written to be idiomatic, not slow on purpose.

type Operand = ClosureValue | number;

// Leaves share one no-op rather than each getting a closure of their own.
const leafStep = () => {};

export class ClosureValue {
	data: number;
	grad = 0;
	readonly prev: ClosureValue[];
	readonly op: string;
	backwardStep: () => void = leafStep;

	constructor(data: number, prev: ClosureValue[] = [], op = '') {
		this.data = data;
		this.prev = prev;
		this.op = op;
	}

	add(other: Operand): ClosureValue {
		const o = wrap(other);
		const out = new ClosureValue(this.data + o.data, [this, o], '+');
		out.backwardStep = () => {
			this.grad += out.grad;
			o.grad += out.grad;
		};
		return out;
	}

	mul(other: Operand): ClosureValue {
		const o = wrap(other);
		const out = new ClosureValue(this.data * o.data, [this, o], '*');
		out.backwardStep = () => {
			this.grad += o.data * out.grad;
			o.grad += this.data * out.grad;
		};
		return out;
	}

	relu(): ClosureValue {
		const out = new ClosureValue(this.data > 0 ? this.data : 0, [this], 'relu');
		out.backwardStep = () => {
			this.grad += (out.data > 0 ? 1 : 0) * out.grad;
		};
		return out;
	}

	backward(): void {
		const topo: ClosureValue[] = [];
		const visited = new Set<ClosureValue>();
		const build = (v: ClosureValue) => {
			if (visited.has(v)) return;
			visited.add(v);
			for (const child of v.prev) build(child);
			topo.push(v);
		};
		build(this);
		this.grad = 1;
		for (let i = topo.length - 1; i >= 0; i--) (topo[i] as ClosureValue).backwardStep();
	}
}

function wrap(x: Operand): ClosureValue {
	return x instanceof ClosureValue ? x : new ClosureValue(x);
}
