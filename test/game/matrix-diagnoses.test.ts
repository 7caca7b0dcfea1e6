// Slips that used to get a generic message, each typed on the level where a
// learner makes it: a sum for a mean, a mean for a bias gradient, Xᵀ·1 with
// the upstream gradient forgotten, cross-entropy without its minus, and σ's
// slope a·(1 − a) for tanh's. Each message names the slip in both languages
// and never states the answer.
import {describe, expect, it} from 'vitest';
import {checkField} from '../../src/game/check.js';
import {checkDraft} from '../../src/game/check-typed.js';
import {dispatchKey, type KeyPress} from '../../src/game/keys.js';
import {difficulties} from '../../src/game/practice/family.js';
import {generateLevel} from '../../src/game/practice/generate.js';
import {emptyProgress} from '../../src/game/progress.js';
import {createGameStore, currentLevel, type GameStore} from '../../src/game/store.js';
import {roundTo} from '../../src/levels/reach.js';
import {feedbackText} from '../../src/ui/feedback-text.js';
import {messages, mistakeText} from '../../src/ui/strings.js';
import {fieldById, levelById, shippedLevels} from '../support/levels.js';

function open(id: string, lang: 'en' | 'ko'): GameStore {
	const store = createGameStore({lang, levels: [...shippedLevels], progress: emptyProgress, now: () => 0});
	store.getState().enterLevel(id);
	return store;
}

const press = (store: GameStore, input: string, key: KeyPress = {}) => dispatchKey(store, input, key);

/** Moves to the grid that starts with `id`, types its rows and checks it. */
function fillGrid(store: GameStore, id: string, rows: readonly (readonly string[])[]): void {
	for (let i = 0; i < 40 && currentLevel(store.getState())?.fields[store.getState().play?.focus ?? 0]?.id !== id; i++)
		press(store, '', {tab: true});
	rows.forEach((row, i) => {
		row.forEach((cell, j) => {
			for (const ch of cell) press(store, ch);
			if (j < row.length - 1) press(store, '', {rightArrow: true});
		});
		if (i < rows.length - 1) {
			for (let j = 1; j < row.length; j++) press(store, '', {leftArrow: true});
			press(store, '', {downArrow: true});
		}
	});
	press(store, '', {return: true});
}

function outcome(store: GameStore, lang: 'en' | 'ko') {
	const {play} = store.getState();
	const level = currentLevel(store.getState());
	const feedback = play?.feedback;
	if (feedback === undefined || level === undefined || play === undefined) return {reason: undefined, text: ''};
	const text = feedbackText(feedback, level, play, messages(lang))
		.map(s => s.text)
		.join(' ');
	return {reason: feedback.kind === 'wrong' ? feedback.mistake?.reason : undefined, text};
}

