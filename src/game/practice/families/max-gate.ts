// The max gate: the whole upstream gradient goes to the larger input, none to the other.

import {type Difficulty, type Draft, draw} from '../family.js';
import type {Random} from '../random.js';
import {composeTexts} from '../texts.js';

const maxRule = {
	en: 'A max node routes: the larger input gets the whole gradient from above, the other gets 0.',
	ko: 'max 노드는 한쪽 길만 고릅니다. 상류 기울기를 받는 것은 큰 쪽 입력뿐이고, 다른 입력은 0을 받습니다.',
};

const title = {en: 'The max node', ko: 'max 노드'};
const lead = {
	en: 'A max node inside a circuit. Find the gradient above it, then route it:',
	ko: '회로 안의 max 노드입니다. 상류 기울기를 구한 뒤 어느 입력으로 갈지 고르세요.',
};
const takeaway = {
	en: 'Add distributes, multiply swaps, max routes: only the winning input learns from this step.',
	ko: '덧셈 노드는 기울기를 그대로 복사해 보내고, 곱셈 노드는 입력을 맞바꾸고, max 노드는 한쪽 길을 고릅니다. 이번 단계에서는 이긴 입력만 학습합니다.',
};

/** Two different numbers, larger first or second at random. */
function unequalPair(random: Random, difficulty: Difficulty, min: number, max: number): [number, number] {
	const a = draw(random, difficulty, min, max);
	let b = draw(random, difficulty, min, max);
	while (Math.abs(a - b) < 0.5) b = draw(random, difficulty, min, max);
	return [a, b];
}

export function maxGate(random: Random, difficulty: Difficulty): Draft {
	const texts = (level: Parameters<Draft['texts']>[0]) => composeTexts(level, {title, lead, rule: maxRule, takeaway});
	const routed = ['maxToBoth'] as const;
	if (difficulty === 1) {
		const [x, y] = unequalPair(random, 1, -9, 9);
		const z = draw(random, 1, -5, 5, [1, -1]);
		const loser = x < y ? 'x' : 'y';
		return {
			shape: {
				kind: 'gradients',
				formula: 'm = max(x, y); f = m * z',
				inputs: {x, y, z},
				ask: ['df/dm', 'df/dx', 'df/dy'],
			},
			expects: {[`grad:f:${loser}`]: routed},
			limit: 100,
			zeroIsAnswer: true,
			texts,
		};
	}
	if (difficulty === 2) {
		const [s, c] = unequalPair(random, 2, -6, 6);
		const a = draw(random, 2, -3, 3);
		const b = Math.round((s - a) * 10) / 10;
		const d = draw(random, 2, -4, 4, [1, -1]);
		const loser = a + b < c ? 's' : 'c';
		return {
			shape: {
				kind: 'gradients',
				formula: 's = a + b; m = max(s, c); f = m * d',
				inputs: {a, b, c, d},
				ask: ['df/dm', 'df/ds', 'df/dc', 'df/da'],
			},
			expects: {[`grad:f:${loser}`]: routed},
			limit: 200,
			zeroIsAnswer: true,
			texts,
		};
	}
	const a = draw(random, 3, -3, 3);
	const b = draw(random, 3, -3, 3);
	let c = draw(random, 3, -6, 6);
	while (Math.abs(a * b - c) < 0.5) c = draw(random, 3, -6, 6);
	const d = draw(random, 3, -4, 4, [1, -1]);
	const loser = a * b < c ? 'p' : 'c';
	return {
		shape: {
			kind: 'gradients',
			formula: 'p = a * b; m = max(p, c); f = m * d',
			inputs: {a, b, c, d},
			ask: ['df/dm', 'df/dp', 'df/dc', 'df/da'],
		},
		expects: {[`grad:f:${loser}`]: routed},
		limit: 500,
		zeroIsAnswer: true,
		texts,
	};
}
