// One neuron (sigmoid or tanh) from its weighted sum to its error, the
// weighted sum's own gradients, and the forward pass of a small network.

import type {MistakeReason} from '../../../levels/diagnosis.js';
import type {Level} from '../../../levels/loader.js';
import {operators} from '../../../levels/operators.js';
import type {Text} from '../../../levels/schema.js';
import {josa, particleFor} from '../../josa.js';
import {biasFor, both, type Difficulty, type Draft, draw, num} from '../family.js';
import type {Random} from '../random.js';
import {composeTexts} from '../texts.js';

type Activation = 'sigmoid' | 'tanh';

const slopeRule = {
	sigmoid: {
		en: 'σ′(z) = σ(z)·(1 − σ(z)), the output times one minus the output. For w·x + b, ∂/∂w = x and ∂/∂x = w. For ½(a − t)², ∂/∂a = a − t.',
		ko: 'σ′(z) = σ(z)·(1 − σ(z)), 즉 출력과 (1 − 출력)의 곱입니다. w·x + b에서는 ∂/∂w = x, ∂/∂x = w이고, ½(a − t)²에서는 ∂/∂a = a − t입니다.',
	},
	tanh: {
		en: 'tanh′(z) = 1 − tanh(z)², one minus the output squared. For w·x + b, ∂/∂w = x and ∂/∂x = w. For ½(a − t)², ∂/∂a = a − t.',
		ko: 'tanh′(z) = 1 − tanh(z)², 즉 1에서 출력의 제곱을 뺀 값입니다. w·x + b에서는 ∂/∂w = x, ∂/∂x = w이고, ½(a − t)²에서는 ∂/∂a = a − t입니다.',
	},
};

/** A whole, non-zero bias that puts the weighted sum within ±2, where the activation still slopes. */
function easyBias(random: Random, sum: number): number {
	for (;;) {
		const bias = random.int(-2, 2) - sum;
		if (bias !== 0) return bias;
	}
}

function neuron(activation: Activation) {
	return (random: Random, difficulty: Difficulty): Draft => {
		const n = (min: number, max: number, avoid: number[] = []) => draw(random, difficulty, min, max, avoid);
		const fn = activation;
		const sigma = activation === 'sigmoid';
		const title = sigma ? {en: 'A sigmoid neuron', ko: '시그모이드 뉴런'} : {en: 'A tanh neuron', ko: 'tanh 뉴런'};
		const texts = (level: Level) =>
			composeTexts(level, {
				title,
				lead: {
					en: 'A neuron: a weighted sum, an activation and the error. Backpropagate through it:',
					ko: '뉴런 하나입니다. 오차에서 시작해 활성화 함수, 가중합 순으로 거슬러 올라가며 역전파하세요.',
				},
				rule: slopeRule[activation],
				takeaway: sigma
					? {
							en: 'The sigmoid’s slope is σ(1 − σ), never σ itself; the ½ of the error cancels the 2 of the square.',
							ko: '시그모이드의 기울기는 σ 자체가 아니라 σ(1 − σ)입니다. 오차의 ½은 제곱의 2와 약분됩니다.',
						}
					: {
							en: 'The slope of tanh is 1 − tanh², largest at 0; the ½ of the error cancels the 2 of the square.',
							ko: 'tanh의 기울기는 1 − tanh²이고 0에서 가장 큽니다. 오차의 ½은 제곱의 2와 약분됩니다.',
						},
			});
		const activationSlip: MistakeReason[] = sigma ? ['sigmoidValue'] : [];
		if (difficulty === 2) {
			const [w0, x0, w1, x1] = [n(-3, 3), n(-2, 2), n(-3, 3), n(-2, 2)];
			return {
				shape: {
					kind: 'gradients',
					formula: `s = w0 * x0 + w1 * x1 + w2; f = ${fn}(s)`,
					inputs: {w0, x0, w1, x1, w2: biasFor(random, difficulty, w0 * x0 + w1 * x1, 2.5)},
					ask: ['df/ds', 'df/dw0', 'df/dx0', 'df/dw2'],
				},
				expects: {
					'grad:f:s': activationSlip,
					'grad:f:w0': ['upstreamOnly', 'localOnly', 'ownInput', ...activationSlip],
					'grad:f:x0': ['upstreamOnly', 'localOnly', 'ownInput', ...activationSlip],
					'grad:f:w2': ['localOnly', ...activationSlip],
				},
				limit: 50,
				texts,
			};
		}
		const two = difficulty === 3;
		// The easy step reaches ±3 and sets the bias from the sum it wants, so a learner kept
		// there meets many different neurons, each with a slope worth computing.
		const inputs: Record<string, number> = two
			? {w1: n(-2, 2), x1: n(-2, 2), w2: n(-2, 2, [1, -1]), x2: n(-2, 2)}
			: {w: n(-3, 3), x: n(-3, 3, [1, -1])};
		const sum = two
			? (inputs.w1 ?? 0) * (inputs.x1 ?? 0) + (inputs.w2 ?? 0) * (inputs.x2 ?? 0)
			: (inputs.w ?? 0) * (inputs.x ?? 0);
		inputs.b = two ? biasFor(random, difficulty, sum, 2.5) : easyBias(random, sum);
		inputs.t = random.pick(sigma ? [0, 1] : [-1, 1]);
		return {
			shape: {
				kind: 'chain',
				formula: `${two ? 'z = w1 * x1 + w2 * x2 + b' : 'z = w * x + b'}; a = ${fn}(z); L = 0.5 * (a - t) ^ 2`,
				inputs,
				path: ['L', 'a', 'z', two ? 'w2' : 'w'],
			},
			expects: {
				'local:L:a': ['forgotHalf'],
				'local:a:z': activationSlip,
				[`local:z:${two ? 'w2' : 'w'}`]: ['ownValue'],
				[`product:L:${two ? 'w2' : 'w'}`]: ['addedFactors', 'forgotHalf', ...activationSlip],
			},
			limit: 50,
			texts,
		};
	};
}

