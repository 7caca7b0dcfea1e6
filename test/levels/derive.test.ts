// Formula answers: a derive field takes a formula in the step's names and
// checks it at the level's point and at seeded random points of the step's domain.
import {describe, expect, it} from 'vitest';
import {checkDraft} from '../../src/game/check-typed.js';
import {hintLadder} from '../../src/game/hints.js';
import type {Field} from '../../src/levels/answers.js';
import {randomPoints} from '../../src/levels/derive-fields.js';
import {parseExpression} from '../../src/levels/formula.js';
import {loadLevelPack} from '../../src/levels/loader.js';
import {derivative, evaluateAt} from '../../src/levels/symbolic.js';
import {messages, mistakeText} from '../../src/ui/strings.js';
import {levelById} from '../support/levels.js';

const shipped = loadLevelPack('levels').levels.filter(l => l.spec.kind === 'derive');
const fields = shipped.flatMap(level => level.fields.map(field => [`${level.id} ${field.label}`, field] as const));

/** Two ways a learner writes each shipped field right, typed as they would type them. */
const equivalentForms: Record<string, readonly [string, string, ...string[]]> = {
	'derive-tanh ∂a/∂z': ['1 - a^2', '1 - tanh(z)^2', '(1-a)*(1+a)', '1 − a·a'],
	'derive-neuron ∂L/∂a': ['a - t', '-(t - a)', '2*0.5*(a-t)'],
	'derive-neuron ∂a/∂z': ['a*(1 - a)', 'sigmoid(z)*(1-sigmoid(z))', 'a - a^2', 'exp(-z)/(1+exp(-z))^2'],
	'derive-neuron ∂z/∂w': ['x', '(z - b)/w'],
};

/** A formula that agrees with the answer at the level's point only: the answer plus a term that vanishes there. */
function onlyHere(field: Field): string {
	const formula = field.formula;
	if (formula === undefined) throw new Error('not a formula field');
	const wrt = formula.wrt;
	const at = formula.points[0]?.[wrt] ?? 0;
	return `${formula.answer} + (${wrt} - ${at})`;
}

const reasonOf = (field: Field, draft: string) => {
	const verdict = checkDraft(field, draft);
	return verdict.kind === 'wrong' ? verdict.mistake?.reason : verdict.kind;
};

describe('formula answers on every shipped derive field', () => {
	it('covers every shipped derive field', () => {
		expect(fields.length).toBeGreaterThanOrEqual(4);
		expect(Object.keys(equivalentForms).sort()).toEqual(fields.map(([name]) => name).sort());
	});

	it.each(fields)('%s: checked at the level’s point and at ≥8 random points', (_name, field) => {
		expect(field.formula?.points.length).toBe(randomPoints + 1);
		expect(field.formula?.points.length).toBeGreaterThanOrEqual(9);
	});

	it.each(fields)('%s accepts at least two equivalent forms', (name, field) => {
		const forms = equivalentForms[name] ?? [];
		expect(forms.length).toBeGreaterThanOrEqual(2);
		for (const form of forms) expect(checkDraft(field, form), form).toEqual({kind: 'right'});
		expect(checkDraft(field, field.formula?.answer ?? '')).toEqual({kind: 'right'});
	});

	it.each(fields)('%s rejects each diagnosed mistake with its own message', (_name, field) => {
		const formula = field.formula;
		if (formula === undefined) throw new Error('not a formula field');
		for (const mistake of formula.mistakes)
			expect(reasonOf(field, mistake.example), mistake.example).toBe(mistake.reason);
		// The number at the level's point, where the slope changes with the input.
		if (formula.varies) expect(reasonOf(field, String(field.expected))).toBe('formulaConstant');
	});

	it.each(fields)('%s: a formula right at the level’s point only is caught with a counterexample', (_name, field) => {
		const verdict = checkDraft(field, onlyHere(field));
		expect(verdict).toMatchObject({kind: 'wrong', mistake: {reason: 'formulaOnlyHere'}});
		if (verdict.kind !== 'wrong' || verdict.mistake === undefined) return;
		const text = mistakeText(messages('en'), verdict.mistake);
		expect(text).toMatch(new RegExp(`^✗ Right here, but not everywhere: try .*${field.formula?.wrt} = `));
	});

	it('the diagnoses cover σ for σ′, 1 − a and a·(1 − a) for 1 − a², the wrong input and a constant across the chapter', () => {
		const reasons = new Set(fields.flatMap(([, f]) => f.formula?.mistakes.map(m => m.reason) ?? []));
		expect([...reasons].sort()).toEqual([
			'forgotHalf',
			'formulaOtherInput',
			'formulaSigmoid',
			'formulaSignFlipped',
			'formulaTanh',
			'formulaTanhSigmoid',
		]);
		expect(fields.filter(([, f]) => f.formula?.varies).length).toBeGreaterThan(0);
	});
});