// [level, grid, what the learner types, the diagnosis, words of the English and the Korean message, the answer it must not say]
const slips: [string, string, string[][], string, string, string, string][] = [
	// L = mean(E²) = (0.25 + 1.5625)/2; the sum is 1.81.
	['batch-mean', 'value:L[0,0]', [['1.81']], 'sumForMean', 'A mean divides the sum', '평균은 그 합을', '0.906'],
	// ∂L/∂b adds G's rows: [0.6, −0.4, −1]; their mean is half that.
	[
		'batch-bias',
		'grad:L:b[0,0]',
		[['0.3', '-0.2', '-0.5']],
		'biasAveraged',
		'its gradient is their plain sum',
		'더한 값 그대로입니다',
		'0.6',
	],
	// ∂L/∂W = Xᵀ·G; with G forgotten, Xᵀ·1 = [[1, 1], [3, 3], [−1, −1]].
	[
		'matmul-backward',
		'grad:L:W[0,0]',
		[
			['1', '1'],
			['3', '3'],
			['-1', '-1'],
		],
		'matmulNoUpstream',
		'That leaves out ∂L/∂Y',
		'∂L/∂Y를 빠뜨렸습니다',
		'2.5',
	],
	// L = −log P[1] = 2.20; without the minus, log 0.111 = −2.20.
	[
		'cross-entropy-one',
		'value:L[0,0]',
		[['-2.20']],
		'lossMinusLeftOut',
		'leaves out the minus',
		'마이너스 부호를 빠뜨렸습니다',
		'2.2',
	],
	// ∂L/∂Z = P − Y = [0.867, 0.117, −0.984]; Y − P is minus the gradient, the way down.
	[
		'p-minus-y',
		'grad:L:Z[0,0]',
		[['-0.867', '-0.117', '0.984']],
		'ceSignFlipped',
		'Y − P points downhill, and the gradient points uphill',
		'Y − P는 내리막을 가리키고',
		'0.867',
	],
	// ∂L/∂Z = G ⊙ (Z > 0) with Z = [0.5 −0.5; 3.5 0.5]; masking by G > 0 instead drops the −0.4 that Z keeps.
	[
		'relu-mask',
		'grad:L:Z[0,0]',
		[
			['0.3', '0'],
			['0', '0.6'],
		],
		'reluMaskFromGradient',
		'That masks by the sign of ∂L/∂H',
		'부호로 마스크를 만들었습니다',
		'-0.4',
	],
	// ∂P/∂Z at P = [0.231 0.629 0.140]: the off-diagonal −P[i]·P[j] typed without its minus.
	[
		'softmax-jacobian',
		'jac:P:Z[0,0]',
		[
			['0.178', '0.145', '0.0324'],
			['0.145', '0.233', '0.0881'],
			['0.0324', '0.0881', '0.121'],
		],
		'jacobianOffDiagonalSign',
		'off the diagonal have lost their minus',
		'마이너스 부호가 빠졌습니다',
		'-0.145',
	],
	// The same Jacobian with its diagonal as P[i]·(1 + P[i]) and the rest right.
	[
		'softmax-jacobian',
		'jac:P:Z[0,0]',
		[
			['0.285', '-0.145', '-0.0324'],
			['-0.145', '1.02', '-0.0881'],
			['-0.0324', '-0.0881', '0.160'],
		],
		'jacobianDiagonalSign',
		'The diagonal has a sign wrong',
		'대각선의 부호가 틀렸습니다',
		'0.178',
	],
	// L = −ln 0.111 = 2.20; with the base-10 log, −log₁₀ 0.111 = 0.954.
	['cross-entropy-one', 'value:L[0,0]', [['0.954']], 'logBaseTen', 'base-10 logarithm', '상용로그', '2.2'],
	// L = −ln P[1] = 2.20 with P = [0.111 0.821 0.0674]: −ln of the favoured class, P[2], is 0.197.
	[
		'cross-entropy-one',
		'value:L[0,0]',
		[['0.197']],
		'ceFavouredClass',
		'the class the model favours',
		'모델이 가장 높게 본 클래스',
		'2.2',
	],
	// ∂L/∂W = Xᵀ·(P − Y) with X = [1 2], P = [0.559 0.339 0.102], Y = [0 0 1]; Xᵀ·P leaves the label out.
	[
		'softmax-descent-step',
		'grad:L:W[0,0]',
		[
			['0.559', '0.339', '0.102'],
			['1.12', '0.678', '0.204'],
		],
		'ceLabelNotSubtractedUpstream',
		'That is Xᵀ·P: P stands where ∂L/∂Z belongs',
		'Xᵀ·P입니다',
		'-0.898',
	],
	// b is 1×2; Y = X·W + b, the step it feeds, is 2×2.
	[
		'layer-shapes',
		'shape:dL/db[0,0]',
		[['2', '2']],
		'shapeOfConsumer',
		'That is the shape of Y, the step b feeds',
		'들어가는 단계 Y의 모양입니다',
		'1×2',
	],
	// The same slips in one cell of a grid, the other cells right: the wrong cells alone are diagnosed.
	// ∂L/∂b = [0.6, −0.4, −1]: the second entry averaged, −0.4/2.
	[
		'batch-bias',
		'grad:L:b[0,0]',
		[['0.6', '-0.2', '-1']],
		'biasAveraged',
		'plain sum',
		'그 행들을 더한 값 그대로입니다',
		'-0.4',
	],
	// G's first row in the second entry, −0.5, where the column sums to −0.4.
	['batch-bias', 'grad:L:b[0,0]', [['0.6', '-0.5', '-1']], 'biasNotSummed', 'only row 1 of', '1행만 썼습니다', '-0.4'],
	// The upstream gradient left out: each of the 2 rows counted as 1.
	[
		'batch-bias',
		'grad:L:b[0,0]',
		[['2', '2', '2']],
		'biasNoUpstream',
		'leaves out ∂L/∂Y',
		'∂L/∂Y를 빠뜨렸습니다',
		'0.6',
	],
	// Y = X·W + b = [[2, 3], [0, 1]]: the first entry without its bias, X·W alone = 1.
	[
		'layer-forward',
		'value:Y[0,0]',
		[
			['1', '3'],
			['0', '1'],
		],
		'leftOutTerm',
		'leaves out b',
		'b가 빠졌습니다',
		'2',
	],
	// ∂L/∂Z = P − Y = [0.867, 0.117, −0.984]: one sign flipped.
	['p-minus-y', 'grad:L:Z[0,0]', [['0.867', '-0.117', '-0.984']], 'wrongSign', 'wrong sign', '부호가 반대', '0.117'],
];

