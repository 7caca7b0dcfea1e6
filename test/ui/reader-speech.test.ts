import {describe, expect, it} from 'vitest';
import {emptyProgress} from '../../src/game/progress.js';
import {createGameStore} from '../../src/game/store.js';
import {matrixSentences} from '../../src/ui/reader/matrix-speech.js';
import {createNarrator} from '../../src/ui/reader/narrator.js';
import {
	capitalNames,
	fieldSentence,
	graphSentences,
	speakDraft,
	speakExpr,
	speakNumber,
	speakText,
	stepSentence,
} from '../../src/ui/reader/speech.js';
import {levelById, playState, shippedLevels} from '../support/levels.js';

const levels = shippedLevels;
const level = (id: string) => levelById(id);

describe('numbers and symbols read aloud', () => {
	it('reads a minus sign as a word, in both languages', () => {
		expect(speakNumber(-2, 'en')).toBe('minus 2');
		expect(speakNumber(-2, 'ko')).toBe('마이너스 2');
		expect(speakNumber(0.25, 'en')).toBe('0.25');
		expect(speakText('upstream ∂f/∂q = −4', 'en')).toBe('upstream the gradient of f with respect to q = minus 4');
	});

	it('keeps a Korean particle after a gradient outside the phrase', () => {
		expect(speakText('상류 기울기는 ∂f/∂q입니다', 'ko')).toBe('상류 기울기는 q에 대한 f의 기울기입니다');
	});

	it('reads gradients and paths between Korean names, the particle written on a name kept apart from it', () => {
		expect(speakText('∂총액/∂개수는 110입니다', 'ko')).toBe('개수에 대한 총액의 기울기는 110입니다');
		expect(speakText('∂총액/∂사과가격이 같습니다', 'ko')).toBe('사과가격에 대한 총액의 기울기가 같습니다');
		expect(speakText('총액→합계→사과값→개수 경로: 곱합니다', 'ko')).toBe(
			'총액에서 합계, 사과값을 거쳐 개수까지 가는 경로: 곱합니다',
		);
	});

	it("reads the chain rule's product as a product", () => {
		expect(speakText('∂f/∂x = ∂f/∂q · ∂q/∂x', 'en')).toBe(
			'the gradient of f with respect to x = the gradient of f with respect to q times the gradient of q with respect to x',
		);
	});

	it('reads a gradient of a bracketed expression, and of indexed names', () => {
		expect(speakText('∂(a + b)/∂a = 1', 'en')).toBe('the gradient of (a plus b) with respect to a = 1');
		expect(speakText('∂(a + b)/∂a = 1', 'ko')).toBe('a에 대한 (a 더하기 b)의 기울기 = 1');
		expect(speakText('∂P[i]/∂Z[j] = P[i]·(1 − P[j])', 'en')).toBe(
			'the gradient of P[i] with respect to Z[j] = P[i] times (1 minus P[j])',
		);
	});

	it('reads an update arrow, a tight minus and the signs of comparison as words', () => {
		expect(speakText('w ← w − η·g', 'en')).toBe('new w = w minus eta times g');
		expect(speakText('w ← w − η·g', 'ko')).toBe('새 w는 w 빼기 에타 곱하기 g');
		expect(speakText('n = (f(x+h) − f(x−h))/2h', 'en')).toBe('n = (f(x+h) minus f(x minus h))/2h');
		expect(speakText('write 0 where Z ≤ 0', 'en')).toBe('write 0 where Z is at most 0');
		expect(speakText('f = eᵖ', 'en')).not.toMatch(/ᵖ/);
	});

	it('reads a star count as stars, after its sign', () => {
		expect(speakText('Look again (−1★).', 'en')).toBe('Look again (minus 1 star).');
		expect(speakText('★★', 'en')).toBe('2 stars');
	});

	it('reads powers and primes as words, in both languages', () => {
		expect(speakText('σ(x) = 1/(1 + e⁻ˣ); its slope is σ′ = σ(1 − σ)', 'en')).toBe(
			'sigma(x) = 1/(1 plus e to the minus x); its slope is sigma prime = sigma(1 minus sigma)',
		);
		expect(speakText('tanh′ = 1 − tanh², E = (w − 3)²', 'en')).toBe(
			'tanh prime = 1 minus tanh squared, E = (w minus 3) squared',
		);
		expect(speakText('k·aᵏ⁻¹, about 1.8·10³⁰⁸', 'en')).toBe(
			'k times a to the k minus 1, about 1.8 times 10 to the power 308',
		);
		expect(speakText('σ(h) = 1/(1 + e⁻ʰ)를 씁니다', 'ko')).toBe(
			'시그마(h) = 1/(1 더하기 e의 마이너스 h 제곱)를 씁니다',
		);
		expect(speakText('tanh′(z) = 1 − tanh(z)²', 'ko')).toBe('tanh 프라임(z) = 1 빼기 tanh(z) 제곱');
		expect(speakText('σ′', 'ko')).toBe('시그마 프라임');
	});

	it('reads ≈ as a verb, so each sentence has one', () => {
		expect(speakText('h1 = 0.3775, H1 ≈ 0.5933. The same steps give H2 ≈ 0.5969.', 'en')).toBe(
			'h1 = 0.3775, H1 is about 0.5933. The same steps give H2, about 0.5969.',
		);
		// A chain: = or ≈ before it in the clause makes it "which is about"; a product of numbers is a product.
		expect(speakText('∂Y1/∂y1 = Y1(1 − Y1) ≈ 0.75137 · 0.24863 ≈ 0.18682', 'en')).toBe(
			'the gradient of Y1 with respect to y1 = Y1(1 minus Y1), which is about 0.75137 times 0.24863, which is about 0.18682',
		);
		expect(speakText('the E1 path brought ≈ 0.000668', 'en')).toBe('the E1 path brought about 0.000668');
		expect(speakText('≈ 0.000668 + (−0.000230).', 'en')).toBe('about 0.000668 plus (minus 0.000230).');
		// A conjunction starts a new statement; a number followed by a word is an item of a list, not a factor.
		expect(speakText('h1 = 0.3775 and H1 ≈ 0.5933', 'en')).toBe('h1 = 0.3775 and H1 is about 0.5933');
		expect(speakText('(3★ within 20) · 0 hints · 24 s', 'en')).toBe('(3 stars within 20), 0 hints, 24 s');
		expect(speakText('so this is the whole ∂E/∂w21.', 'en')).toBe(
			'so this is the whole gradient of E with respect to w21.',
		);
		expect(speakText('H1 ≈ 0.5933. 같은 방법으로 H2 ≈ 0.5969, Y2 ≈ 0.7729가 나오고', 'ko')).toBe(
			'H1은 약 0.5933. 같은 방법으로 H2는 약 0.5969, Y2는 약 0.7729가 나오고',
		);
		expect(speakText('a = tanh(0.5) ≈ 0.462', 'ko')).toBe('a = tanh(0.5), 곧 약 0.462');
	});

	it('reads a path of names as a path, and a sign before a name or alone as a word', () => {
		expect(speakText('Hint 1/4 for y→a→x', 'en')).toBe('Hint 1/4 for the path y to a to x');
		expect(speakText('y→a→x 힌트', 'ko')).toBe('y에서 a를 거쳐 x까지 가는 경로 힌트');
		expect(speakText('E→E1→Y1→y1', 'ko')).toBe('E에서 E1, Y1을 거쳐 y1까지 가는 경로');
		expect(speakText('moves w by −η·∂E/∂w. Change η with + and −, press r', 'en')).toBe(
			'moves w by minus eta times the gradient of E with respect to w. Change eta with plus and minus, press r',
		);
		expect(speakText('(1 − 2η)', 'en')).toBe('(1 minus 2 eta)');
	});

	it('reads a Korean flow of arrows as a sequence and a square as 제곱', () => {
		expect(speakText('입력 x1, x2 → 은닉층 → 출력', 'ko')).toBe('입력 x1, x2, 이어서 은닉층, 이어서 출력');
		expect(stepSentence(level('network-forward'), 'E1', undefined, 'ko')).toContain('0.5 곱하기 (Y1 빼기 t1)의 제곱.');
	});

	it('reads a typed answer with its signs as words: minus 2, not "-2"', () => {
		expect(speakDraft('-2', 'en')).toBe('minus 2');
		expect(speakDraft('-2', 'ko')).toBe('마이너스 2');
		expect(speakDraft('2*-4', 'en')).toBe('2 times minus 4');
		expect(speakDraft('0.5-0.25', 'ko')).toBe('0.5 빼기 0.25');
		expect(speakDraft('3/4', 'en')).toBe('3 divided by 4');
		expect(speakDraft('sigmoid(0.3)', 'en')).toBe('sigmoid(0.3)');
	});

	it('reads a capital name as a capital where the level has the same name in small letters', () => {
		const network = level('network-hidden-paths');
		// The letter they share stands for them in the texts: outputs H = σ(h).
		expect([...capitalNames(network)].sort()).toEqual(['H', 'H1', 'H2', 'Y', 'Y1', 'Y2']);
		expect(speakText('outputs H = σ(h)', 'en', capitalNames(network))).toBe('outputs capital H = sigma(h)');
		expect(speakText('E→E1→Y1→y1→H1→h1→w11', 'en', capitalNames(network))).toBe(
			'the path E to E1 to capital Y1 to y1 to capital H1 to h1 to w11',
		);
		expect(speakText('∂H1/∂h1', 'ko', capitalNames(network))).toBe('h1에 대한 대문자 H1의 기울기');
		// Said twice, it stays the same; a level without a twin reads capitals plainly.
		const once = speakText('H1은 0.593', 'ko', capitalNames(network));
		expect(speakText(once, 'ko', capitalNames(network))).toBe('대문자 H1은 0.593');
		expect(capitalNames(level('matmul-backward')).size).toBe(0);
	});

	it('drops drawing characters', () => {
		expect(speakText('x ──┐ q', 'en')).toBe('x q');
	});

	it('reads a formula with brackets only where the order needs them', () => {
		const steps = level('add-pass-through').steps;
		expect(steps.map(s => speakExpr(s.expr, 'en'))).toEqual(['x plus y', 'q times z']);
		const sum = level('activation').steps[0];
		expect(sum === undefined ? '' : speakExpr(sum.expr, 'en')).toBe('w1 times x1 plus w2 times x2 plus b');
	});
});