export const sigmoidNeuron = neuron('sigmoid');
export const tanhNeuron = neuron('tanh');

/** A product of a weighted sum, as [weight, input]. */
type Product = readonly [string, string];

/**
 * The ladders of a weighted sum's own slopes (∂z/∂w, ∂z/∂x, ∂z/∂b of z = w·x + b): the rule, then
 * the sum with this level's numbers in and where the name sits in it, then (added after) the answer.
 * The rule never writes `∂z/∂x = w`, which names the answer.
 */
function weightedSumHints(
	level: Level,
	products: readonly Product[],
	asked: readonly string[],
): Record<string, Text[]> {
	const value = (name: string) => level.graph?.byName.get(name)?.value.data ?? Number.NaN;
	// A negative factor or term after the first is bracketed: 3·(−5) + (−1), never 3·−5 + −1.
	const term = (x: number) => (x < 0 ? `(${num(x)})` : num(x));
	const step = `${products.map(([w, x]) => `${w}·${x}`).join(' + ')} + b`;
	const numbers = [
		...products.map(([w, x], k) => `${k === 0 ? num(value(w)) : term(value(w))}·${term(value(x))}`),
		term(value('b')),
	].join(' + ');
	const hints: Record<string, Text[]> = {};
	for (const name of asked) {
		if (name === 'b') {
			hints['grad:z:b'] = [
				{
					en: `∂z/∂b: z = ${step} adds b in, and ${operators.add.rule.en}.`,
					ko: `∂z/∂b: z = ${step}에서 b는 더해지는 항이고, ${operators.add.rule.ko}.`,
				},
				{
					en: `With this level's numbers, z = ${numbers}: b is the ${term(value('b'))} added at the end. Raise b by 1 and z rises by ?`,
					ko: `이 레벨의 값으로 쓰면 z = ${numbers}이고, b는 맨 끝에 더한 ${term(value('b'))}입니다. b가 1 커지면 z는 얼마나 커질까요?`,
				},
				both('∂z/∂b = 1'),
			];
			continue;
		}
		const product = products.find(pair => pair.includes(name));
		if (product === undefined) continue;
		const [w, x] = product;
		const [place, other] = name === w ? ['first', 'second'] : ['second', 'first'];
		const [placeKo, otherKo] = name === w ? ['앞', '뒤'] : ['뒤', '앞'];
		const factors = `${num(value(w))}·${term(value(x))}`;
		hints[`grad:z:${name}`] = [
			{
				en: `∂z/∂${name}: in z = ${step}, ${name} is one factor of the product ${w}·${x}, and a product's slope for one factor is the other: ∂(u·v)/∂u = v. The other terms do not move with ${name}.`,
				ko: `∂z/∂${name}: z = ${step}에서 ${josa(name, '은/는')} 곱 ${w}·${x}의 한쪽 입력이고, 곱에서 한 입력에 대한 기울기는 다른 쪽 입력입니다: ∂(u·v)/∂u = v. 나머지 항은 ${name}에 따라 변하지 않습니다.`,
			},
			{
				en: `With this level's numbers, z = ${numbers}: ${name} is the ${place} factor of ${factors}, so ∂z/∂${name} is its ${other} factor, ?`,
				ko: `이 레벨의 값으로 쓰면 z = ${numbers}이고, ${josa(name, '은/는')} ${factors}의 ${placeKo}쪽 값입니다. 그러니 ∂z/∂${name}${particleFor(name, '은/는')} ${otherKo}쪽 값입니다. 그 값은 얼마일까요?`,
			},
			// The rung above holds the answer among the level's numbers; this one says which it is.
			both(`∂z/∂${name} = ${name === w ? x : w} = ${num(value(name === w ? x : w))}`),
		];
	}
	return hints;
}

