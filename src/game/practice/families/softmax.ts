// Practice on softmax and cross-entropy: P = softmax(Z), L = −log of the
// right class's probability, and ∂L/∂Z = P − Y (÷N over a batch). Answers
// are grids; a draft is redrawn until each diagnosis is told apart.

import {type Difficulty, type Draft, draw} from '../family.js';
import type {Random} from '../random.js';
import {matrixTexts} from './matrix.js';

/** A one-hot row: a 1 at a class drawn at random. */
function oneHot(random: Random, classes: number): number[] {
	const right = random.int(0, classes - 1);
	return Array.from({length: classes}, (_, j) => (j === right ? 1 : 0));
}

/**
 * Three logits a row: whole numbers from −2 to 2 at the easy step, one
 * decimal above it; a batch of two rows and its mean at the hardest.
 */
export function softmaxCrossEntropy(random: Random, difficulty: Difficulty): Draft {
	const rows = difficulty === 3 ? 2 : 1;
	const precision = difficulty === 1 ? 1 : 2;
	const Z = Array.from({length: rows}, () => Array.from({length: 3}, () => logit(random, precision)));
	const Y = Array.from({length: rows}, () => oneHot(random, 3));
	const batch = rows > 1;
	const formula = batch ? 'P = softmax(Z); L = mean(-sum(Y * log(P), 1))' : 'P = softmax(Z); L = -sum(Y * log(P))';
	return {
		shape: {kind: 'matrix', formula, inputs: {Z, Y}, ask: batch ? ['L', 'dL/dZ'] : ['P', 'L', 'dL/dZ']},
		expects: {},
		gridExpects: {
			'grad:L:Z': ['ceLabelNotSubtracted', 'ceSignFlipped', 'ceLogP', ...(batch ? (['meanForgotN'] as const) : [])],
		},
		limit: 100,
		texts: level =>
			matrixTexts(
				level,
				{
					title: {en: 'Softmax, then cross-entropy', ko: '소프트맥스, 그리고 교차 엔트로피'},
					lead: batch
						? {
								en: `A batch of N = ${rows} examples, a row each: P = softmax(Z) row by row, each row's loss −log of the right class's probability (Y is one-hot), and L their mean. Find L and ∂L/∂Z, with`,
								ko: `샘플이 한 행에 하나씩, N = ${rows}개 들어 있는 배치입니다. 행마다 P = softmax(Z)를 구하고, 그 행의 손실은 정답 클래스 확률에 −ln을 취한 값입니다(Y는 원-핫). L은 이 손실들의 평균입니다. L과 ∂L/∂Z를 구하세요.`,
							}
						: {
								en: "P = softmax(Z) and L = −log of the right class's probability (Y is one-hot). Find P, L and ∂L/∂Z, with",
								ko: 'P = softmax(Z)이고, L은 정답 클래스 확률에 −ln을 취한 값입니다(Y는 원-핫). P, L, ∂L/∂Z를 구하세요.',
							},
					rule: {
						en: batch
							? 'Softmax followed by cross-entropy gives ∂L/∂Z = (P − Y)/N: each row is its P minus its label, divided by N.'
							: 'Softmax followed by cross-entropy gives ∂L/∂Z = P − Y: copy P, then take 1 off at the right class.',
						ko: batch
							? '소프트맥스 뒤에 교차 엔트로피가 오면 ∂L/∂Z = (P − Y)/N입니다. 행마다 P에서 레이블을 빼고 N으로 나눕니다.'
							: '소프트맥스 뒤에 교차 엔트로피가 오면 ∂L/∂Z = P − Y입니다. P를 옮겨 쓰고 정답 클래스에서만 1을 빼세요.',
					},
					takeaway: {
						en: 'Every wrong class is pushed down by its probability, the right one pulled up by what it lacks of 1.',
						ko: '틀린 클래스의 로짓은 그 확률만큼 내려가고, 정답 클래스의 로짓은 1에 모자란 만큼 올라갑니다.',
					},
				},
				{Z, Y},
			),
	};
}

/** A logit: whole at precision 1, one decimal at 2; 0 allowed, as logits often are. */
function logit(random: Random, precision: 1 | 2): number {
	const value = draw(random, precision, -2, 2);
	return random.int(0, 4) === 0 ? 0 : value;
}
