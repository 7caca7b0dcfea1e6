// How far a learner's fair working can land from a field's answer.
//
// A learner builds an answer from numbers the screen shows: circuit labels
// and hints (the true value rounded to 3 or more figures), slopes worked out
// from those labels (σ(1 − σ) from a rounded σ), and their own answers that
// were accepted earlier. Each such number is a box of values; a field's
// builds combine the boxes by the rules its level teaches, and the field's
// reach is every value those builds can give. The checking rule in
// game/check.ts accepts a typed answer whose rounding could come from there.

/** A closed range of numbers, lo ≤ hi. */
export type Interval = {readonly lo: number; readonly hi: number};

/** A number a learner works with on the way to an answer. */
export type Operand = {
	/** Its true value, from the engine. */
	readonly value: number;
	/**
	 * False for a number no label shows (a local derivative the learner works
	 * out): then only `ways` and its field's answers stand in, not a rounding of it.
	 */
	readonly shown?: boolean;
	/**
	 * Other values a learner may fairly hold for it: a slope worked out from
	 * rounded labels. Inside a product they may be rounded once more to 3 figures.
	 */
	readonly ways?: Interval;
	/** The field of the level that asks this number: any answer it accepted may stand in. */
	readonly field?: string;
};

/** A product a learner multiplies out, times a coefficient that is exact (a rate, a sign). */
export type Term = {readonly coefficient: number; readonly factors: readonly Operand[]};

/**
 * One way to build a field's answer: a sum of products (the chain rule's
 * upstream × local, paths added, w − η·g), or a step worked out again from
 * its inputs (a forward value from rounded inputs).
 */
export type Build =
	| {readonly kind: 'sum'; readonly terms: readonly Term[]}
	/** Values worked out already: a local derivative from rounded labels. */
	| {readonly kind: 'range'; readonly range: Interval}
	| {
			readonly kind: 'step';
			readonly inputs: readonly Operand[];
			/**
			 * How many intermediate results the learner writes down on the way
			 * (see hand-rounding.ts); `compute` gets, after the inputs, one
			 * fraction in [−1, 1] of half a unit of each one's 3rd figure.
			 */
			readonly rounded?: number;
			readonly compute: (xs: readonly number[]) => number | undefined;
	  };

/** What a field needs for its reach: its answer, how it is built, and the figures it asks for. */
export type Reachable = {
	readonly id: string;
	readonly expected: number;
	readonly builds: readonly Build[];
	readonly figures?: number;
};

/** Floating-point results land a hair either side of an exact tie; both neighbours count. */
export const slack = 1 + 1e-9;
/** Below this (relative), a difference is floating-point noise. */
export const noise = 1e-12;

/** The decimal exponent of |x|'s first significant figure (0.0870 → −2). */
function leadingExponent(x: number): number {
	const a = Math.abs(x);
	let e = Math.floor(Math.log10(a));
	if (10 ** e > a * (1 + noise)) e--;
	if (10 ** (e + 1) <= a * (1 + noise)) e++;
	return e;
}

/** Half a unit in the last place of `x` written with `digits` significant figures; 0 for 0. */
export function halfUnit(x: number, digits = 3): number {
	if (x === 0 || !Number.isFinite(x)) return 0;
	return 0.5 * 10 ** (leadingExponent(x) - digits + 1);
}

/** `x` rounded to `digits` significant figures. */
export function roundTo(x: number, digits: number): number {
	return x === 0 ? 0 : Number(x.toPrecision(digits));
}

const same = (a: number, b: number) => Math.abs(a - b) <= noise * Math.max(1, Math.abs(b));

/**
 * Every number that rounds to `typed` at `digits` significant figures. Below a
 * power of ten the unit is ten times smaller (0.0996 does not round to 0.100,
 * though 0.09996 does).
 */
export function preimage(typed: number, digits: number): Interval {
	if (typed === 0) return {lo: 0, hi: 0};
	const a = Math.abs(typed);
	const e = leadingExponent(a);
	const above = 0.5 * 10 ** (e - digits + 1) * slack;
	const below = same(a, 10 ** e) ? above / 10 : above;
	const pad = noise * a;
	return typed > 0 ? {lo: a - below - pad, hi: a + above + pad} : {lo: -a - above - pad, hi: -a + below + pad};
}

/**
 * A number as the screen shows it: a label's 3 figures, a hint's 4 or more,
 * or the exact value (every rounding to 4 or more figures lies within half a
 * unit of the 4th figure; the 3-figure one is added as it is).
 */