describe('the graph as sentences', () => {
	it('reads each step with its inputs and value', () => {
		const l = level('add-pass-through');
		expect(stepSentence(l, 'q', undefined, 'en')).toBe('q equals x plus y: x is minus 2 and y is 5, so q is 3.');
		expect(stepSentence(l, 'x', undefined, 'en')).toBe('x is an input: minus 2.');
		expect(stepSentence(l, 'q', undefined, 'ko')).toBe('q = x 더하기 y. x는 마이너스 2, y는 5. 따라서 q는 3입니다.');
		expect(graphSentences(l, undefined, 'en')).toHaveLength(1 + 5);
	});

	it('never reads out a value a field asks for until it is found', () => {
		const l = level('weighted-sum');
		const lines = graphSentences(l, undefined, 'en').join('\n');
		expect(lines).toContain('so z is what you are asked to find.');
		expect(lines).not.toMatch(/z is 7/);
	});

	it('announces a field with its number, what it asks and what is typed', () => {
		const store = createGameStore({lang: 'en', levels, progress: emptyProgress});
		store.getState().enterLevel('add-pass-through');
		const play = store.getState().play;
		if (play === undefined) throw new Error('no play');
		expect(fieldSentence(level('add-pass-through'), play, 1, 'en')).toBe(
			'Field 2 of 3: the gradient of f with respect to x. Empty.',
		);
	});
});