describe('slips on the matrix chapters, each typed on its level', () => {
	for (const [id, grid, rows, reason, en, ko, answer] of slips) {
		it(`${id}: ${rows.map(r => r.join(' ')).join(' / ')} is ${reason}`, () => {
			for (const lang of ['en', 'ko'] as const) {
				const store = open(id, lang);
				fillGrid(store, grid, rows);
				const {reason: got, text} = outcome(store, lang);
				expect(got).toBe(reason);
				expect(text).toContain(lang === 'en' ? en : ko);
				expect(text).not.toContain(answer);
			}
		});
	}
});

describe('σ’s slope a·(1 − a) typed for tanh’s', () => {
	it('derive-tanh: the formula a*(1 - a) is named as σ’s slope', () => {
		const field = fieldById(levelById('derive-tanh'), 'derive:a:z');
		const verdict = checkDraft(field, 'a*(1 - a)');
		expect(verdict.kind === 'wrong' ? verdict.mistake?.reason : undefined).toBe('formulaTanhSigmoid');
		if (verdict.kind !== 'wrong' || verdict.mistake === undefined) return;
		expect(mistakeText(messages('en'), verdict.mistake)).toContain('a·(1 − a) is the slope of σ, not of tanh');
		expect(mistakeText(messages('ko'), verdict.mistake)).toContain('a·(1 − a)는 σ의 기울기이지');
	});

	it('tanh practice: at every step, a·(1 − a) on a tanh slope gets its own diagnosis', () => {
		let seen = 0;
		for (let seed = 0; seed < 20; seed++)
			for (const difficulty of difficulties) {
				const {level} = generateLevel('tanh-neuron', seed, 0, difficulty);
				for (const f of level.fields)
					for (const m of f.mistakes.filter(x => x.reason === 'tanhSigmoidSlope')) {
						seen++;
						const verdict = checkField(f, {value: roundTo(m.value, 3), figures: 3});
						expect(verdict.kind === 'wrong' ? verdict.mistake?.reason : 'right', `${seed} ${f.id}`).toBe(
							'tanhSigmoidSlope',
						);
					}
			}
		expect(seen).toBeGreaterThan(20);
	});
});
