import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseAnswer} from '../../src/game/answer.js';
import {checkField, distinctMistakes, figuresFor, halfUnit, roundTo} from '../../src/game/check.js';
import {concepts} from '../../src/game/practice/concepts.js';
import {difficulties} from '../../src/game/practice/family.js';
import {generateLevel} from '../../src/game/practice/generate.js';
import {chainFields, type Field, gradientFields, valueFields} from '../../src/levels/answers.js';
import {parseFormula} from '../../src/levels/formula.js';
import {buildGraph} from '../../src/levels/graph.js';
import type {Level} from '../../src/levels/loader.js';
import {fieldById, levelById, shippedLevels} from '../support/levels.js';

const shipped = shippedLevels;
const field = (levelId: string, fieldId: string) => fieldById(levelById(levelId), fieldId);
const verdictOf = (f: Field, value: number) => checkField(f, value);

/** Every 3-or-more-figure rounding of x, both neighbours where x sits on a tie. */
function roundings(x: number, fewest = 3): number[] {
	const values = new Set<number>();
	for (let digits = fewest; digits <= 8; digits++) {
		const unit = 2 * halfUnit(x, digits);
		const low = Math.floor(x / unit) * unit;
		for (const candidate of [low, low + unit]) {
			const tidy = Number(candidate.toPrecision(digits + 1));
			if (Math.abs(tidy - x) <= halfUnit(x, digits) * (1 + 1e-9)) values.add(tidy);
		}
		values.add(roundTo(x, digits));
	}
	return [...values];
}

/** A number rounded to `digits` figures, both ways on a tie (3-figure factors as a learner writes them). */
const roundedWays = (x: number, digits: number) => (x === 0 ? [0] : roundings(x).filter(v => roundTo(v, digits) === v));

/** Every way of rounding each factor of an exact build to 3 figures, multiplied out. */
function buildValues(f: Field, digits: number): number[] {
	const values: number[] = [];
	for (const build of f.builds.filter(b => b.exact)) {
		let sums = [0];
		for (const term of build.terms) {
			let products = [term.coefficient];
			for (const factor of term.factors)
				products = products.flatMap(p => roundedWays(factor, digits).map(r => p * r)).slice(0, 64);
			sums = sums.flatMap(s => products.map(p => s + p)).slice(0, 256);
		}
		values.push(...sums);
	}
	return values;
}

/** A forward step worked out again from its inputs rounded to `digits` figures, by the answer parser. */
function forwardFromRounded(l: Level, f: Field, digits: number): number | undefined {
	const node = l.graph?.byName.get(f.node ?? '');
	if (node === undefined || node.deps.length === 0) return undefined;
	const names = [...node.deps.map(d => d.name)].sort((a, b) => b.length - a.length);
	let text = node.text;
	for (const name of names) {
		const v = roundTo(l.graph?.byName.get(name)?.value.data ?? 0, digits);
		text = text.replace(new RegExp(`\\b${name}\\b`, 'g'), `(${v})`);
	}
	const parsed = parseAnswer(text);
	return parsed.ok ? parsed.value : undefined;
}

const playable = shipped.filter(l => l.fields.length > 0);

describe('the checking rule on every field of every shipped level', () => {
	for (const l of playable) {
		for (const f of l.fields) {
			describe(`${l.id} ${f.label}`, () => {
				it('accepts the answer rounded to 3 (or the figures the field needs) or more significant figures', () => {
					for (const v of roundings(f.expected, figuresFor(f)))
						expect(verdictOf(f, v), `${v}`).toEqual({kind: 'right'});
				});

				it('accepts a value built from factors rounded to 3 or 4 figures, rounded again or not', () => {
					const built =
						f.role === 'value'
							? [3, 4].map(digits => forwardFromRounded(l, f, digits)).filter(v => v !== undefined)
							: [...buildValues(f, 3), ...buildValues(f, 4)];
					const figures = figuresFor(f);
					for (const v of built)
						for (const typed of [v, roundTo(v, figures), roundTo(v, figures + 1)])
							expect(verdictOf(f, typed), `${typed} (from ${v})`).toEqual({kind: 'right'});
				});

				it('refuses every diagnosed mistake that differs from the answer, and names it', () => {
					const figures = figuresFor(f);
					for (const m of f.mistakes) {
						if (Math.abs(m.value - f.expected) <= halfUnit(f.expected, figures)) continue;
						for (const typed of [m.value, roundTo(m.value, figures)]) {
							const verdict = verdictOf(f, typed);
							expect(verdict.kind, `${m.reason} ${typed}`).toBe('wrong');
							if (verdict.kind === 'wrong') expect(verdict.mistake?.value).toBe(m.value);
						}
					}
				});

				it('can tell every diagnosed mistake from the answer', () => {
					expect(distinctMistakes(f)).toEqual(f.mistakes);
				});
			});
		}
	}
});

describe('the checking rule on generated neurons', () => {
	// CS231n's neuron with random one-decimal weights and inputs, asked as gradients and as a chain.
	const tenth = fc.integer({min: -30, max: 30}).map(n => n / 10);
	it('accepts every 3-figure rounding and every product of 3-figure factors, and refuses each mistake', () => {
		fc.assert(
			fc.property(fc.tuple(tenth, tenth, tenth, tenth, tenth), ([w0, x0, w1, x1, w2]) => {
				const steps = parseFormula('s = w0 * x0 + w1 * x1 + w2; f = sigmoid(s)');
				const graph = buildGraph(steps, {w0, x0, w1, x1, w2});
				const fields = [
					...gradientFields(graph, ['df/ds', 'df/dw0', 'df/dx0', 'df/dw1', 'df/dx1', 'df/dw2']),
					...chainFields(graph, ['f', 's', 'w0']),
					...valueFields(graph, steps, ['s', 'f']),
				];
				for (const f of fields) {
					for (const v of roundings(f.expected)) expect(checkField(f, v)).toEqual({kind: 'right'});
					for (const v of buildValues(f, 3))
						for (const typed of [v, roundTo(v, 3)]) expect(checkField(f, typed)).toEqual({kind: 'right'});
					for (const m of distinctMistakes(f)) expect(checkField(f, m.value).kind).toBe('wrong');
				}
			}),
			{numRuns: 200},
		);
	});
});

describe('the checking rule on generated practice levels', () => {
	for (const concept of concepts) {
		it(`${concept}: every 3-figure rounding and product of 3-figure factors passes, every mistake fails`, () => {
			for (let seed = 0; seed < 20; seed++) {
				for (const difficulty of difficulties) {
					const l = generateLevel(concept, seed, 0, difficulty).level;
					for (const f of l.fields) {
						const where = `${concept} seed ${seed} d${difficulty} ${f.label}`;
						for (const v of roundings(f.expected)) expect(checkField(f, v), `${where}: ${v}`).toEqual({kind: 'right'});
						const built =
							f.role === 'value' ? [forwardFromRounded(l, f, 3)].filter(v => v !== undefined) : buildValues(f, 3);
						for (const v of built)
							for (const typed of [v, roundTo(v, 3)])
								expect(checkField(f, typed), `${where}: ${typed}`).toEqual({kind: 'right'});
						for (const m of distinctMistakes(f))
							expect(checkField(f, m.value).kind, `${where}: ${m.reason}`).toBe('wrong');
					}
				}
			}
		});
	}
});

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
		expect(verdictOf(w11, 0.15)).toEqual({kind: 'wrong', mistake: undefined, nearMiss: 3});
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
