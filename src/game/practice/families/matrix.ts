// Practice on a layer and a batch: the gradient through a matrix product, a
// bias summed over the batch, and a mean's ÷N. Answers are grids; a draft is
// redrawn until each grid's diagnoses are told apart from its answer.

import {matrixInWords} from '../../../levels/format.js';
import type {Language} from '../../../levels/language.js';
import type {Level} from '../../../levels/loader.js';
import type {Text} from '../../../levels/schema.js';
import {checkGrid, gridCells} from '../../grid.js';
import {josa} from '../../josa.js';
import {type Difficulty, type Draft, draw, type LevelTexts} from '../family.js';
import type {Random} from '../random.js';

type Matrix = number[][];

/** A rows × cols matrix of numbers at the difficulty's precision (whole numbers at the easy step). */
function matrix(random: Random, difficulty: Difficulty, rows: number, cols: number, range = 3): Matrix {
	return Array.from({length: rows}, () => Array.from({length: cols}, () => draw(random, difficulty, -range, range)));
}

/** A matrix in a sentence, as a learner reads it: `rows (1, −2) and (3, 0.5)`, `행 (1, −2), (3, 0.5)`. */
const show = (m: Matrix, lang: Language) => matrixInWords(m, lang);

/**
 * Why a generated matrix level can't be used: a grid whose diagnosis would be
 * taken for another, or a diagnosis the exercise is about that its numbers hide.
 */
export function gridRejection(level: Level, expects: Readonly<Record<string, readonly string[]>>): string | undefined {
	const seen = new Set<string>();
	for (const field of level.fields) {
		const grid = field.cell?.grid;
		if (grid === undefined || seen.has(grid.id)) continue;
		seen.add(grid.id);
		const cells = gridCells(level.fields, field);
		for (const mistake of grid.mistakes) {
			const drafts = Object.fromEntries(
				cells.map(c => [c.id, String(mistake.values[c.cell?.row ?? 0]?.[c.cell?.col ?? 0] ?? '')]),
			);
			const result = checkGrid(cells, drafts, {});
			if (result.kind !== 'checked' || result.wrong.length === 0)
				return `${grid.label}: '${mistake.reason}' reads as right`;
			if (result.mistake?.reason !== mistake.reason) return `${grid.label}: '${mistake.reason}' is not told apart`;
		}
		for (const reason of expects[grid.id] ?? []) {
			if (!grid.mistakes.some(m => m.reason === reason)) return `${grid.label} can't show the '${reason}' mistake`;
		}
	}
	return undefined;
}

/** Texts for a matrix exercise: the givens as matrices, the rule, each grid's rule, the worked answer. */
export function matrixTexts(
	level: Level,
	parts: {title: Text; lead: Text; rule: Text; takeaway: Text},
	givens: Readonly<Record<string, Matrix>>,
): LevelTexts {
	const listed = (lang: Language) =>
		Object.entries(givens)
			.map(([name, m]) => `${name} = ${show(m, lang)}`)
			.join(', ');
	// Korean names each given in a clause of its own, so one matrix's rows don't run into the next name.
	const listedKo = Object.entries(givens)
		.map(([name, m]) => `${josa(name, '은/는')} ${show(m, 'ko')}`)
		.join('이고, ');
	const grids = [
		...new Map(level.fields.flatMap(f => (f.cell === undefined ? [] : [[f.cell.grid.id, f.cell.grid]]))).values(),
	];
	const rules = grids.map(g => g.work).join(', ');
	const answers = (lang: Language) =>
		grids
			.map(g => {
				const cells = level.fields.filter(f => f.cell?.grid === g);
				const rows = Array.from({length: g.rows}, (_, i) => cells.filter(c => c.cell?.row === i).map(c => c.expected));
				return `${g.label} = ${show(rows, lang)}`;
			})
			.join(lang === 'ko' ? '이고, ' : ', ');
	return {
		title: parts.title,
		intro: {en: `${parts.lead.en} ${listed('en')}.`, ko: `${parts.lead.ko} ${listedKo}입니다.`},
		hints: [parts.rule, {en: `${rules}.`, ko: `${rules}.`}],
		explain: {en: `${answers('en')}. ${parts.takeaway.en}`, ko: `${answers('ko')}입니다. ${parts.takeaway.ko}`},
	};
}

