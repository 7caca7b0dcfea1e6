// A derive level's fields: a local derivative asked as a formula in the
// step's names (`∂a/∂z` for `a = tanh(z)` is `1 - a^2`). The checking points,
// the engine's slope at each and the diagnosed mistakes are worked out here,
// once; the formula a player types is only evaluated against them.

import {entryOf} from '../engine/checked.js';
import {seededRandom} from '../engine/random.js';
import type {Field} from './answers.js';
import {formatNumber} from './format.js';
import {type Expr, parseExpression, printExpr, printMaths, type Step} from './formula.js';
import {buildGraph, GraphError, type LevelGraph} from './graph.js';
import {isHalfSquare} from './mistakes.js';
import {derivative, type Env, evaluateAt, NoFormulaError} from './symbolic.js';
import type {FormulaAnswer, FormulaMistake} from './typed-answers.js';

/** Random points a formula is checked at, besides the level's own. */
export const randomPoints = 10;
/** Two numbers agree when they differ by less than this, relative: far below the 3-figure rule. */
export const formulaTolerance = 1e-9;

export const agrees = (a: number, b: number) =>
	Number.isFinite(a) &&
	Number.isFinite(b) &&
	Math.abs(a - b) <= formulaTolerance * Math.max(1, Math.abs(a), Math.abs(b));

/** A stable seed from a text, so a level checks the same points on every run. */
export function seedOf(text: string): number {
	let h = 2166136261;
	for (const ch of text) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619);
	return h >>> 0;
}

/** The `da/dz` of an ask, split into its names. */
export function askNames(ask: string): [of: string, wrt: string] {
	const [, of = '', wrt = ''] = /^d(\w+)\/d(\w+)$/.exec(ask) ?? [];
	return [of, wrt];
}

/** The step alone at other values of its inputs: its value and its slope by each input; undefined off its domain. */
function stepAt(step: Step, inputs: Env): {value: number; locals: Map<string, number>} | undefined {
	try {
		const node = buildGraph([step], inputs).output;
		const locals = new Map(node.deps.map(dep => [dep.name, dep.local]));
		if (![...locals.values()].every(Number.isFinite)) return undefined;
		return {value: node.value.data, locals};
	} catch (error) {
		if (error instanceof GraphError) return undefined;
		throw error;
	}
}

/** How a learner writes the slope of an activation in its own output: `1 - a^2` for a = tanh(z). */
function outputForm(expr: Expr, of: string, wrt: string): string | undefined {
	if (expr.kind !== 'call' || expr.args.length !== 1) return undefined;
	const [arg] = expr.args;
	if (arg?.kind !== 'name' || arg.name !== wrt) return undefined;
	if (expr.fn === 'tanh') return `1 - ${of}^2`;
	if (expr.fn === 'sigmoid') return `${of}*(1 - ${of})`;
	if (expr.fn === 'exp') return of;
	return undefined;
}