describe('the narrator', () => {
	it('says the menu, then the level, then each answer and the next field, as new lines', () => {
		const store = createGameStore({lang: 'en', levels, progress: emptyProgress});
		const narrate = createNarrator();
		const heard: string[] = [];
		heard.push(...narrate(undefined, store.getState()));
		store.subscribe((next, prev) => heard.push(...narrate(prev, next)));
		expect(heard).toContain(`Level 1 of ${levels.length}: The weighted sum. Chapter 1, Forward pass. Not solved yet.`);
		store.getState().enterLevel('add-pass-through');
		expect(heard).toContain('Field 1 of 3: the gradient of f with respect to q. Empty.');
		const before = heard.length;
		for (const ch of '-4') store.getState().type(ch);
		expect(heard.length).toBe(before); // typing is echoed by the prompt, not narrated
		store.getState().submit();
		expect(heard.slice(before)).toEqual(['✓ Right.', 'Field 2 of 3: the gradient of f with respect to x. Empty.']);
		store.getState().type('1');
		store.getState().submit();
		expect(heard.at(-1)).toMatch(/only the local derivative/);
		expect(heard.join('\n')).not.toMatch(/[─│┌┐└┘├┤┬┴┼╭╮╰╯]/);
	});
});

describe('a dialog that asks before a star is spent', () => {
	for (const lang of ['en', 'ko'] as const) {
		it(`says what it costs, then its keys once (${lang})`, () => {
			const store = createGameStore({lang, levels, progress: emptyProgress});
			const narrate = createNarrator();
			const heard: string[] = [];
			store.subscribe((next, prev) => heard.push(...narrate(prev, next)));
			store.getState().enterLevel('mul-swap');
			for (const ask of ['askForSolution', 'askForHint'] as const) {
				const before = heard.length;
				store.getState()[ask]();
				const said = heard.slice(before).join(' ');
				// y is said once, in the keys sentence, not again in the sentence that says what the dialog costs.
				expect(said.match(/\by\b/g)?.length ?? 0).toBe(1);
				expect(said).toMatch(lang === 'en' ? /1★|1 star|0 stars/ : /별/);
				store.getState().closeOverlay();
			}
		});
	}
});

describe('a matrix hidden because it follows from a value still to find', () => {
	it('is said as hidden, not as a cell to find, and why, until that value is in', () => {
		const level = levelById('p-minus-y');
		for (const [lang, cell, why] of [
			['en', 'L, one number. Row 1: hidden.', 'L is hidden because it follows from an answer you have not given yet'],
			['ko', 'L, 숫자 하나. 1행: 가림.', 'L은 아직 내지 않은 답에서 나오는 값이라 가려 두었습니다'],
		] as const) {
			const fresh = matrixSentences(level, playState(level), lang);
			expect(fresh).toContain(cell);
			expect(fresh.some(line => line.startsWith(why))).toBe(true);
			const cells = level.fields.filter(f => f.cell?.grid.id === 'value:P').map(f => f.id);
			const withP = matrixSentences(level, playState(level, {solved: cells}), lang);
			expect(withP.some(line => line.startsWith(why))).toBe(false);
			expect(withP.join(' ')).not.toMatch(/hidden|가림/);
		}
	});
});
