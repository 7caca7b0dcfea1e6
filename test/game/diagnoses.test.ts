import {describe, expect, it} from 'vitest';
import {checkField} from '../../src/game/check.js';
import type {MistakeReason} from '../../src/levels/diagnosis.js';
import {formatNumber} from '../../src/levels/format.js';
import {messages, mistakeText} from '../../src/ui/strings.js';
import {fieldById, levelById, shippedLevels} from '../support/levels.js';

const field = (levelId: string, fieldId: string) => fieldById(levelById(levelId), fieldId);

/** The message a player sees after typing `typed` into a field (as the arithmetic that gives it), in both languages. */
function diagnose(levelId: string, fieldId: string, typed: number) {
	const verdict = checkField(field(levelId, fieldId), {value: typed, figures: undefined});
	if (verdict.kind !== 'wrong' || verdict.mistake === undefined) return {reason: undefined, en: '', ko: ''};
	const {mistake} = verdict;
	return {reason: mistake.reason, en: mistakeText(messages('en'), mistake), ko: mistakeText(messages('ko'), mistake)};
}

// [level, field, what a learner types, the diagnosis, words of the English and the Korean message]
const cases: [string, string, number, MistakeReason, string, string][] = [
	// The weight itself for ∂z/∂w on a weighted sum.
	[
		'chain-sigmoid-neuron',
		'local:z:w',
		1,
		'ownValue',
		'That is w itself. In z, w is multiplied by x, so ∂z/∂w = x:',
		'입력한 것은 w의 값입니다',
	],
	[
		'network-output-weight',
		'local:y1:w21',
		0.4,
		'ownValue',
		'w21 is multiplied by H1, so ∂y1/∂w21 = H1:',
		'∂y1/∂w21 = H1입니다',
	],
	[
		'network-hidden-chain',
		'local:h1:w11',
		0.15,
		'ownValue',
		'w11 is multiplied by x1, so ∂h1/∂w11 = x1:',
		'곱해지는 것은 x1이므로',
	],
	[
		'chain-cs231n-neuron',
		'grad:f:w0',
		0.393,
		'ownInput',
		'You multiplied the upstream gradient by w0 itself',
		'상류 기울기에 w0의 값을 곱했습니다',
	],
	// The note's slip, typed literally.
	['network-hidden-chain', 'local:y1:H1', 0.593, 'noteSlip', 'w21 does not depend on H1', '강의 노트에도 그렇게'],
	[
		'network-hidden-chain',
		'product:E1:w11',
		0.7414 * 0.1868 * 0.5933 * 0.4 * 0.2413 * 0.05,
		'noteSlipProduct',
		'Use that one factor',
		'w21을 거쳐 돌아갔습니다',
	],
	[
		'network-hidden-chain',
		'product:E1:w11',
		0.7414 * 0.1868 * 0.5933 * 0.2413 * 0.05,
		'noteSlipProduct',
		'takes a detour through w21',
		'값 하나만',
	],
	// σ's slope typed as 1 − σ, its factor σ left out: 1 − 0.7514 for ∂Y1/∂y1 = 0.1868.
	[
		'network-output-weight',
		'local:Y1:y1',
		1 - 0.7513650695523157,
		'sigmoidFactorLeftOut',
		'That is 1 − σ = 0.2486 alone',
		'1 − σ = 0.2486만 썼습니다',
	],
	// One path of two that share their first step (total→sum): named by the node that sets it apart.
	[
		'apples-and-oranges',
		'total:total:count',
		110,
		'onePath',
		'only the path through apples',
		'apples를 거치는 경로 하나만',
	],
	[
		'apples-and-oranges',
		'total:total:count',
		165,
		'onePath',
		'only the path through oranges',
		'oranges를 거치는 경로 하나만',
	],
	// The ½ of E = ½(y − t)² left out.
	['chain-sigmoid-neuron', 'local:L:a', -1, 'forgotHalf', 'leaves out the ½ in L = ½·(a − t)²', '½을 빠뜨렸습니다'],
	// On the error itself, the message says to halve the square; a slope's says ½u² has slope u.
	['error', 'value:E', 0.04, 'forgotHalf', 'Halve the square', '제곱한 값에 ½을 곱하세요'],
	[
		'network-output-weight',
		'product:E1:w21',
		0.164,
		'forgotHalf',
		'the slope of ½u² is u, not 2u',
		'2u가 아니라 u입니다',
	],
	['network-update-w21', 'grad:E:w21', 0.164, 'forgotHalf', 'leaves out the ½ in E1', '½을 빠뜨렸습니다'],
	// The other input's value on an add node.
	['add-local', 'grad:q:x', 5, 'addSwap', 'That is y, the other input', 'q는 덧셈 노드입니다'],
	[
		'chain-three-kinds',
		'local:q:x',
		-1,
		'addSwap',
		'q adds: when one term of a sum grows by 1',
		'다른 입력 y의 값입니다',
	],
	[
		'add-pass-through',
		'grad:f:x',
		-20,
		'addSwap',
		'passes the upstream gradient ∂f/∂q on unchanged',
		'그대로 넘깁니다',
	],
	// Only the step instead of the updated weight.
	[
		'update-positive-slope',
		'update:w',
		-0.4,
		'stepOnly',
		'That is only the step −η·∂E/∂w = −0.4',
		'한 걸음 −η·∂E/∂w = −0.4만 구했습니다',
	],
	['network-update-w21', 'update:w21', -0.0411, 'stepOnly', 'The answer is the new weight', '새 가중치'],
	// σ instead of σ(1 − σ) on gradient fields.
	[
		'chain-cs231n-neuron',
		'grad:f:s',
		0.731,
		'sigmoidValue',
		'That uses the value σ = 0.7311 itself in place of the slope ∂f/∂s. The slope of σ is σ·(1 − σ).',
		'∂f/∂s 자리에 σ 값(0.7311) 자체를 썼습니다',
	],
	['chain-cs231n-neuron', 'grad:f:w0', -0.731, 'sigmoidValue', 'σ·(1 − σ)', 'σ의 기울기는'],
	// A chain's product with links missing: only the last link, or one left out.
	['chain-three-links', 'product:c:x', 2, 'lastLinkOnly', 'only the last link, ∂a/∂x', '마지막 국소 기울기 ∂a/∂x만'],
	[
		'chain-three-links',
		'product:c:x',
		8,
		'leftOutLink',
		'You left out one local derivative of the path: ∂a/∂x = 2',
		'국소 기울기 하나를 빠뜨렸습니다',
	],
	// σ′(0) typed for the value σ(0).
	[
		'activation',
		'value:H',
		0.25,
		'slopeForValue',
		'0.25 is σ′(0), the slope; H is σ(0) itself.',
		'0.25는 기울기 σ′(0)입니다. H는 기울기가 아니라 σ(0) 그 자체입니다.',
	],
	// c's forward value typed for its slope.
	[
		'chain-three-links',
		'local:c:b',
		16,
		'valueForSlope',
		'16 is c’s value; differentiate c = b² by b.',
		'16은 c의 값입니다. c = b²을 b로 미분하세요.',
	],
	// With ∂L/∂a typed right, half the product is ∂z/∂w = x = 2 left out, not the ½ of L kept twice.
	[
		'chain-tanh-neuron',
		'product:L:w',
		-0.423,
		'leftOutLink',
		'You left out one local derivative of the path: ∂z/∂w = x = 2.',
		'경로 위의 국소 기울기 하나를 빠뜨렸습니다: ∂z/∂w = x = 2.',
	],
	['network-output-weight', 'product:E1:w21', 0.593, 'lastLinkOnly', 'all 3 links', '국소 기울기 3개를 모두'],
	['network-output-weight', 'product:E1:w21', 0.111, 'leftOutLink', '∂E1/∂Y1 = 0.7414', '∂E1/∂Y1 = 0.7414'],
	['network-update-w21', 'grad:E:w21', 0.593, 'lastLinkOnly', 'only the last link, ∂y1/∂w21', '마지막 국소 기울기'],
	// Weights paired with the wrong inputs.
	[
		'network-forward',
		'value:h1',
		0.375,
		'swappedPairs',
		'Multiply along each wire: w11·x1 + w13·x2',
		'짝이 바뀌었습니다',
	],
	// σ's slope a·(1 − a) taken for tanh's 1 − a², with a = tanh(0.5) = 0.462 as the circuit shows it.
	[
		'chain-tanh-neuron',
		'local:a:z',
		0.462 * (1 - 0.462),
		'tanhSigmoidSlope',
		'the slope of σ. The slope of tanh is 1 − a²',
		'σ의 기울기입니다',
	],
];

