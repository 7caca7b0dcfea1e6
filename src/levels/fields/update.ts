// An update level's fields: ∂E/∂param, then the parameter after one step of
// gradient descent, with the error before and after it.

import type {Field, UpdatePreview} from '../answers.js';
import {formatMaths} from '../format.js';
import type {Step} from '../formula.js';
import {buildGraph, GraphError, gradientsFrom, type LevelGraph} from '../graph.js';
import {gradientBuilds, sumOf, termOf} from './builds.js';
import {d, f, factor, requireNode} from './maths.js';
import {scalingMistakes, singlePathSlips, withSign} from './slips.js';

/** ∂E/∂param and the updated parameter, plus the error before and after that step. */
export function updateFields(
	graph: LevelGraph,
	steps: readonly Step[],
	inputs: Readonly<Record<string, number>>,
	param: string,
	learningRate: number,
	outputName: string | undefined,
): {fields: Field[]; preview: UpdatePreview} {
	const node = requireNode(graph, param);
	if (node.op !== 'input') throw new GraphError(`the parameter '${param}' must be an input, not a step`);
	const E = graph.output.name;
	const grads = gradientsFrom(graph, graph.output);
	const g = grads.get(param) ?? 0;
	const before = node.value.data;
	const after = before - learningRate * g;
	const next = errorAt(steps, {...inputs, [param]: after}, outputName);
	const eta = f(learningRate);
	const updateFigures = figuresToShowStep(before, after);
	const fields: Field[] = [
		{
			id: `grad:${E}:${param}`,
			role: 'gradient',
			label: d(E, param),
			expected: g,
			node: param,
			mistakes: withSign(g, [...singlePathSlips(graph, E, param), ...scalingMistakes(graph, E, param, g)]),
			work: `${d(E, param)} = ${f(g)}`,
			builds: gradientBuilds(graph, E, param, grads),
		},
		{
			id: `update:${param}`,
			role: 'update',
			label: `${param} − η·${d(E, param)}`,
			expected: after,
			node: undefined,
			mistakes: withSign(after, [
				{value: before + learningRate * g, reason: 'plusSign', params: {param}},
				{value: before - g, reason: 'forgotRate', params: {eta}},
				{value: -learningRate * g, reason: 'stepOnly', params: {param, step: f(-learningRate * g)}},
				{value: learningRate * g, reason: 'stepOnly', params: {param, step: f(-learningRate * g)}},
				{
					value: before,
					reason: 'beforeUpdate',
					// A step hidden below the third figure (0.15 → 0.14978) is what the message must explain.
					params:
						updateFigures === 3
							? {param, of: E}
							: {param, of: E, step: formatMaths(after - before, 1), figures: updateFigures},
				},
			])
				.filter(m => m.reason !== 'wrongSign')
				// A step far smaller than the weight (w11's in the note) leaves some slips within a
				// unit of the answer's last needed figure, where no typed answer can tell them apart.
				.filter(m => Math.abs(m.value - after) > lastFigureUnit(after, updateFigures)),
			work: `${param} − η·${d(E, param)} = ${f(before)} − ${eta}·${factor(g)} = ${f(after)}`,
			builds: [
				sumOf([
					termOf({value: before}),
					{coefficient: -learningRate, factors: [{value: g, field: `grad:${E}:${param}`}]},
				]),
			],
			...(updateFigures === 3 ? {} : {figures: updateFigures}),
		},
	];
	return {
		fields,
		preview: {
			param,
			learningRate,
			before,
			after,
			errorBefore: graph.output.value.data,
			errorAfter: next.value,
			undefinedAt: next.undefinedAt,
		},
	};
}

/** The output at other inputs, or which step has no value there. */
function errorAt(
	steps: readonly Step[],
	inputs: Readonly<Record<string, number>>,
	outputName: string | undefined,
): {value: number | undefined; undefinedAt: string | undefined} {
	try {
		return {value: buildGraph(steps, inputs, outputName).output.value.data, undefinedAt: undefined};
	} catch (error) {
		if (!(error instanceof GraphError)) throw error;
		return {value: undefined, undefinedAt: /step '([^']+)'/.exec(error.message)?.[1] ?? '?'};
	}
}

/**
 * A new weight must be typed with enough figures that its rounding can't be
 * the old weight: w11 = 0.15 → 0.149781 needs 4 (0.1498), since 0.150 is
 * also the unchanged weight.
 */
export function figuresToShowStep(before: number, after: number): number {
	const step = Math.abs(after - before);
	let figures = 3;
	if (step === 0 || after === 0) return figures;
	while (figures < 12 && lastFigureUnit(after, figures) / 2 >= step / 2) figures++;
	return figures;
}

/** One unit in the `figures`-th significant figure of `x`. */
const lastFigureUnit = (x: number, figures: number) =>
	x === 0 ? 0 : 10 ** (Math.floor(Math.log10(Math.abs(x))) - figures + 1);
