import {describe, expect, it} from 'vitest';
import {parseAnswer} from '../../src/game/answer.js';
import {checkField, figuresFor} from '../../src/game/check.js';
import {generateLevel} from '../../src/game/practice/generate.js';
import {type Field, withReach} from '../../src/levels/answers.js';
import {chainFields} from '../../src/levels/fields/chain.js';
import {parseFormula} from '../../src/levels/formula.js';
import {buildGraph} from '../../src/levels/graph.js';
import {fieldById, levelById} from '../support/levels.js';

const field = (levelId: string, fieldId: string) => fieldById(levelById(levelId), fieldId);
const verdictOf = (f: Field, value: number) => checkField(f, value);

/** What the answer field gets when the learner types `text`. */
function typed(f: Field, text: string) {
	const parsed = parseAnswer(text);
	if (!parsed.ok) throw new Error(`'${text}' is not a number`);
	return checkField(f, parsed);
}

/** The fields of a chain level on a formula of our own, from `path[0]` down to its last name. */
function chain(formula: string, inputs: Record<string, number>, path: string[]): Field[] {
	return withReach(chainFields(buildGraph(parseFormula(formula), inputs), path));
}
const byId = (fields: readonly Field[], id: string) => fields.find(f => f.id === id) as Field;

describe('the fields that used to refuse correctly rounded answers', () => {
	const cases: [string, string, number[]][] = [
		['chain-cs231n-neuron', 'grad:f:s', [0.197, 0.1966, 0.19661]],
		['chain-cs231n-neuron', 'grad:f:w0', [-0.197, -0.1966]],
		['chain-cs231n-neuron', 'grad:f:x0', [0.394, 0.393, 0.3932]],
		['chain-cs231n-neuron', 'grad:f:w2', [0.197]],
		['network-forward', 'value:h1', [0.377, 0.378, 0.3775]],
		['network-hidden-chain', 'local:H1:h1', [0.241, 0.2413, 0.593 * 0.407]],
	];
	for (const [levelId, fieldId, values] of cases) {
		it(`${levelId} ${fieldId} accepts ${values.join(', ')}`, () => {
			for (const v of values) expect(checkField(field(levelId, fieldId), v), `${v}`).toEqual({kind: 'right'});
		});
	}

	it('still refuses the neighbours one unit further out', () => {
		expect(checkField(field('chain-cs231n-neuron', 'grad:f:s'), 0.195).kind).toBe('wrong');
		expect(checkField(field('network-forward', 'value:h1'), 0.376).kind).toBe('wrong');
		expect(checkField(field('network-hidden-chain', 'local:H1:h1'), 0.243).kind).toBe('wrong');
	});
});

describe('a new weight whose step hides below its third figure', () => {
	const w11 = field('network-update-w11', 'update:w11');

	it('needs 4 figures, so the unchanged weight 0.150 is not taken for the update', () => {
		expect(figuresFor(w11)).toBe(4);
		expect(verdictOf(w11, 0.1498)).toEqual({kind: 'right'});
		expect(verdictOf(w11, 0.14978)).toEqual({kind: 'right'});
		// Both are w11 before the update, and told so, not a near miss.
		expect(typed(w11, '0.150')).toMatchObject({kind: 'wrong', mistake: {reason: 'beforeUpdate'}, nearMiss: undefined});
		expect(typed(w11, '0.15')).toMatchObject({kind: 'wrong', mistake: {reason: 'beforeUpdate'}, nearMiss: undefined});
		expect(verdictOf(w11, 0.1502).kind).toBe('wrong');
	});

	it('leaves fields whose step shows at 3 figures at 3', () => {
		expect(figuresFor(field('network-update-w21', 'update:w21'))).toBe(3);
	});
});

describe('near misses', () => {
	it('are only the answer rounded to fewer figures', () => {
		const h1 = field('network-forward', 'value:h1');
		expect(checkField(h1, 0.38)).toEqual({kind: 'wrong', mistake: undefined, nearMiss: 2});
		expect(checkField(h1, 0.4)).toEqual({kind: 'wrong', mistake: undefined, nearMiss: 1});
	});

	it('never cover a real mistake that lands close: weights paired with the wrong inputs', () => {
		// 0.15·0.1 + 0.2·0.05 + 0.35 = 0.375, 0.66% from h1 = 0.3775.
		const verdict = checkField(field('network-forward', 'value:h1'), 0.375);
		expect(verdict).toMatchObject({kind: 'wrong', nearMiss: undefined});
	});

	it('are not given for a value that merely has few digits', () => {
		expect(checkField(field('network-forward', 'value:h1'), 0.3).kind).toBe('wrong');
		expect(checkField(field('network-forward', 'value:h1'), 0.3)).toMatchObject({nearMiss: undefined});
	});
});

