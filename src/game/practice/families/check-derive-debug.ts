// Derive, check, debug: a local derivative written as a formula, a gradient
// checked by centred differences, and a planted mistake found in a worked
// backward pass (drawn from the mistakes the player makes most, when known).

import {itemAt} from '../../../engine/checked.js';
import {plantableMistakes} from '../../../levels/find-the-bug.js';
import {parseFormula} from '../../../levels/formula.js';
import {buildGraph, GraphError} from '../../../levels/graph.js';
import type {Level} from '../../../levels/loader.js';
import {josa} from '../../josa.js';
import {type Difficulty, type Draft, draw, givens, type LevelTexts, num, pretty, toDifficulty} from '../family.js';
import type {Random} from '../random.js';
import {composeTexts} from '../texts.js';

const pick = <T>(random: Random, items: readonly T[]): T => itemAt(items, random.int(0, items.length - 1));

// ── derive ────────────────────────────────────────────────────────────────

type DeriveShape = {
	readonly formula: string;
	readonly ask: string[];
	readonly inputs: (r: Random, d: Difficulty) => Record<string, number>;
};

const deriveShapes: Record<Difficulty, readonly DeriveShape[]> = {
	1: [
		{formula: 'a = tanh(z)', ask: ['da/dz'], inputs: (r, d) => ({z: draw(r, toDifficulty(Math.max(2, d)), -1.5, 1.5)})},
		{formula: 'a = sigmoid(z)', ask: ['da/dz'], inputs: (r, d) => ({z: draw(r, toDifficulty(Math.max(2, d)), -2, 2)})},
		{formula: 'q = x * y', ask: ['dq/dx'], inputs: (r, d) => ({x: draw(r, d, -5, 5), y: draw(r, d, -5, 5)})},
	],
	2: [
		{
			formula: 'z = w*x + b; a = sigmoid(z)',
			ask: ['da/dz', 'dz/dw'],
			inputs: (r, d) => ({x: draw(r, d, -2, 2), w: draw(r, d, -1, 1), b: draw(r, d, -1, 1)}),
		},
		{
			formula: 'p = x * y; a = tanh(p)',
			ask: ['da/dp', 'dp/dy'],
			inputs: (r, d) => ({x: draw(r, d, -1.2, 1.2), y: draw(r, d, -1.2, 1.2)}),
		},
	],
	3: [
		{
			formula: 'z = w*x + b; a = sigmoid(z); L = 0.5*(a - t)^2',
			ask: ['dL/da', 'da/dz', 'dz/dx'],
			inputs: (r, d) => ({x: draw(r, d, -2, 2), w: draw(r, d, -1, 1), b: draw(r, d, -1, 1), t: draw(r, d, 0, 1)}),
		},
		{
			formula: 'u = x / y; a = tanh(u)',
			ask: ['da/du', 'du/dy'],
			inputs: (r, d) => ({x: draw(r, d, -2, 2), y: draw(r, d, 1, 3)}),
		},
	],
};

export function deriveFormula(random: Random, difficulty: Difficulty): Draft {
	const shape = pick(random, deriveShapes[difficulty]);
	return {
		shape: {kind: 'derive', formula: shape.formula, inputs: shape.inputs(random, difficulty), ask: [...shape.ask]},
		expects: {},
		limit: 50,
		texts: level =>
			composeTexts(level, {
				title: {en: 'Slopes as formulas', ko: '식으로 쓰는 기울기'},
				lead: {
					en: "Write each local derivative as a formula in its step's names (listed beside each field):",
					ko: '국소 기울기마다, 칸 옆에 적힌 그 단계의 이름을 써서 식으로 나타내세요.',
				},
				rule: {
					en: "Differentiate the step by that one name, holding the step's other names fixed; an activation's slope is cheapest in its own output.",
					ko: '그 이름 하나로 단계를 미분하고, 나머지 이름은 고정된 값으로 봅니다. 활성화 함수의 기울기는 그 함수의 출력으로 나타내면 계산이 가장 적습니다.',
				},
				takeaway: {
					en: 'A formula is right only if it holds at every point, not just here.',
					ko: '식은 이 점에서만이 아니라 어느 점에서나 맞아야 정답입니다.',
				},
			}),
	};
}

// ── grad-check ────────────────────────────────────────────────────────────