export function weightedSum(random: Random, difficulty: Difficulty): Draft {
	const n = (min: number, max: number) => draw(random, difficulty, min, max, [1, -1]);
	// Steps 1 and 2 ask z's own slopes, each ladder its own; step 3's chain keeps the rule-then-numbers ladder.
	const sums: Record<Difficulty, {products: readonly Product[]; asked: readonly string[]} | undefined> = {
		1: {products: [['w', 'x']], asked: ['w', 'x', 'b']},
		2: {
			products: [
				['w1', 'x1'],
				['w2', 'x2'],
			],
			asked: ['w1', 'x2', 'b'],
		},
		3: undefined,
	};
	const sum = sums[difficulty];
	const texts = (level: Level) => ({
		...composeTexts(level, {
			title: {en: 'The weighted sum', ko: '가중합'},
			lead: {
				en: 'A weighted sum with a bias, the start of every neuron. Find its gradients:',
				ko: '모든 뉴런이 맨 먼저 계산하는 값, 즉 편향을 더한 가중합입니다. 기울기를 구하세요.',
			},
			rule: {
				en: 'In w·x + b, the slope for a weight is the input it multiplies, for an input the weight, and for the bias 1.',
				ko: 'w·x + b에서 가중치의 기울기는 곱해지는 입력, 입력의 기울기는 가중치, 편향의 기울기는 1입니다.',
			},
			takeaway: {
				en: 'A weight’s gradient is its input (times the gradient from above), never the weight itself.',
				ko: '가중치의 기울기는 가중치 자신이 아니라, 그 가중치에 곱해지는 입력에 상류 기울기를 곱한 값입니다.',
			},
		}),
		...(sum === undefined ? {} : {fieldHints: weightedSumHints(level, sum.products, sum.asked)}),
	});
	const own = ['ownValue', 'wrongSign'] as const;
	if (difficulty === 1) {
		return {
			shape: {
				kind: 'gradients',
				formula: 'z = w * x + b',
				inputs: {w: n(-5, 5), x: n(-5, 5), b: n(-5, 5)},
				ask: ['dz/dw', 'dz/dx', 'dz/db'],
			},
			expects: {'grad:z:w': own, 'grad:z:x': own},
			limit: 100,
			texts,
		};
	}
	const inputs = {w1: n(-3, 3), x1: n(-3, 3), w2: n(-3, 3), x2: n(-3, 3), b: n(-2, 2)};
	if (difficulty === 2) {
		return {
			shape: {kind: 'gradients', formula: 'z = w1 * x1 + w2 * x2 + b', inputs, ask: ['dz/dw1', 'dz/dx2', 'dz/db']},
			expects: {'grad:z:w1': own, 'grad:z:x2': own},
			limit: 100,
			texts,
		};
	}
	const scaled = ['upstreamOnly', 'localOnly', 'ownInput', 'forgotHalf'] as const;
	return {
		shape: {
			kind: 'gradients',
			formula: 'z = w1 * x1 + w2 * x2 + b; E = 0.5 * (z - t) ^ 2',
			inputs: {...inputs, t: n(-2, 2)},
			ask: ['dE/dz', 'dE/dw1', 'dE/dx2', 'dE/db'],
		},
		expects: {
			'grad:E:z': ['forgotHalf'],
			'grad:E:w1': scaled,
			'grad:E:x2': scaled,
			'grad:E:b': ['localOnly', 'forgotHalf'],
		},
		limit: 100,
		texts,
	};
}