describe('correct work the rule used to refuse', () => {
	it("multiplies the learner's own ✓ factors on network-output-weight and network-hidden-chain", () => {
		const weight = levelById('network-output-weight').fields;
		expect(typed(byId(weight, 'local:E1:Y1'), '0.741')).toEqual({kind: 'right'});
		expect(typed(byId(weight, 'local:Y1:y1'), '0.186')).toEqual({kind: 'right'});
		expect(typed(byId(weight, 'local:y1:w21'), '0.593')).toEqual({kind: 'right'});
		// 0.741·0.186·0.593 = 0.0817292 against the true 0.0821670.
		for (const text of ['0.741*0.186*0.593', '0.0817'])
			expect(typed(byId(weight, 'product:E1:w21'), text), text).toEqual({kind: 'right'});
		expect(typed(field('network-hidden-chain', 'product:E1:w11'), '0.000664')).toEqual({kind: 'right'});
	});

	it('multiplies ✓ factors of a tanh neuron: 0.238 × 0.419 × 2 typed as 0.199 (true 0.200244)', () => {
		const fields = chain('z = 2 * x; a = tanh(z); f = c * a', {x: 0.5, c: 0.2384}, ['f', 'a', 'z', 'x']);
		expect(typed(byId(fields, 'local:f:a'), '0.238')).toEqual({kind: 'right'});
		// 1 − 0.762² = 0.419356, from the label a = 0.762 (true 1 − a² = 0.419974).
		expect(typed(byId(fields, 'local:a:z'), '0.419')).toEqual({kind: 'right'});
		expect(typed(byId(fields, 'product:f:x'), '0.199')).toEqual({kind: 'right'});
		expect(typed(byId(fields, 'product:f:x'), '0.238*0.419*2')).toEqual({kind: 'right'});
	});

	it('accepts slopes worked out from the 3-figure labels: σ(1 − σ), 1 − a², a − t, 2p, z − t', () => {
		const sigma = chain('a = sigmoid(z); f = a', {z: 2.4396327}, ['f', 'a', 'z']);
		// σ = 0.9198 shows as 0.92; σ(1 − σ) = 0.0737680.
		for (const text of ['0.92*(1-0.92)', '0.9198*(1-0.9198)', '0.0738'])
			expect(typed(byId(sigma, 'local:a:z'), text), text).toEqual({kind: 'right'});
		const tanh = chain('a = tanh(z); f = a', {z: 2.2171188}, ['f', 'a', 'z']);
		// a = 0.97655 shows as 0.977; 1 − a² = 0.0463501, 1 − 0.977² = 0.045471.
		expect(typed(byId(tanh, 'local:a:z'), '1-0.977^2')).toEqual({kind: 'right'});
		const error = chain('E = 0.5 * (a - t)^2', {a: 0.9127, t: 1}, ['E', 'a']);
		expect(typed(byId(error, 'local:E:a'), '0.913-1')).toEqual({kind: 'right'});
		const square = chain('f = p^2', {p: 0.2314}, ['f', 'p']);
		expect(typed(byId(square, 'local:f:p'), '2*0.231')).toEqual({kind: 'right'});
		// z − t = 0.0054; from the labels −1.93 and −1.94 it is 0.01.
		const cancel = chain('E = 0.5 * (z - t)^2', {z: -1.9346, t: -1.94}, ['E', 'z']);
		expect(typed(byId(cancel, 'local:E:z'), '-1.93+1.94')).toEqual({kind: 'right'});
	});

	it('counts a trailing zero as a typed figure: -0.0870 has three', () => {
		const error = chain('E = 0.5 * (a - t)^2', {a: 0.91301, t: 1}, ['E', 'a']);
		const slope = byId(error, 'local:E:a');
		expect(parseAnswer('-0.0870')).toEqual({ok: true, value: -0.087, figures: 3});
		expect(typed(slope, '-0.0870')).toEqual({kind: 'right'});
		expect(typed(slope, '-0.087')).toEqual({kind: 'right'});
	});

	it('takes the 3-figure answer with its trailing zeros left off, and nothing shorter', () => {
		const error = chain('E = 0.5 * (a - t)^2', {a: 0.91301, t: 1}, ['E', 'a']);
		const slope = byId(error, 'local:E:a');
		// −0.08699 rounds to −0.0870: `-0.087` is that number as most people write it.
		expect(typed(slope, '-0.087')).toEqual({kind: 'right'});
		expect(typed(slope, '-0.09')).toEqual({kind: 'wrong', mistake: undefined, nearMiss: 1});
		// h1 = 0.3775 rounds to 0.378 (or 0.377), so 0.38 is still short.
		expect(checkField(field('network-forward', 'value:h1'), '0.38')).toMatchObject({nearMiss: 2});
	});
});

