// A chain of 3–5 links (each local derivative, then their product) and a
// value fanned out on 2–4 paths (each path, then their sum).

import type {MistakeReason} from '../../../levels/diagnosis.js';
import {type Difficulty, type Draft, draw} from '../family.js';
import type {Random} from '../random.js';
import {composeTexts} from '../texts.js';

type Link = {
	readonly text: (below: string) => string;
	/** The link's value from the one below, to choose the next link (answers come from the engine). */
	readonly apply: (below: number) => number;
	readonly expects: readonly MistakeReason[];
};

const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));

export function chainRule(random: Random, difficulty: Difficulty): Draft {
	const links = difficulty + 2;
	const names = [...['p', 'q', 'r', 's'].slice(0, links - 1), 'f'];
	const x = draw(random, difficulty === 1 ? 1 : 2, -3, 3);
	const inputs: Record<string, number> = {x};
	const expects: Record<string, readonly MistakeReason[]> = {};
	const steps: string[] = [];
	let below = 'x';
	let value = x;
	let squared = false;
	// An added constant is a link of 1: at the easy step one at most, so the
	// product is never 1·1·1 and leaving a link out always shows.
	let additive = 0;
	for (const [i, name] of names.entries()) {
		const choices: (() => Link)[] = [
			() => {
				const k = draw(random, 1, -4, 4, [1, -1]);
				return {text: b => `${k} * ${b}`, apply: v => k * v, expects: ['ownValue']};
			},
			() => {
				const w = `w${i + 1}`;
				const k = draw(random, difficulty === 1 ? 1 : 2, -3, 3, [1, -1]);
				inputs[w] = k;
				return {text: b => `${b} * ${w}`, apply: v => k * v, expects: ['ownValue']};
			},
		];
		if (difficulty > 1 || additive === 0)
			choices.push(
				() => {
					additive++;
					const c = `c${i + 1}`;
					const k = draw(random, difficulty === 1 ? 1 : 2, -4, 4);
					inputs[c] = k;
					return {text: b => `${b} + ${c}`, apply: v => v + k, expects: ['addSwap']};
				},
				() => {
					additive++;
					const k = draw(random, 1, -5, 5);
					return {text: b => `${b} + ${k}`, apply: v => v + k, expects: []};
				},
			);
		// One square of a small number at most keeps the numbers workable by hand.
		if (!squared && Math.abs(value) <= 4)
			choices.push(() => {
				squared = true;
				return {text: b => `${b} ^ 2`, apply: v => v * v, expects: []};
			});
		// An activation only where its slope is not flat.
		if (difficulty > 1 && Math.abs(value) <= 2.5)
			choices.push(() => ({text: b => `sigmoid(${b})`, apply: sigmoid, expects: ['sigmoidValue']}));
		if (difficulty > 2 && Math.abs(value) <= 2)
			choices.push(() => ({text: b => `tanh(${b})`, apply: Math.tanh, expects: []}));
		const link = random.pick(choices)();
		expects[`local:${name}:${below}`] = link.expects;
		steps.push(`${name} = ${link.text(below)}`);
		value = link.apply(value);
		below = name;
	}
	const path = [...names].reverse().concat('x');
	expects['product:f:x'] = ['addedFactors', 'lastLinkOnly', 'leftOutLink'];
	return {
		shape: {kind: 'chain', formula: steps.join('; '), inputs, path},
		expects,
		limit: difficulty === 1 ? 200 : 500,
		texts: level =>
			composeTexts(level, {
				title: {en: `A chain of ${links} links`, ko: `${links}단계 사슬`},
				lead: {
					en: 'Follow the path from f down to x: fill in each link’s local derivative, then multiply them.',
					ko: 'f에서 x까지 경로를 따라 단계마다 국소 기울기를 채우고, 모두 곱하세요.',
				},
				rule: {
					en: 'Each link is one step: differentiate it with respect to the step below, holding everything else fixed. Then ∂f/∂x is the product of the links.',
					ko: '단계마다 국소 기울기가 하나씩 있습니다. 다른 값은 고정한 채 그 단계를 바로 아래 단계의 값으로 미분하세요. ∂f/∂x는 이 국소 기울기를 모두 곱한 값입니다.',
				},
				takeaway: {
					en: 'The chain rule multiplies local slopes along the path; it never adds them.',
					ko: '연쇄법칙에서는 경로를 따라 국소 기울기를 곱합니다. 더하는 것이 아닙니다.',
				},
			}),
	};
}

export function manyPaths(random: Random, difficulty: Difficulty): Draft {
	const count = difficulty + 1;
	const names = ['p', 'q', 'r', 's'].slice(0, count);
	const inputs: Record<string, number> = {x: draw(random, difficulty === 1 ? 1 : 2, -3, 3)};
	const steps: string[] = [];
	let squared = false;
	for (const [i, name] of names.entries()) {
		const kind = random.int(0, squared ? 1 : 2);
		if (kind === 0) {
			inputs[`w${i + 1}`] = draw(random, difficulty === 1 ? 1 : 2, -4, 4, [1, -1]);
			steps.push(`${name} = x * w${i + 1}`);
		} else if (kind === 1) {
			inputs[`c${i + 1}`] = draw(random, difficulty === 1 ? 1 : 2, -4, 4);
			steps.push(`${name} = x + c${i + 1}`);
		} else {
			squared = true;
			steps.push(`${name} = x ^ 2`);
		}
	}
	const top = count === 2 ? 'p * q' : count === 3 ? 'p * q + r' : 'p * q + r * s';
	steps.push(`y = ${top}`);
	return {
		shape: {kind: 'paths', formula: steps.join('; '), inputs, of: 'y', wrt: 'x'},
		expects: {'total:y:x': Array<MistakeReason>(count).fill('onePath')},
		limit: difficulty === 1 ? 200 : 500,
		texts: level =>
			composeTexts(level, {
				title: {en: `${count} paths to x`, ko: `x로 가는 경로 ${count}개`},
				lead: {
					en: `x is used ${count} times, so its change reaches y along ${count} paths. Work out each path, then add them:`,
					ko: `x가 ${count}번 쓰이므로, x가 변하면 그 영향이 경로 ${count}개를 따라 y에 전해집니다. 경로마다 기울기를 구한 뒤 더하세요.`,
				},
				rule: {
					en: 'Each path is a small chain rule: multiply the local derivatives along it. The total is the sum of the paths.',
					ko: '경로 하나하나가 작은 연쇄법칙입니다. 경로를 따라 국소 기울기를 곱하고, 경로마다 나온 값을 모두 더하면 전체 기울기입니다.',
				},
				takeaway: {
					en: 'A value used several times gets the sum of its paths’ gradients: engines accumulate with +=.',
					ko: '여러 번 쓰인 값은 경로마다 구한 기울기를 모두 더해 받습니다. 그래서 엔진은 기울기를 덮어쓰지 않고 계속 더해 나갑니다.',
				},
			}),
	};
}