export function networkForward(random: Random, difficulty: Difficulty): Draft {
	const n = (min: number, max: number) => draw(random, difficulty, min, max);
	const sum = ['leftOutTerm', 'swappedPairs'] as const;
	const texts = (level: Level) => {
		const products = (level.graph?.nodes ?? [])
			.filter(
				node =>
					node.op === 'add' &&
					node.deps.length === 5 &&
					node.deps.every(dep => level.graph?.byName.get(dep.name)?.op === 'input'),
			)
			.map(node => {
				const [a, b, c, d] = node.deps.map(dep => level.graph?.byName.get(dep.name)?.value.data ?? 0);
				// A negative factor in brackets: (−1)·(−1), not −1·−1.
				const term = (v: number) => (v < 0 ? `(${num(v)})` : num(v));
				return `${node.name}: ${term(a ?? 0)}·${term(b ?? 0)} = ${num((a ?? 0) * (b ?? 0))}, ${term(c ?? 0)}·${term(d ?? 0)} = ${num((c ?? 0) * (d ?? 0))}`;
			})
			.join('; ');
		return composeTexts(level, {
			title: {en: 'A forward pass', ko: '순전파'},
			lead: {
				en: 'A small sigmoid network. Compute it forward, step by step:',
				ko: '작은 시그모이드 신경망입니다. 단계별로 순전파를 계산하세요.',
			},
			rule: {
				en: 'Each neuron: multiply each input by its own weight, add the bias, then apply σ. Answers like σ(0.5) are fine.',
				ko: '뉴런마다 각 입력에 자기 가중치를 곱하고 편향을 더한 뒤 σ를 적용합니다. σ(0.5)처럼 답해도 됩니다.',
			},
			numbers: {en: `The products: ${products}.`, ko: `곱: ${products}.`},
			takeaway: {
				en: 'Keep each weight with its own input, and apply the activation after the whole sum.',
				ko: '각 가중치는 자기 입력과 곱하고, 활성화는 합을 다 구한 뒤에 적용하세요.',
			},
		});
	};
	if (difficulty === 1) {
		const [w1, x1] = [n(-2, 2), n(-2, 2)];
		// Different weights and inputs, or pairing them the wrong way gives the same sum.
		const [w2, x2] = [draw(random, 1, -2, 2, [w1]), draw(random, 1, -2, 2, [x1])];
		return {
			shape: {
				kind: 'forward',
				formula: 'h = w1 * x1 + w2 * x2 + b; H = sigmoid(h)',
				inputs: {w1, x1, w2, x2, b: biasFor(random, 1, w1 * x1 + w2 * x2, 2)},
				ask: ['h', 'H'],
			},
			expects: {'value:h': sum, 'value:H': ['beforeActivation']},
			limit: 50,
			texts,
		};
	}
	const error = difficulty === 3;
	const formula = [
		'h1 = w11 * x1 + w13 * x2 + b1',
		'H1 = sigmoid(h1)',
		'h2 = w12 * x1 + w14 * x2 + b1',
		'H2 = sigmoid(h2)',
		'y = w21 * H1 + w22 * H2 + b2',
		'Y = sigmoid(y)',
		...(error ? ['E = 0.5 * (Y - t) ^ 2'] : []),
	].join('; ');
	const inputs: Record<string, number> = {
		x1: n(-1, 1),
		x2: n(-1, 1),
		w11: n(-1, 1),
		w12: n(-1, 1),
		w13: n(-1, 1),
		w14: n(-1, 1),
		b1: n(-1, 1),
		w21: n(-1, 1),
		w22: n(-1, 1),
		b2: n(-1, 1),
	};
	if (error) inputs.t = random.pick([0, 1]);
	return {
		shape: {kind: 'forward', formula, inputs, ask: error ? ['h1', 'H1', 'Y', 'E'] : ['h1', 'H1', 'H2', 'Y']},
		expects: {
			'value:h1': sum,
			'value:H1': ['beforeActivation'],
			'value:Y': ['beforeActivation'],
			...(error ? {'value:E': ['forgotHalf']} : {'value:H2': ['beforeActivation']}),
		},
		limit: 50,
		texts,
	};
}