/** ∂of/∂wrt for each `dOf/dWrt` ask: `of` a step, `wrt` one of the names it reads. */
export function deriveFields(
	graph: LevelGraph,
	steps: readonly Step[],
	asks: readonly string[],
	seed: string,
): Field[] {
	return asks.map(ask => {
		const [of, wrt] = askNames(ask);
		const node = entryOf(graph.byName, of);
		const step = steps.find(s => s.name === of);
		if (step === undefined || node.op === 'input')
			throw new GraphError(`'${of}' is an input; a derive level asks for the slope of a step`);
		const inputs = node.deps.map(dep => dep.name);
		if (!inputs.includes(wrt))
			throw new GraphError(`step '${of}' does not read '${wrt}'; it reads ${inputs.join(', ') || 'no names'}`);
		let symbolic: Expr;
		try {
			symbolic = derivative(step.expr, wrt);
		} catch (error) {
			if (error instanceof NoFormulaError) throw new GraphError(`∂${of}/∂${wrt} has no formula: ${error.message}`);
			throw error;
		}
		const own: Env = Object.fromEntries(inputs.map(name => [name, graph.byName.get(name)?.value.data ?? 0]));
		const points: Env[] = [{...own, [of]: node.value.data}];
		const locals = [new Map(node.deps.map(dep => [dep.name, dep.local]))];
		const random = seededRandom(seedOf(`${seed}:${of}:${wrt}`));
		for (let tries = 0; points.length <= randomPoints && tries < 400; tries++) {
			const at: Env = Object.fromEntries(
				inputs.map(name => {
					const v = own[name] ?? 0;
					return [name, v + (2 * random() - 1) * Math.max(1, Math.abs(v))];
				}),
			);
			const there = stepAt(step, at);
			if (there !== undefined) {
				points.push({...at, [of]: there.value});
				locals.push(there.locals);
			}
		}
		if (points.length <= 8)
			throw new GraphError(`step '${of}' has too few points where it is defined to check a formula`);
		const slopes = locals.map(l => l.get(wrt) ?? 0);
		// The formula this file writes must be the engine's slope, or the level can't be trusted.
		if (!points.every((p, i) => agrees(evaluateAt(symbolic, p), slopes[i] ?? Number.NaN)))
			throw new GraphError(`the derivative of step '${of}' by '${wrt}' does not match the engine`);
		const differs = (values: readonly number[]) => values.some((v, i) => !agrees(v, slopes[i] ?? Number.NaN));
		const inNames = printExpr(symbolic);
		const answer = outputForm(step.expr, of, wrt) ?? inNames;
		const mistakes: FormulaMistake[] = [];
		if (node.op === 'sigmoid' && outputForm(step.expr, of, wrt) !== undefined)
			mistakes.push({reason: 'formulaSigmoid', params: {of}, values: points.map(p => p[of] ?? 0), example: of});
		if (node.op === 'tanh' && outputForm(step.expr, of, wrt) !== undefined)
			mistakes.push({
				reason: 'formulaTanh',
				params: {of},
				values: points.map(p => 1 - (p[of] ?? 0)),
				example: `1 - ${of}`,
			});
		if (node.op === 'tanh' && outputForm(step.expr, of, wrt) !== undefined)
			mistakes.push({
				reason: 'formulaTanhSigmoid',
				params: {of},
				values: points.map(p => (p[of] ?? 0) * (1 - (p[of] ?? 0))),
				example: `${of}*(1 - ${of})`,
			});
		if (isHalfSquare(graph, node))
			mistakes.push({
				reason: 'forgotHalf',
				params: {node: of, text: node.text, of: 'slope'},
				values: slopes.map(s => 2 * s),
				example: `2*(${answer})`,
			});
		// The slope with its sign flipped everywhere (`t - a` for a − t): a sign slip, even where it is also
		// another input's slope (∂e/∂t = t − a), so it comes first.
		mistakes.push({
			reason: 'formulaSignFlipped',
			params: {of, wrt},
			values: slopes.map(s => -s),
			example: `-(${answer})`,
		});
		for (const other of inputs) {
			if (other === wrt) continue;
			const values = locals.map(l => l.get(other) ?? 0);
			// ∂e/∂t = t − a is the sign flip of ∂e/∂a = a − t: that slip is named above.
			if (values.every((v, i) => agrees(v, -(slopes[i] ?? Number.NaN)))) continue;
			mistakes.push({
				reason: 'formulaOtherInput',
				params: {of, wrt, other},
				values,
				example: printExpr(derivative(step.expr, other)),
			});
		}
		const label = `∂${of}/∂${wrt}`;
		return {
			id: `derive:${of}:${wrt}`,
			role: 'formula',
			label,
			expected: slopes[0] ?? 0,
			node: undefined,
			mistakes: [],
			work: `${of} = ${node.text}  ⇒  ${label} = ${printMaths(parseExpression(answer))}`,
			builds: [],
			formula: {
				of,
				wrt,
				names: [...inputs, of],
				inputs,
				answer,
				points,
				slopes,
				varies: differs(slopes.map(() => slopes[0] ?? 0)),
				mistakes: mistakes.filter(m => differs(m.values)),
			} satisfies FormulaAnswer,
		};
	});
}

/** The point a counterexample names: the step's inputs there. */
export function describePoint(formula: FormulaAnswer, index: number): string {
	const point = formula.points[index] ?? {};
	return formula.inputs.map(name => `${name} = ${formatNumber(point[name] ?? 0, 3)}`).join(', ');
}