describe('practice: a tanh neuron at the easy step', () => {
	it('multiplies the learner’s own ✓ factors, each typed to 3 figures, on 100 seeds: the product is right, rounded or as arithmetic', () => {
		const refused: string[] = [];
		let products = 0;
		for (let seed = 0; seed < 100; seed++) {
			const level = generateLevel('tanh-neuron', seed, 0, 1).level;
			const locals = level.fields.filter(f => f.role === 'local');
			const product = level.fields.find(f => f.role === 'product');
			if (product === undefined || locals.length === 0) continue;
			const factors = locals.map(f => Number(f.expected.toPrecision(3)));
			locals.forEach((f, k) => {
				if (checkField(f, {value: factors[k] as number, figures: 3}).kind !== 'right')
					refused.push(`seed ${seed} ${f.id} ${factors[k]}`);
			});
			const built = factors.reduce((p, x) => p * x, 1);
			for (const text of [factors.map(x => `(${x})`).join('*'), built.toPrecision(3)]) {
				if (typed(product, text).kind !== 'right') refused.push(`seed ${seed} ${product.id} ${text}`);
			}
			products++;
		}
		expect(products).toBeGreaterThan(50);
		expect(refused).toEqual([]);
	});
});

describe('wrong work the rule used to accept', () => {
	it('judges a number at the figures typed: -1.157 is not −1.152016', () => {
		const slope = byId(chain('f = w * x', {w: -1.152016, x: 2}, ['f', 'x']), 'local:f:x');
		expect(typed(slope, '-1.157').kind).toBe('wrong');
		expect(typed(slope, '-1.152')).toEqual({kind: 'right'});
		expect(typed(slope, '-1.15')).toEqual({kind: 'right'});
	});

	it('keeps a tanh slope near 1 to its own figures, and names 1 − a', () => {
		const slope = byId(chain('a = tanh(z); f = a', {z: 0.0016125}, ['f', 'a', 'z']), 'local:a:z');
		// 1 − a² = 0.9999974, 1 − a = 0.998388.
		expect(typed(slope, '1 - 0.0016').kind).toBe('wrong');
		expect(typed(slope, '0.995').kind).toBe('wrong');
		expect(typed(slope, '0.998')).toMatchObject({kind: 'wrong', mistake: {reason: 'tanhValue'}});
		expect(typed(slope, '1.00')).toEqual({kind: 'right'});
		expect(typed(slope, '1-0.00161^2')).toEqual({kind: 'right'});
	});

	it('does not let a wrong gradient carried into w − η·g pass on network-update-w11', () => {
		const w11 = field('network-update-w11', 'update:w11');
		// One path only: ∂E1/∂w11 = 0.000668396 → 0.15 − 0.5·0.000668 = 0.149666.
		expect(typed(w11, '0.15-0.5*0.000668').kind).toBe('wrong');
		expect(typed(w11, '0.1497').kind).toBe('wrong');
		expect(typed(w11, '0.15-0.5*0.000439')).toEqual({kind: 'right'});
	});

	it('names the step alone on network-update-w11', () => {
		expect(typed(field('network-update-w11', 'update:w11'), '-0.000219')).toMatchObject({
			kind: 'wrong',
			mistake: {reason: 'stepOnly'},
		});
	});

	it('names the halved slope of ½(t − y)²', () => {
		const error = byId(chain('E = 0.5 * (a - t)^2', {a: 0.9127, t: 1}, ['E', 'a']), 'local:E:a');
		expect(typed(error, '-0.0437')).toMatchObject({kind: 'wrong', mistake: {reason: 'halvedSlope'}});
	});
});
