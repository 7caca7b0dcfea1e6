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
import {koreanLevels, shippedLevels} from '../support/levels.js';

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

/** A function's slope written with its output, the form every ladder uses: `a·(1 − a)`, `1 − a²`, `f`. */
function slopeByOutput(op: string, out: string): string | undefined {
	if (op === 'sigmoid') return `${out}·(1 − ${out})`;
	if (op === 'tanh') return `1 − ${out}²`;
	if (op === 'exp') return out;
	return undefined;
}

/**
 * The one form hint 1 must hold for ∂upper/∂lower, by the link's kind. A
 * multiply node's input gets the other input, said as the rule `∂(u·v)/∂u = v`
 * (`∂f/∂q = z` would be the field's answer by name); a function's slope
 * is written with its output (`∂a/∂z = a·(1 − a)`), or is the operator's own
 * rule where it has no formula (relu, max); the error ½(y − t)² gives
 * `∂E/∂y = y − t`; an addend the add rule; a constant multiplier `∂(c·u)/∂u = c`;
 * a step of several operations its slope, or where that is a bare number
 * (`2·x − 1` by x), the step's derivative written out.
 */
function linkRule(level: Level, of: string, wrt: string, label: string, lang: Lang): string | undefined {
	const graph = level.graph;
	const upper = graph?.byName.get(of);
	if (graph === undefined || upper === undefined) return undefined;
	const link = linkKind(graph, upper, wrt);
	switch (link.kind) {
		case 'errorSlope':
			return `${label} = ${composedSlope(level, of, wrt)}`;
		case 'functionSlope': {
			const byOutput = slopeByOutput(upper.op, of);
			return byOutput === undefined ? operatorRule(upper.op, lang)[0] : `${label} = ${byOutput}`;
		}
		case 'multiplier':
			// The link is the field itself here: `${label} = ${link.by}` would be its answer by name.
			return '∂(u·v)/∂u = v';
		case 'constantMultiplier':
			return '∂(c·u)/∂u = c';
		case 'addend':
			return '∂(u + v)/∂u = ∂(u + v)/∂v';
		case 'other': {
			if (isOperatorName(upper.op)) return operatorRule(upper.op, lang)[0];
			const slope = composedSlope(level, of, wrt);
			if (slope === undefined) return undefined;
			return /^[-−]?\d+(\.\d+)?$/.test(slope) ? `${label} = ∂(${upper.text})/∂${wrt}` : `${label} = ${slope}`;
		}
	}
}

/** The one form of the rule a field's first hint must hold; undefined where the table has no row. */
function ruleFor(level: Level, field: Field, lang: Lang): string | undefined {
	if (field.cell !== undefined) return undefined;
	const [, of = '', wrt = ''] = field.id.split(':');
	switch (field.role) {
		case 'value':
			return field.work.split(' = ')[1];
		case 'local':
			return linkRule(level, of, wrt, field.label, lang);
		case 'gradient': {
			const graph = level.graph;
			const top = graph?.byName.get(of);
			if (graph === undefined || top === undefined) return undefined;
			if (top.deps.some(d => d.name === wrt)) return linkRule(level, of, wrt, field.label, lang);
			// Through the steps that read wrt: the chain rule, upstream times local, one term per step.
			const readers = graph.nodes.filter(n => n !== top && n.deps.some(d => d.name === wrt));
			return readers.length === 0
				? undefined
				: `${field.label} = ${readers.map(n => `∂${of}/∂${n.name}·∂${n.name}/∂${wrt}`).join(' + ')}`;
		}
		case 'product':
		case 'path':
			// Multiply the local derivatives along the path.
			return field.work.split(' = ')[0];
		case 'total':
			// Add the paths.
			return `${field.label} = ${level.fields
				.filter(f => f.role === 'path')
				.map(f => f.label)
				.join(' + ')}`;
		case 'update':
		case 'numeric':
		case 'error':
		case 'verdict':
			// The rule is what the label writes: w − η·∂E/∂w, (f(x+h) − f(x−h))/2h, |a − n|/max(|a|, |n|), r < tolerance.
			return field.label;
		case 'formula':
		case 'shape':
			return undefined;
	}
}

function firstRungProblems(level: Level, name: string, langs: readonly Lang[] = languages): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	for (const field of level.fields) {
		if (seen.has(hintKey(field))) continue;
		seen.add(hintKey(field));
		const first = hintLadder(level, field)[0];
		if (first === undefined) continue;
		for (const lang of langs) {
			const rule = ruleFor(level, field, lang);
			if (rule === undefined) continue;
			const text = maskedRung(level, field, first.kind === 'text' ? first.text[lang] : first.text, false, {});
			if (!squeeze(text).includes(squeeze(rule)))
				problems.push(`${name} ${field.id} ${lang}: hint 1 does not state ${rule}: ${text}`);
		}
	}
	return problems;
}

describe('hint 1 states the rule of its field', () => {
	it('on every shipped level, in English and Korean', () => {
		// Each language's hints on the level as that language's game builds it (Korean labels and all).
		const built = {en: shippedLevels, ko: koreanLevels} satisfies Record<Lang, readonly Level[]>;
		expect(languages.flatMap(lang => built[lang].flatMap(level => firstRungProblems(level, level.id, [lang])))).toEqual(
			[],
		);
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