describe('each common mistake gets its own message, in English and Korean', () => {
	for (const [levelId, fieldId, typed, reason, en, ko] of cases) {
		it(`${levelId} ${fieldId}: ${typed} is ${reason}`, () => {
			const said = diagnose(levelId, fieldId, typed);
			expect(said.reason).toBe(reason);
			expect(said.en).toContain(en);
			expect(said.ko).toContain(ko);
		});
	}
});

describe('every diagnosis of every shipped field reads right', () => {
	const all = shippedLevels.flatMap(l => l.fields.flatMap(f => f.mistakes.map(m => ({l, f, m}))));

	it('never names a value twice, as in "a = a = 0.4621"', () => {
		for (const {l, f, m} of all)
			for (const lang of ['en', 'ko'] as const) {
				const text = mistakeText(messages(lang), m);
				expect(text, `${l.id} ${f.id} ${m.reason} (${lang})`).not.toMatch(
					/(?<![\p{L}\p{N}])([\p{L}][\p{L}\p{N}]*) = \1 = /u,
				);
			}
	});

	it("never gives a grid's answer away: no cell's value is in its grid's messages, and every name is filled in", () => {
		for (const l of shippedLevels) {
			const grids = new Map(
				l.fields.flatMap(f => (f.cell === undefined ? [] : [[f.cell.grid, [] as number[]] as const])),
			);
			for (const f of l.fields) if (f.cell !== undefined) grids.get(f.cell.grid)?.push(f.expected);
			for (const [grid, answers] of grids)
				for (const {values: _, ...said} of grid.mistakes)
					for (const lang of ['en', 'ko'] as const) {
						const text = mistakeText(messages(lang), said);
						expect(text, `${l.id} ${grid.id} ${said.reason}`).not.toMatch(/undefined|NaN/);
						for (const x of answers.filter(a => !Number.isInteger(a)))
							expect(text, `${l.id} ${grid.id} ${said.reason}`).not.toContain(formatNumber(x));
					}
		}
	});

	it("never gives the answer away: the field's own value is not in its message", () => {
		for (const {l, f, m} of all) {
			// Integers show up in any text; an upstream gradient is on the circuit already.
			if (Number.isInteger(f.expected) || ('upstream' in m.params && m.params.upstream === formatNumber(f.expected)))
				continue;
			for (const lang of ['en', 'ko'] as const)
				expect(mistakeText(messages(lang), m), `${l.id} ${f.id} ${m.reason}`).not.toContain(formatNumber(f.expected));
		}
	});

	it('fills in every name and number, in both languages', () => {
		for (const {l, f, m} of all)
			for (const lang of ['en', 'ko'] as const)
				expect(mistakeText(messages(lang), m), `${l.id} ${f.id} ${m.reason}`).not.toMatch(/undefined|NaN/);
	});

	it('never speaks of an upstream gradient on a field that has none', () => {
		for (const {l, f, m} of all) {
			if (f.role !== 'local' && !(f.role === 'gradient' && !('via' in m.params))) continue;
			expect(mistakeText(messages('en'), m), `${l.id} ${f.id}`).not.toMatch(/upstream gradient is right/);
		}
		for (const {l, f, m} of all.filter(x => x.f.role === 'local'))
			expect(mistakeText(messages('en'), m), `${l.id} ${f.id}`).not.toMatch(/upstream/);
	});

	it('attaches Korean particles without a space', () => {
		for (const {m} of all)
			expect(mistakeText(messages('ko'), m)).not.toMatch(/[\w)] (을|를|이|가|은|는|와|과|로|으로)[ .,]/);
	});
});
