// One gradient-descent step: the gradient, then w − η·∂E/∂w.

import type {Level} from '../../../levels/loader.js';
import type {Text} from '../../../levels/schema.js';
import {biasFor, both, type Difficulty, type Draft, draw, num} from '../family.js';
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
		texts: level => ({
			...composeTexts(level, {
				title: {en: 'One step downhill', ko: '내리막 한 걸음'},
				lead: {
					en: `Find ∂E/∂w, then take one step w − η·∂E/∂w with η = ${learningRate}. The error:`,
					ko: `∂E/∂w를 구한 뒤 η = ${learningRate}로 w − η·∂E/∂w 한 걸음을 가세요. 오차는`,
				},
				rule: {
					en: 'The new weight is w − η·∂E/∂w: subtract the slope times the learning rate, whatever the slope’s sign.',
					ko: '새 가중치는 w − η·∂E/∂w입니다. 기울기의 부호가 어떻든 학습률과 기울기의 곱을 빼세요.',
				},
				takeaway: {
					en: 'The minus sign sends w downhill; η sets how far.',
					ko: '마이너스 부호는 w를 내리막 쪽으로 보내고, η는 얼마나 멀리 갈지를 정합니다.',
				},
			}),
			fieldHints: updateHints(level, difficulty, learningRate),
		}),
	};
}

/**
 * Each field its own ladder, so neither speaks of the other first: the slope
 * gets how to differentiate its E, then the numbers, then its worked value;
 * the step gets the update rule, then w and η, then its worked value.
 */
function updateHints(level: Level, difficulty: Difficulty, learningRate: number): Record<string, Text[]> {
	const value = (name: string) => level.graph?.byName.get(name)?.value.data ?? Number.NaN;
	const slope = level.fields.find(f => f.id === 'grad:E:w')?.expected ?? Number.NaN;
	const stepped = level.fields.find(f => f.id === 'update:w')?.expected ?? Number.NaN;
	// A negative factor is bracketed, so 2·(3 − (−1)) never reads as 3 − −1.
	const term = (x: number) => (x < 0 ? `(${num(x)})` : num(x));
	const [x, c, t, a, e] = ['x', 'c', 't', 'a', 'e'].map(name => term(value(name)));
	const rules: Record<Difficulty, {rule: Text; numbers: string}> = {
		1: {
			rule: {
				en: 'E = (w − c)²: by the chain rule, ∂E/∂w = 2(w − c) times ∂(w − c)/∂w, which is 1.',
				ko: 'E = (w − c)²이면 연쇄법칙에 따라 ∂E/∂w = 2(w − c)·∂(w − c)/∂w이고, 뒤의 국소 기울기 ∂(w − c)/∂w는 1입니다.',
			},
			numbers: `∂E/∂w = 2(w − c) = 2·(${num(value('w'))} − ${c}) = ${num(slope)}`,
		},
		2: {
			rule: {
				en: '∂E/∂w = ∂E/∂e·∂e/∂w, with E = ½e² and e = w·x − t: ∂E/∂e = e and ∂e/∂w = x, so ∂E/∂w = e·x.',
				ko: '∂E/∂w = ∂E/∂e·∂e/∂w이고, E = ½e², e = w·x − t이므로 ∂E/∂e = e, ∂e/∂w = x, 곧 ∂E/∂w = e·x입니다.',
			},
			numbers: `∂E/∂w = e·x = ${e}·${x} = ${num(slope)}`,
		},
		3: {
			rule: {
				en: '∂E/∂w = ∂E/∂z·∂z/∂w, back from E = ½(a − t)²: ∂E/∂a = a − t, ∂a/∂z = a(1 − a) for the sigmoid, ∂z/∂w = x; multiply them.',
				ko: '∂E/∂w = ∂E/∂z·∂z/∂w이고, E = ½(a − t)²에서 거꾸로 구합니다. ∂E/∂a = a − t, 시그모이드는 ∂a/∂z = a(1 − a), ∂z/∂w = x이고, 이 셋을 곱하세요.',
			},
			numbers: `∂E/∂w = (a − t)·a(1 − a)·x = (${a} − ${t})·${a}·(1 − ${a})·${x} = ${num(slope)}`,
		},
	};
	const {rule, numbers} = rules[difficulty];
	const forward = level.graph?.nodes.filter(n => n.op !== 'input').map(n => `${n.name} = ${num(n.value.data)}`) ?? [];
	return {
		'grad:E:w': [
			rule,
			{en: `The forward values: ${forward.join(', ')}.`, ko: `순전파 값: ${forward.join(', ')}.`},
			both(numbers),
		],
		'update:w': [
			{
				en: 'The new weight is w − η·∂E/∂w: subtract the slope times the learning rate, whatever the slope’s sign.',
				ko: '새 가중치는 w − η·∂E/∂w입니다. 기울기의 부호가 어떻든 학습률과 기울기의 곱을 빼세요.',
			},
			{
				en: `Here w = ${num(value('w'))} and η = ${learningRate}; ∂E/∂w is the field above.`,
				ko: `여기서 w = ${num(value('w'))}, η = ${learningRate}이고, ∂E/∂w는 위 칸의 값입니다.`,
			},
			both(`w − η·∂E/∂w = ${num(value('w'))} − ${learningRate}·${term(slope)} = ${num(stepped)}`),
		],
	};
}