describe('what a derive field says to input it can’t check', () => {
	const field = fields.find(([name]) => name === 'derive-tanh ∂a/∂z')?.[1] as Field;

	it('names a name it does not accept, and costs no attempt', () => {
		expect(checkDraft(field, '1 - y^2')).toEqual({kind: 'unreadable', why: {kind: 'not-a-formula', name: 'y'}});
		expect(checkDraft(field, '1 - (a')).toEqual({kind: 'unreadable', why: {kind: 'not-a-formula'}});
		expect(messages('en').notAFormula('z, a', 'y')).toBe("'y' is not a name here: use z, a. (No attempt used.)");
	});

	it('calls a wrong formula with no diagnosis simply wrong', () => {
		expect(checkDraft(field, 'a^2 + 1')).toEqual({kind: 'wrong', mistake: undefined, nearMiss: undefined});
	});

	it('names a formula that is the slope with its sign flipped, never as another input’s slope', () => {
		expect(checkDraft(field, 'a^2 - 1')).toMatchObject({kind: 'wrong', mistake: {reason: 'formulaSignFlipped'}});
		// On the neuron, t − a for ∂L/∂a = a − t is also ∂L/∂t; it was told as the slope by the other input.
		const neuron = levelById('derive-neuron');
		const errorSlope = neuron.fields.find(f => f.formula?.wrt === 'a');
		if (errorSlope === undefined) throw new Error('derive-neuron has no slope by a');
		const verdict = checkDraft(errorSlope, 't - a');
		expect(verdict).toMatchObject({kind: 'wrong', mistake: {reason: 'formulaSignFlipped'}});
		if (verdict.kind !== 'wrong' || verdict.mistake === undefined) return;
		for (const lang of ['en', 'ko'] as const) {
			const text = mistakeText(messages(lang), verdict.mistake);
			expect(text).toContain(lang === 'en' ? 'Right form, wrong sign' : '꼴은 맞는데 부호가 반대입니다');
			expect(text).not.toMatch(/a − t|a - t|other input|다른 입력/);
		}
	});
});

describe('the symbolic derivative behind the worked solution', () => {
	it('matches finite differences on a mix of every smooth operation', () => {
		const expr = parseExpression('x*y/(1 + exp(-x)) - log(y)^2 + tanh(x*y) + sigmoid(-y)^3');
		const env = {x: 0.7, y: 1.3};
		const h = 1e-6;
		const numeric = (evaluateAt(expr, {...env, x: env.x + h}) - evaluateAt(expr, {...env, x: env.x - h})) / (2 * h);
		expect(evaluateAt(derivative(expr, 'x'), env)).toBeCloseTo(numeric, 6);
	});
});

describe('the first hint on a derive field', () => {
	// The rule each field applies, in English and Korean; the task alone ("differentiate …") is no hint.
	const rules: Record<string, readonly [string, string]> = {
		'derive-tanh ∂a/∂z': ['the slope of tanh is 1 − tanh²', 'tanh의 기울기는 1 − tanh²입니다'],
		'derive-neuron ∂L/∂a': ['the ½ cancels the 2', '2를 ½이 지웁니다'],
		'derive-neuron ∂a/∂z': ['σ′(z) = σ(z)·(1 − σ(z))', 'σ′(z) = σ(z)·(1 − σ(z))'],
		'derive-neuron ∂z/∂w': ['w is multiplied by x', 'w에 곱해지는'],
	};
	for (const level of shipped)
		for (const field of level.fields) {
			const name = `${level.id} ${field.label}`;
			it(`${name}: states the rule, not the formula it asks`, () => {
				const [first] = hintLadder(level, field);
				const text = first?.kind === 'text' ? first.text : undefined;
				const [en, ko] = rules[name] ?? ['?', '?'];
				expect(text?.en).toContain(en);
				expect(text?.ko).toContain(ko);
				const answer = field.work.split(' = ').at(-1) ?? '';
				expect(text?.en).not.toContain(`= ${answer}`);
			});
		}
});
