// A gradient-check level's fields: the analytic gradient, the centred
// difference (f(x+h) − f(x−h)) / 2h, the relative error between them and the
// verdict against a threshold, the way CS231n's gradient checks read it. The
// forward values at x ± h come from the engine, shown or asked.

import type {Field} from './answers.js';
import {gradientFields} from './fields/gradients.js';
import {formatMaths, formatNumber, formatOperand} from './format.js';
import type {Step} from './formula.js';
import {buildGraph, GraphError, type LevelGraph} from './graph.js';

/** The check passes under this relative error unless the level says otherwise. */
export const defaultThreshold = 1e-4;

/** A number the level gives rather than asks. */
export type Given = {readonly label: string; readonly value: number};

export type GradCheckSpec = {
	readonly inputs: Readonly<Record<string, number>>;
	readonly output?: string | undefined;
	readonly wrt: string;
	readonly step: number;
	readonly given: boolean;
	readonly threshold?: number | undefined;
};

/** |a − n| / max(|a|, |n|): 0 when both are 0. */
export function relativeError(analytic: number, numeric: number): number {
	const scale = Math.max(Math.abs(analytic), Math.abs(numeric));
	return scale === 0 ? 0 : Math.abs(analytic - numeric) / scale;
}

/** The fewest figures (3 or more) at which the centred difference and the analytic gradient read differently. */
function figuresToTellApart(numeric: number, analytic: number): number {
	const round = (x: number, f: number) => (x === 0 ? 0 : Number(x.toPrecision(f)));
	for (let f = 3; f <= 12; f++) if (round(numeric, f) !== round(analytic, f)) return f;
	return 3;
}

/** The output at the level's inputs with `wrt` moved by `delta`. */
function outputAt(steps: readonly Step[], spec: GradCheckSpec, delta: number): number {
	const at = {...spec.inputs, [spec.wrt]: (spec.inputs[spec.wrt] ?? 0) + delta};
	try {
		return buildGraph(steps, at, spec.output).output.value.data;
	} catch (error) {
		if (error instanceof GraphError)
			throw new GraphError(`the output has no value at ${spec.wrt} ${delta > 0 ? '+' : '−'} h: ${error.message}`);
		throw error;
	}
}

/**
 * At relu's kink (its input exactly 0) the engine takes the flat side's slope, 0; the rising side's slope,
 * the one-sided difference on that side, is the slip a learner makes there. It comes first: it is
 * also the local slope alone, but the kink is why it was typed.
 */
function withKinkSlip(graph: LevelGraph, gradient: Field, sides: readonly number[]): Field {
	const kink = graph.nodes.find(
		node => node.op === 'relu' && node.deps.some(dep => graph.byName.get(dep.name)?.value.data === 0),
	);
	const input = kink?.deps[0]?.name;
	// The one-sided slope (x to x + h, or x − h to x) that is not the engine's.
	const rising = sides.find(
		side => Number.isFinite(side) && Math.abs(side - gradient.expected) > 1e-6 * Math.max(1, Math.abs(side)),
	);
	if (kink === undefined || input === undefined || rising === undefined) return gradient;
	return {
		...gradient,
		mistakes: [{value: rising, reason: 'kinkOtherSide', params: {fn: 'relu', input}}, ...gradient.mistakes],
	};
}

export function gradCheckFields(
	graph: LevelGraph,
	steps: readonly Step[],
	spec: GradCheckSpec,
): {fields: Field[]; given: Given[]} {
	if (graph.byName.get(spec.wrt)?.op !== 'input') throw new GraphError(`'${spec.wrt}' must be an input`);
	const out = graph.output.name;
	const x = spec.wrt;
	const h = spec.step;
	const threshold = spec.threshold ?? defaultThreshold;
	const up = outputAt(steps, spec, h);
	const down = outputAt(steps, spec, -h);
	const numeric = (up - down) / (2 * h);
	const [gradient] = gradientFields(graph, [`d${out}/d${x}`]);
	if (gradient === undefined) throw new GraphError(`no gradient of '${out}' by '${x}'`);
	const analytic = gradient.expected;
	const error = relativeError(analytic, numeric);
	const passes = error < threshold;
	const fPlus = `${out}(${x}+h)`;
	const fMinus = `${out}(${x}−h)`;
	const hText = formatNumber(h, 6);
	const given: Given[] = [{label: 'h', value: h}];
	const here = graph.output.value.data;
	const fields: Field[] = [withKinkSlip(graph, gradient, [(up - here) / h, (here - down) / h])];
	const at = spec.inputs[x] ?? 0;
	const valueField = (id: string, label: string, value: number, sign: '+' | '−'): Field => ({
		id,
		role: 'value',
		label,
		expected: value,
		node: undefined,
		mistakes: [],
		// f(x+h) = f(0.5 + 0.001) = f(0.501) = 0.002: the shifted input, then f there.
		work: `${label} = ${out}(${formatMaths(at, 6)} ${sign} ${hText}) = ${out}(${formatMaths(at + (sign === '+' ? h : -h), 10)}) = ${formatMaths(value, 10)}`,
		builds: [],
	});
	if (spec.given) given.push({label: fPlus, value: up}, {label: fMinus, value: down});
	else fields.push(valueField(`value:${out}:up`, fPlus, up, '+'), valueField(`value:${out}:down`, fMinus, down, '−'));
	const figures = figuresToTellApart(numeric, analytic);
	const distinct = (value: number, target: number) =>
		Number.isFinite(value) && Math.abs(value - target) > 1e-9 * Math.max(1, Math.abs(target));
	fields.push({
		id: `numeric:${out}:${x}`,
		role: 'numeric',
		label: `n = (${fPlus} − ${fMinus})/2h`,
		expected: numeric,
		node: undefined,
		mistakes: [{value: (up - down) / h, reason: 'oneSidedStep' as const, params: {}}].filter(m =>
			distinct(m.value, numeric),
		),
		work: `(${formatMaths(up, 10)} − ${formatOperand(down, 10)})/(2·${hText}) = ${formatMaths(numeric, figures + 1)}`,
		builds: [],
		...(figures === 3 ? {} : {figures}),
	});
	const difference = Math.abs(analytic - numeric);
	fields.push({
		id: `error:${out}:${x}`,
		role: 'error',
		label: `r = |${gradient.label} − n| / max(|${gradient.label}|, |n|)`,
		expected: error,
		node: undefined,
		mistakes: [
			{value: difference, reason: 'errorNotRelative' as const, params: {diff: formatNumber(difference, 3)}},
		].filter(m => distinct(m.value, error)),
		work: `|${formatMaths(analytic, 6)} − ${formatOperand(numeric, figures + 1)}| / max(|${formatMaths(analytic, 6)}|, |${formatMaths(numeric, figures + 1)}|) = ${formatMaths(error, 3)}`,
		builds: [],
	});
	fields.push({
		id: `verdict:${out}:${x}`,
		role: 'verdict',
		label: `r < ${formatNumber(threshold)} ?`,
		expected: passes ? 1 : 0,
		node: undefined,
		mistakes: [],
		work: `${formatNumber(error, 3)} ${passes ? '<' : '≥'} ${formatNumber(threshold)}  ⇒  ${passes ? 'pass' : 'fail'}`,
		builds: [],
		choice: {
			options: ['pass', 'fail'],
			words: {en: ['pass', 'fail'], ko: ['통과', '실패']},
			right: passes ? 'pass' : 'fail',
			params: {error: formatNumber(error, 3), threshold: formatNumber(threshold), right: passes ? 'pass' : 'fail'},
		},
	});
	return {fields, given};
}