export function gradCheck(random: Random, difficulty: Difficulty): Draft {
	const x = draw(random, 1, 1, 4);
	// The easy step varies the cubic and its point, so a learner kept there gets new numbers.
	const easy = random.pick(['f = x^3', 'f = x^3 + x', 'f = x^3 - 2 * x', 'f = 2 * x^3']);
	const shapes: Record<Difficulty, {formula: string; inputs: Record<string, number>; given: boolean}> = {
		1: {formula: easy, inputs: {x: draw(random, 1, -5, 5)}, given: true},
		2: {formula: 'f = c * x^3', inputs: {x, c: draw(random, 1, 2, 5)}, given: true},
		3: {formula: 'y = x^2; f = y * x + x', inputs: {x}, given: false},
	};
	const {formula, inputs, given} = shapes[difficulty];
	return {
		shape: {kind: 'grad-check', formula, inputs, wrt: 'x', step: 0.01, given},
		expects: {},
		limit: 1000,
		texts: level => gradCheckTexts(level, formula, inputs, given),
	};
}

function gradCheckTexts(level: Level, formula: string, inputs: Record<string, number>, given: boolean): LevelTexts {
	const work = level.fields.map(f => f.work);
	const output = level.graph?.output.name ?? 'f';
	const wrt = level.spec.kind === 'grad-check' ? level.spec.wrt : 'x';
	return {
		title: {en: 'Check the gradient', ko: '기울기 검사'},
		intro: {
			en: `${pretty(formula)}, at ${givens(inputs)}, h = 0.01. ${given ? 'The game gives f(x+h) and f(x−h).' : 'Compute f(x+h) and f(x−h) first.'} Find ∂f/∂x, the centred difference n, the relative error r and whether r is under 0.0001.`,
			ko: `${pretty(formula)}, 값은 ${givens(inputs)}, h = 0.01입니다. ${given ? 'f(x+h)와 f(x−h)는 게임이 줍니다.' : '먼저 f(x+h)와 f(x−h)를 계산하세요.'} ∂f/∂x, 중심 차분 n, 상대 오차 r을 구하고 r이 0.0001보다 작은지 판정하세요.`,
		},
		hints: [
			{
				en: 'Work the fields in order: the slope by the chain rule, then the slope f shows across the small step, then how far apart the two are.',
				ko: '칸을 차례로 채우세요. 먼저 연쇄법칙으로 구한 기울기, 다음은 작은 구간에서 f가 보여 주는 기울기, 마지막으로 둘이 얼마나 다른지입니다.',
			},
		],
		// Said level-wide, n's hint would open the other fields' ladders too; r's rule is its ladder's first rung.
		fieldHints: {
			[`numeric:${output}:${wrt}`]: [
				{
					en: 'n = (f(x+h) − f(x−h))/2h; keep every figure, the difference hides far down.',
					ko: 'n = (f(x+h) − f(x−h))/2h입니다. 자릿수를 모두 쓰세요. 차이는 한참 뒤 자리에 숨어 있습니다.',
				},
			],
		},
		explain: {en: `${work.join('; ')}.`, ko: `${work.join('; ')}.`},
	};
}

// ── find-the-bug ──────────────────────────────────────────────────────────

type BugShape = {readonly formula: string; readonly inputs: (r: Random, d: Difficulty) => Record<string, number>};

const bugShapes: Record<Difficulty, readonly BugShape[]> = {
	1: [
		{
			formula: 'q = x + y; f = q * z',
			inputs: (r, d) => ({x: draw(r, d, -6, 6), y: draw(r, d, -6, 6), z: draw(r, d, -6, 6, [1, -1])}),
		},
		{
			formula: 'p = x * y; f = p * z',
			inputs: (r, d) => ({x: draw(r, d, -4, 4), y: draw(r, d, -4, 4), z: draw(r, d, -4, 4, [1, -1])}),
		},
	],
	2: [
		{
			formula: 'z = w*x + b; a = sigmoid(z); L = 0.5*(a - t)^2',
			inputs: (r, d) => ({x: draw(r, d, -2, 2), w: draw(r, d, -1, 1), b: draw(r, d, -1, 1), t: draw(r, d, 0, 1)}),
		},
		{
			formula: 'q = x + y; r = q * x; f = r * z',
			inputs: (r, d) => ({x: draw(r, d, -3, 3), y: draw(r, d, -3, 3), z: draw(r, d, -3, 3, [1, -1])}),
		},
	],
	3: [
		{
			formula: 'h = w1*x1 + w2*x2; a = sigmoid(h); L = 0.5*(a - t)^2',
			inputs: (r, d) => ({
				x1: draw(r, d, -1, 1),
				x2: draw(r, d, -1, 1),
				w1: draw(r, d, -1, 1),
				w2: draw(r, d, -1, 1),
				t: draw(r, d, 0, 1),
			}),
		},
		{
			formula: 'q = x * y; s = q + y; f = s * z',
			inputs: (r, d) => ({x: draw(r, d, -3, 3), y: draw(r, d, -3, 3), z: draw(r, d, -3, 3, [1, -1])}),
		},
	],
};

