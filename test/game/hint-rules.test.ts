// The first hint of every ladder states the rule its field needs, checked
// against a table from the field's role and its node's operation to that
// rule's maths (taken from the operator table where it has it), in English
// and Korean: not only that it names the field.
import {describe, expect, it} from 'vitest';
import {hintKey, hintLadder, maskedRung} from '../../src/game/hints.js';
import {concepts} from '../../src/game/practice/concepts.js';
import {difficulties} from '../../src/game/practice/family.js';
import {generateLevel} from '../../src/game/practice/generate.js';
import type {Field} from '../../src/levels/answers.js';
import {linkKind} from '../../src/levels/chain-links.js';
import {printMaths} from '../../src/levels/formula.js';
import type {Level} from '../../src/levels/loader.js';
import {isOperatorName, operators} from '../../src/levels/operators.js';
import {derivative} from '../../src/levels/symbolic.js';
import {shippedLevels} from '../support/levels.js';

const seeds = Number(process.env.PRACTICE_SEEDS ?? 100);
const languages = ['en', 'ko'] as const;
type Lang = (typeof languages)[number];

/** An operation's rule as the operator table states it: its maths after the colon when it has some, else its words. */
function operatorRule(op: string, lang: Lang): string[] {
	if (!isOperatorName(op)) return [];
	const rule = operators[op].rule[lang];
	const maths = rule.split(': ').slice(1).join(': ');
	return maths === '' ? [rule] : [maths, rule.split(': ')[0] ?? rule];
}

/** Maths and words compared without spaces or ·, so `a(1 − a)` is `a·(1 − a)`. */
const squeeze = (text: string) => text.replace(/[\s·]/g, '');

/** Words a rule is said with, by language, where its maths has no one spelling. */
const words = {
	multiply: {
		// In a weighted sum, only the term with the name moves with it.
		en: ['the other input', 'multiplied by', 'swaps its inputs', 'the weight on that wire', 'moves with'],
		ko: ['다른 입력', '다른 쪽 입력', '곱해지는', '맞바꿉', '함께 변하는'],
	},
	add: {en: ["add node's 1", 'passes the upstream gradient'], ko: ['덧셈 노드의 1', '그대로']},
	target: {en: ['minus its target'], ko: ['정답을 뺀']},
	product: {en: ['product', 'is a chain'], ko: ['곱', '사슬']},
	sum: {en: ['sum of its paths', 'add'], ko: ['합', '더']},
} as const;

/** The slope of a step of several operations, as printed maths (`2·(w − 3)`); undefined where it has none. */
function composedSlope(level: Level, of: string, wrt: string): string | undefined {
	const step = level.steps.find(s => s.name === of);
	if (step === undefined) return undefined;
	try {
		return printMaths(derivative(step.expr, wrt));
	} catch {
		return undefined;
	}
}

/**
 * What hint 1 must say for ∂upper/∂lower, by the link's kind: any one of these.
 * A multiply node's input gets the other input (`∂f/∂q = z`, or the table's
 * swap); a function's slope its rule (σ·(1 − σ), 1 − tanh², …); an addend 1;
 * the error ½(y − t)² gives y − t; a step of several operations its slope.
 */
function linkRule(level: Level, of: string, wrt: string, label: string, lang: Lang): string[] | undefined {
	const graph = level.graph;
	const upper = graph?.byName.get(of);
	if (graph === undefined || upper === undefined) return undefined;
	const link = linkKind(graph, upper, wrt);
	switch (link.kind) {
		case 'errorSlope':
			return [`${wrt} − t`, `${wrt} − `, ...words.target[lang]];
		case 'functionSlope':
			return [...operatorRule(upper.op, lang), 'σ(1 − σ)', '1 − tanh', `${of}(1 − ${of})`, `1 − ${of}²`];
		case 'multiplier':
			return [`${label} = ${link.by}`, ...operatorRule('mul', lang), ...words.multiply[lang]];
		case 'constantMultiplier':
			return [lang === 'en' ? 'constant' : '상수'];
		case 'addend':
			return [...operatorRule('add', lang), ...words.add[lang]];
		case 'other': {
			if (isOperatorName(upper.op)) return operatorRule(upper.op, lang);
			// A slope that is a bare number (x − 1 by x) is the answer itself: no rule to state before it.
			const slope = composedSlope(level, of, wrt);
			return slope === undefined || /^[-−]?\d+(\.\d+)?$/.test(slope) ? undefined : [`${label} = ${slope}`];
		}
	}
}

/** The rule's maths a field's first hint must hold, any one of them; undefined where the table has no row. */
function ruleFor(level: Level, field: Field, lang: Lang): string[] | undefined {
	if (field.cell !== undefined) return undefined;
	const [, of = '', wrt = ''] = field.id.split(':');
	switch (field.role) {
		case 'value': {
			const formula = field.work.split(' = ')[1];
			return formula === undefined ? undefined : [formula];
		}
		case 'local':
			return linkRule(level, of, wrt, field.label, lang);
		case 'gradient': {
			const graph = level.graph;
			const top = graph?.byName.get(of);
			if (graph === undefined || top === undefined) return undefined;
			if (top.deps.some(d => d.name === wrt)) return linkRule(level, of, wrt, field.label, lang);
			// Through the steps that read wrt: the chain rule, upstream times local, summed over the steps.
			const readers = graph.nodes.filter(n => n !== top && n.deps.some(d => d.name === wrt));
			// Or the local slopes it is made of, listed (`∂z/∂w = x`).
			return readers.length === 0
				? undefined
				: readers.flatMap(n => [`∂${of}/∂${n.name}·∂${n.name}/∂${wrt}`, `∂${n.name}/∂${wrt}`]);
		}
		case 'product':
		case 'path':
			// Multiply the local derivatives along the path.
			return [field.work.split(' = ')[0] ?? field.label, ...words.product[lang]];
		case 'total':
			return [' + ', ...words.sum[lang]];
		case 'update':
			return ['η'];
		case 'numeric':
			return ['2h'];
		case 'error':
			return ['max('];
		case 'verdict':
			return ['<'];
		case 'formula':
		case 'shape':
			return undefined;
	}
}

function firstRungProblems(level: Level, name: string): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	for (const field of level.fields) {
		if (seen.has(hintKey(field))) continue;
		seen.add(hintKey(field));
		const first = hintLadder(level, field)[0];
		if (first === undefined) continue;
		for (const lang of languages) {
			const rule = ruleFor(level, field, lang);
			if (rule === undefined) continue;
			const text = maskedRung(level, field, first.kind === 'text' ? first.text[lang] : first.text, false, {});
			if (!rule.some(r => squeeze(text).includes(squeeze(r))))
				problems.push(`${name} ${field.id} ${lang}: hint 1 does not state ${rule.join(' or ')}: ${text}`);
		}
	}
	return problems;
}

describe('hint 1 states the rule of its field', () => {
	it('on every shipped level, in English and Korean', () => {
		expect(shippedLevels.flatMap(level => firstRungProblems(level, level.id))).toEqual([]);
	});

	it.each(concepts)(`practice %s, ${seeds} seeds at every step`, concept => {
		const problems: string[] = [];
		for (let seed = 0; seed < seeds && problems.length < 10; seed++)
			for (const difficulty of difficulties)
				problems.push(
					...firstRungProblems(generateLevel(concept, seed, 0, difficulty).level, `seed ${seed} step ${difficulty}`),
				);
		expect(problems.slice(0, 10)).toEqual([]);
	});
});
