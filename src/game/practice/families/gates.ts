// The add node (passes the upstream gradient on) and the multiply node (swaps its inputs).

import {type Difficulty, type Draft, draw} from '../family.js';
import type {Random} from '../random.js';
import {composeTexts} from '../texts.js';

const addRule = {
	en: 'An add node passes the gradient from above to each input unchanged: its local slope is 1.',
	ko: '덧셈 노드는 상류 기울기를 각 입력에 그대로 전달합니다. 국소 기울기가 1이기 때문입니다.',
};

export function addNode(random: Random, difficulty: Difficulty): Draft {
	const n = (min: number, max: number) => draw(random, difficulty, min, max);
	const passOn = ['localOnly', 'addSwap', 'wrongSign'] as const;
	const title = {en: 'The add node', ko: '덧셈 노드'};
	const lead = {
		en: 'An add node inside a circuit. Find the gradient above it, then pass it through:',
		ko: '회로 안의 덧셈 노드입니다. 상류 기울기를 구한 뒤 그대로 전달하세요.',
	};
	const takeaway = {
		en: 'The add node hands the same gradient to every input.',
		ko: '덧셈 노드는 모든 입력에 같은 기울기를 그대로 복사해 보냅니다.',
	};
	if (difficulty === 3) {
		return {
			shape: {
				kind: 'gradients',
				formula: 's = a + b; t = s + c; f = t * w',
				inputs: {a: n(-5, 5), b: n(-5, 5), c: n(-5, 5), w: n(-4, 4)},
				ask: ['df/dt', 'df/ds', 'df/da', 'df/dc'],
			},
			expects: {'grad:f:s': passOn, 'grad:f:a': passOn, 'grad:f:c': passOn},
			limit: 200,
			texts: level => composeTexts(level, {title, lead, rule: addRule, takeaway}),
		};
	}
	const square = difficulty === 2 && random.next() < 0.5;
	return {
		shape: square
			? {
					kind: 'gradients',
					formula: 's = a + b; L = s ^ 2',
					inputs: {a: n(-3, 3), b: n(-3, 3)},
					ask: ['dL/ds', 'dL/da', 'dL/db'],
				}
			: {
					kind: 'gradients',
					formula: 'q = x + y; f = q * z',
					inputs: {x: n(-6, 6), y: n(-6, 6), z: draw(random, difficulty, -6, 6, [1, -1])},
					ask: ['df/dq', 'df/dx', 'df/dy'],
				},
		expects: square ? {'grad:L:a': passOn, 'grad:L:b': passOn} : {'grad:f:x': passOn, 'grad:f:y': passOn},
		limit: 200,
		texts: level => composeTexts(level, {title, lead, rule: addRule, takeaway}),
	};
}

const multiplyRule = {
	en: 'A multiply node swaps: each input gets the gradient from above times the other input.',
	ko: '곱셈 노드는 두 입력을 맞바꿉니다. 입력마다 상류 기울기에 다른 입력의 값을 곱한 만큼 받습니다.',
};

export function multiplyNode(random: Random, difficulty: Difficulty): Draft {
	const n = (min: number, max: number) => draw(random, difficulty === 1 ? 1 : 2, min, max, [1, -1]);
	const title = {en: 'The multiply node', ko: '곱셈 노드'};
	const lead = {
		en: 'Multiply nodes. Each input gets the gradient from above times the other input:',
		ko: '곱셈 노드입니다. 입력마다 상류 기울기에 다른 입력의 값을 곱한 만큼 받습니다.',
	};
	const takeaway = {
		en: 'Each input of a product is scaled by the other input, never by itself.',
		ko: '곱셈 노드에서 한 입력의 국소 기울기는 자기 값이 아니라 다른 입력의 값입니다.',
	};
	const texts = (level: Parameters<Draft['texts']>[0]) =>
		composeTexts(level, {title, lead, rule: multiplyRule, takeaway});
	if (difficulty === 1) {
		return {
			shape: {kind: 'gradients', formula: 'f = x * y', inputs: {x: n(-9, 9), y: n(-9, 9)}, ask: ['df/dx', 'df/dy']},
			expects: {'grad:f:x': ['addRule', 'ownValue', 'wrongSign'], 'grad:f:y': ['addRule', 'ownValue', 'wrongSign']},
			limit: 100,
			texts,
		};
	}
	const swapped = ['upstreamOnly', 'localOnly', 'ownInput', 'wrongSign'] as const;
	if (difficulty === 2) {
		return {
			shape: {
				kind: 'gradients',
				formula: 'q = a * b; f = q * c',
				inputs: {a: n(-5, 5), b: n(-5, 5), c: n(-3, 3)},
				ask: ['df/dq', 'df/da', 'df/db'],
			},
			expects: {'grad:f:a': swapped, 'grad:f:b': swapped},
			limit: 200,
			texts,
		};
	}
	return {
		shape: {
			kind: 'gradients',
			formula: 'q = a * b; r = q * c; f = r * d',
			inputs: {a: n(-4, 4), b: n(-4, 4), c: n(-3, 3), d: n(-3, 3)},
			ask: ['df/dr', 'df/dq', 'df/da'],
		},
		expects: {'grad:f:q': swapped, 'grad:f:a': swapped},
		limit: 500,
		texts,
	};
}