/**
 * A bug on a row of the pass: one of the player's frequent mistakes when one
 * fits this graph, otherwise any the game diagnoses there; the output's row
 * (always 1) never carries it.
 */
function plantBug(
	random: Random,
	formula: string,
	inputs: Record<string, number>,
	frequent: readonly string[],
): {node: string; mistake: string} | undefined {
	let graph: ReturnType<typeof buildGraph>;
	try {
		graph = buildGraph(parseFormula(formula), inputs);
	} catch (error) {
		if (error instanceof GraphError) return undefined;
		throw error;
	}
	const candidates = graph.nodes
		.filter(n => n.name !== graph.output.name)
		.flatMap(n => plantableMistakes(graph, n.name).map(mistake => ({node: n.name, mistake})));
	if (candidates.length === 0) return undefined;
	for (const reason of frequent) {
		const fitting = candidates.filter(c => c.mistake === reason);
		if (fitting.length > 0) return pick(random, fitting);
	}
	// A wrong sign is in every field's list; it is the bug only when nothing else fits.
	const others = candidates.filter(c => c.mistake !== 'wrongSign');
	return pick(random, others.length > 0 ? others : candidates);
}

export function findTheBug(random: Random, difficulty: Difficulty, frequent: readonly string[] = []): Draft {
	const shape = pick(random, bugShapes[difficulty]);
	const inputs = shape.inputs(random, difficulty);
	const bug = plantBug(random, shape.formula, inputs, frequent) ?? {node: 'x', mistake: 'wrongSign'};
	return {
		shape: {kind: 'find-the-bug', formula: shape.formula, inputs, bug},
		expects: {},
		limit: 200,
		texts: level => bugTexts(level, shape.formula, inputs),
	};
}

function bugTexts(level: Level, formula: string, inputs: Record<string, number>): LevelTexts {
	const table = level.table;
	const row = table?.rows[table.bugRow];
	const field = level.fields[0];
	const node = row?.node ?? '';
	const had = num(row?.shown ?? 0);
	return {
		title: {en: 'Find the bug', ko: '실수 찾기'},
		intro: {
			en: `A worked backward pass of ${pretty(formula)}, at ${givens(inputs)}. One row carries a planted mistake, and the rows below it its consequence. Pick the first wrong row (↑↓, Enter), then type its right gradient.`,
			ko: `${pretty(formula)}의 역전파를 풀어 놓았습니다. 값은 ${givens(inputs)}입니다. 한 행에 실수를 심어 두었고, 그 아래 행들은 그 결과를 이어받았습니다. 처음으로 틀린 행을 고르고(↑↓, Enter) 그 행의 올바른 기울기를 입력하세요.`,
		},
		hints: [
			{
				en: "Each row's local derivative must be what its node's rule gives, and its gradient the sum, over the steps that read it, of upstream × local.",
				ko: '각 행의 국소 기울기는 노드의 규칙이 주는 값이어야 하고, 기울기는 그 노드를 입력으로 쓰는 단계마다 상류 기울기와 국소 기울기의 곱을 구해 모두 더한 값입니다.',
			},
			{
				en: 'Check from the top down; the first row that breaks either is the bug.',
				ko: '위에서부터 확인하세요. 둘 중 하나라도 어긴 첫 행이 버그입니다.',
			},
		],
		explain: {
			en: `The ${node} row had ${had}: ${field?.work ?? ''}.`,
			ko: `${node} 행에는 ${josa(had, '이/가')} 있었습니다: ${field?.work ?? ''}.`,
		},
	};
}
