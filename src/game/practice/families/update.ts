// One gradient-descent step: the gradient, then w − η·∂E/∂w.

import {biasFor, type Difficulty, type Draft, draw} from '../family.js';
import type {Random} from '../random.js';
import {composeTexts} from '../texts.js';

export function weightUpdate(random: Random, difficulty: Difficulty): Draft {
	const n = (min: number, max: number, avoid: number[] = []) => draw(random, difficulty === 1 ? 1 : 2, min, max, avoid);
	const learningRate = random.pick(
		// A sigmoid's slope is small: a larger η makes its step visible.
		difficulty === 1 ? [0.1, 0.25, 0.5] : difficulty === 2 ? [0.05, 0.1, 0.2, 0.5] : [0.5, 1.5, 2],
	);
	const shapes = {
		1: () => {
			const c = n(-4, 4);
			return {formula: 'E = (w - c) ^ 2', inputs: {w: n(-5, 5, [c]), c}};
		},
		2: () => ({formula: 'e = w * x - t; E = 0.5 * e ^ 2', inputs: {w: n(-3, 3), x: n(-3, 3), t: n(-3, 3)}}),
		3: () => {
			const [w, x] = [n(-2, 2), n(-2, 2)];
			return {
				formula: 'z = w * x + b; a = sigmoid(z); E = 0.5 * (a - t) ^ 2',
				inputs: {w, x, b: biasFor(random, 2, w * x, 2.5), t: random.pick([0, 1])},
			};
		},
	} as const;
	const {formula, inputs} = shapes[difficulty]();
	return {
		shape: {kind: 'update', formula, inputs, param: 'w', learningRate},
		expects: {'update:w': ['plusSign', 'forgotRate', 'stepOnly']},
		limit: 200,
		texts: level =>
			composeTexts(level, {
				title: {en: 'One step downhill', ko: '내리막 한 걸음'},
				lead: {
					en: `Find ∂E/∂w, then take one step w − η·∂E/∂w with η = ${learningRate}. The error:`,
					ko: `∂E/∂w를 구한 뒤 η = ${learningRate}로 w − η·∂E/∂w 한 걸음을 가세요. 오차는`,
				},
				rule: {
					en: 'The new weight is w − η·∂E/∂w: subtract the slope times the learning rate, whatever the slope’s sign.',
					ko: '새 가중치는 w − η·∂E/∂w입니다. 기울기의 부호와 상관없이 기울기 × 학습률을 빼세요.',
				},
				takeaway: {
					en: 'The minus sign sends w downhill; η sets how far.',
					ko: '마이너스 부호가 w를 내리막으로 보내고, η가 얼마나 갈지 정합니다.',
				},
			}),
	};
}