export function shownBox(x: number): Interval {
	const three = roundTo(x, 3);
	const h = same(roundTo(x, 4), x) ? 0 : halfUnit(x, 4);
	return {lo: Math.min(three, x - h), hi: Math.max(three, x + h)};
}

export const point = (x: number): Interval => ({lo: x, hi: x});
export const hull = (a: Interval, b: Interval): Interval => ({lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi)});
export const contains = (r: Interval, x: number) => x >= r.lo && x <= r.hi;
export const overlaps = (a: Interval, b: Interval) => a.lo <= b.hi && b.lo <= a.hi;

function times(a: Interval, b: Interval): Interval {
	const c = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
	return {lo: Math.min(...c), hi: Math.max(...c)};
}

/**
 * The values `compute` takes over a box of inputs: its corners and centre when
 * there are few, else the two corners its slopes point to (exact for the
 * sums and products a level builds, whose slopes keep their sign in a box this small).
 */
export function rangeOf(inputs: readonly Interval[], compute: (xs: readonly number[]) => number | undefined): Interval {
	const centre = inputs.map(r => (r.lo + r.hi) / 2);
	const values: number[] = [];
	const at = (xs: readonly number[]) => {
		const v = compute(xs);
		if (v !== undefined && Number.isFinite(v)) values.push(v);
		return v;
	};
	at(centre);
	if (inputs.length <= 4) {
		for (let mask = 0; mask < 1 << inputs.length; mask++) at(inputs.map((r, i) => ((mask >> i) & 1 ? r.hi : r.lo)));
	} else {
		const up: number[] = [];
		const down: number[] = [];
		inputs.forEach((r, i) => {
			const hi = compute(centre.map((x, j) => (j === i ? r.hi : x))) ?? 0;
			const lo = compute(centre.map((x, j) => (j === i ? r.lo : x))) ?? 0;
			up.push(hi >= lo ? r.hi : r.lo);
			down.push(hi >= lo ? r.lo : r.hi);
		});
		at(up);
		at(down);
	}
	if (values.length === 0) return point(Number.NaN);
	return {lo: Math.min(...values), hi: Math.max(...values)};
}

/** The figures a field needs: 3, or more where its level says so. */
export const figuresNeeded = (field: Reachable) => field.figures ?? 3;

/** Every answer a field accepts when typed to the figures it needs: its reach, rounded once more. */
export function acceptedBox(reach: Interval, figures: number): Interval {
	return {lo: reach.lo - halfUnit(reach.lo, figures) * slack, hi: reach.hi + halfUnit(reach.hi, figures) * slack};
}

/**
 * Each field's reach: its answer and every value its builds give when each
 * operand ranges over its box (the shown rounding, the other ways to work it
 * out, and the answers its own field accepts).
 */
export function reaches(fields: readonly Reachable[]): Map<string, Interval> {
	const byId = new Map(fields.map(f => [f.id, f]));
	const done = new Map<string, Interval>();
	const visiting = new Set<string>();
	const reachOf = (field: Reachable): Interval => {
		const known = done.get(field.id);
		if (known !== undefined) return known;
		visiting.add(field.id);
		let reach = point(field.expected);
		for (const build of field.builds) {
			const got = buildRange(build);
			if (Number.isFinite(got.lo) && Number.isFinite(got.hi)) reach = hull(reach, got);
		}
		visiting.delete(field.id);
		done.set(field.id, reach);
		return reach;
	};
	const box = (op: Operand): Interval => {
		let b = op.shown === false ? point(op.value) : shownBox(op.value);
		if (op.ways !== undefined) b = hull(b, acceptedBox(op.ways, 3));
		const asked = op.field === undefined ? undefined : byId.get(op.field);
		if (asked !== undefined && !visiting.has(asked.id)) b = hull(b, acceptedBox(reachOf(asked), figuresNeeded(asked)));
		return b;
	};
	const buildRange = (build: Build): Interval => {
		if (build.kind === 'range') return build.range;
		if (build.kind === 'step')
			return rangeOf(
				[...build.inputs.map(box), ...Array.from({length: build.rounded ?? 0}, () => ({lo: -1, hi: 1}))],
				build.compute,
			);
		let sum = point(0);
		for (const term of build.terms) {
			const product = term.factors.reduce((p, op) => times(p, box(op)), point(term.coefficient));
			sum = {lo: sum.lo + product.lo, hi: sum.hi + product.hi};
		}
		return sum;
	};
	for (const f of fields) reachOf(f);
	return done;
}