/** ∂L/∂X = ∂L/∂Y·Wᵀ and ∂L/∂W = Xᵀ·∂L/∂Y for Y = X·W, with ∂L/∂Y given as G. */
export function matmulBackward(random: Random, difficulty: Difficulty): Draft {
	const [n, k, m] = difficulty === 1 ? [2, 2, 2] : [2, 3, 2];
	const X = matrix(random, difficulty, n, k);
	const W = matrix(random, difficulty, k, m);
	const G = matrix(random, difficulty, n, m, 2);
	return {
		shape: {kind: 'matrix', formula: 'Y = X @ W; L = sum(Y * G)', inputs: {X, W, G}, ask: ['dL/dX', 'dL/dW']},
		expects: {},
		gridExpects: {'grad:L:W': ['matmulOrder']},
		limit: 100,
		texts: level =>
			matrixTexts(
				level,
				{
					title: {en: 'Backward through a product', ko: '곱을 거슬러 올라가기'},
					lead: {
						en: 'Y = X·W, and ∂L/∂Y = G arrives from above. Find ∂L/∂X and ∂L/∂W, with',
						ko: 'Y = X·W이고 상류 기울기는 ∂L/∂Y = G입니다. ∂L/∂X와 ∂L/∂W를 구하세요.',
					},
					rule: {
						en: 'A gradient has its variable’s shape; only one product of G with W or X (one of them transposed) gives it.',
						ko: '기울기는 변수와 모양이 같습니다. G에 W나 X를 곱하는 방법(둘 중 하나는 전치) 가운데 그 모양이 나오는 곱은 하나뿐입니다.',
					},
					takeaway: {
						en: 'Upstream times local, added over every path: the matrix product does the adding.',
						ko: '행렬의 기울기도 경로마다 상류 기울기와 국소 기울기를 곱해 모두 더한 값이며, 그 덧셈을 행렬 곱이 한꺼번에 해 줍니다.',
					},
				},
				{X, W, G},
			),
	};
}

/** ∂L/∂b for Y = X @ W + b over a batch: the rows of ∂L/∂Y summed. */
export function batchBias(random: Random, difficulty: Difficulty): Draft {
	const rows = difficulty === 3 ? 3 : 2;
	const X = matrix(random, difficulty, rows, 2);
	const W = matrix(random, difficulty, 2, 3);
	const b = matrix(random, difficulty, 1, 3);
	const G = matrix(random, difficulty, rows, 3, 2);
	return {
		shape: {kind: 'matrix', formula: 'Y = X @ W + b; L = sum(Y * G)', inputs: {X, W, b, G}, ask: ['dL/db']},
		expects: {},
		gridExpects: {'grad:L:b': ['biasNotSummed']},
		limit: 100,
		texts: level =>
			matrixTexts(
				level,
				{
					title: {en: 'The bias sums the batch', ko: '편향 기울기는 배치의 합'},
					lead: {
						en: `Y = X·W + b on a batch of ${rows}, and ∂L/∂Y = G arrives from above. Find ∂L/∂b, with`,
						ko: `샘플 ${rows}개짜리 배치에서 Y = X·W + b이고 상류 기울기는 ∂L/∂Y = G입니다. ∂L/∂b를 구하세요.`,
					},
					rule: {
						en: 'b was added to every row of the batch, so its gradient adds up G’s rows.',
						ko: 'b는 배치의 모든 행에 더해졌으므로, 기울기는 G의 행들을 모두 더한 값입니다.',
					},
					takeaway: {
						en: 'Broadcasting forward is summing backward.',
						ko: '순전파의 브로드캐스팅은 역전파에서 합이 됩니다.',
					},
				},
				{X, W, b, G},
			),
	};
}

/** ∂L/∂P and ∂L/∂W for a mean squared error over a batch: the ÷N. */
export function batchMean(random: Random, difficulty: Difficulty): Draft {
	const rows = difficulty === 3 ? 3 : 2;
	const X = matrix(random, difficulty, rows, 2);
	const W = matrix(random, difficulty, 2, 1);
	const T = matrix(random, difficulty, rows, 1);
	return {
		shape: {
			kind: 'matrix',
			formula: 'P = X @ W; D = P - T; L = mean(D ^ 2)',
			inputs: {X, W, T},
			ask: ['dL/dP', 'dL/dW'],
		},
		expects: {},
		gridExpects: {'grad:L:P': ['meanForgotN', 'meanTwiceN']},
		limit: 200,
		texts: level =>
			matrixTexts(
				level,
				{
					title: {en: 'A mean over the batch: ÷N', ko: '배치 평균: ÷N'},
					lead: {
						en: `P = X·W on a batch of N = ${rows}, L = mean((P − T)²). Find ∂L/∂P and ∂L/∂W, with`,
						ko: `샘플 N = ${rows}개짜리 배치에서 P = X·W이고 L = mean((P − T)²)입니다. ∂L/∂P와 ∂L/∂W를 구하세요.`,
					},
					rule: {
						en: '∂L/∂P = 2(P − T)/N: the mean divides by N once, and ∂L/∂W = Xᵀ·∂L/∂P carries it along.',
						ko: '∂L/∂P = 2(P − T)/N입니다. N으로 나누는 일은 평균에서 한 번만 하고, ∂L/∂W = Xᵀ·∂L/∂P에는 그 ÷N이 이미 들어 있습니다.',
					},
					takeaway: {
						en: 'Without the ÷N the right learning rate would depend on the batch size.',
						ko: '÷N이 없으면 알맞은 학습률이 배치 크기에 따라 달라집니다.',
					},
				},
				{X, W, T},
			),
	};
}
