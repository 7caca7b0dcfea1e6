// Gradient-check and find-the-bug levels: their numbers, their verdicts, and
// a find-the-bug level played by keys the way a player plays it.
import {describe, expect, it} from 'vitest';
import {checkDraft} from '../../src/game/check-typed.js';
import {dispatchKey} from '../../src/game/keys.js';
import {generateLevel} from '../../src/game/practice/generate.js';
import {emptyProgress} from '../../src/game/progress.js';
import {createGameStore, isComplete} from '../../src/game/store.js';
import type {Field} from '../../src/levels/answers.js';
import {type Level, loadLevelPack, parseChapterFile} from '../../src/levels/loader.js';
import {plantedBug} from '../../src/levels/sealed-bug.js';
import {messages, mistakeText} from '../../src/ui/strings.js';

const levels = loadLevelPack('levels').levels;
const level = (id: string) => {
	const found = levels.find(l => l.id === id);
	if (found === undefined) throw new Error(`no level ${id}`);
	return found;
};
const fieldOf = (l: Level, idStart: string): Field => {
	const found = l.fields.find(f => f.id.startsWith(idStart));
	if (found === undefined) throw new Error(`no field ${idStart} in ${l.id}: ${l.fields.map(f => f.id).join(', ')}`);
	return found;
};

describe('a gradient check with the forward values given (f = x³ at 2, h = 0.01)', () => {
	const l = level('gradcheck-cube');

	it('gives h, f(x+h) and f(x−h) and asks for the slope, n, r and the verdict', () => {
		expect(l.given?.map(g => [g.label, g.value])).toEqual([
			['h', 0.01],
			['f(x+h)', expect.closeTo(8.120601, 9)],
			['f(x−h)', expect.closeTo(7.880599, 9)],
		]);
		expect(l.fields.map(f => f.id.split(':')[0])).toEqual(['grad', 'numeric', 'error', 'verdict']);
		expect(fieldOf(l, 'grad').expected).toBe(12);
		expect(fieldOf(l, 'numeric').expected).toBeCloseTo(12.0001, 9);
		expect(fieldOf(l, 'error').expected).toBeCloseTo(8.33326e-6, 10);
	});

	it('needs n to six figures, where it first differs from the slope', () => {
		const n = fieldOf(l, 'numeric');
		expect(n.figures).toBe(6);
		expect(checkDraft(n, '12.0001').kind).toBe('right');
		expect(checkDraft(n, '(8.120601 - 7.880599)/0.02').kind).toBe('right');
		expect(checkDraft(n, '12.0')).toMatchObject({kind: 'wrong', nearMiss: expect.any(Number)});
		expect(checkDraft(n, '24.0002')).toMatchObject({kind: 'wrong', mistake: {reason: 'oneSidedStep'}});
	});

	it('takes the relative error typed as arithmetic, and diagnoses the absolute difference', () => {
		const r = fieldOf(l, 'error');
		expect(checkDraft(r, '0.0001/12.0001').kind).toBe('right');
		expect(checkDraft(r, '8.33e-6').kind).toBe('right');
		expect(checkDraft(r, '1e-4')).toMatchObject({kind: 'wrong', mistake: {reason: 'errorNotRelative'}});
	});

	it('passes, and a wrong verdict says why in words', () => {
		const verdict = fieldOf(l, 'verdict');
		expect(checkDraft(verdict, 'pass').kind).toBe('right');
		expect(checkDraft(verdict, ' PASS ').kind).toBe('right');
		const wrong = checkDraft(verdict, 'fail');
		expect(wrong).toMatchObject({kind: 'wrong', mistake: {reason: 'checkVerdict'}});
		if (wrong.kind === 'wrong' && wrong.mistake !== undefined)
			expect(mistakeText(messages('en'), wrong.mistake)).toBe(
				'✗ A relative error of 8.33×10⁻⁶ is under 0.0001: the check passes.',
			);
		expect(checkDraft(verdict, 'yes')).toEqual({kind: 'unreadable', why: {kind: 'not-a-choice'}});
	});

	it('reads the verdict in Korean, and pass typed with a Korean layout still on', () => {
		const verdict = fieldOf(l, 'verdict');
		for (const typed of ['통과', ' 통과 ', 'ㅔㅁㄴㄴ', 'Pass']) expect(checkDraft(verdict, typed).kind).toBe('right');
		for (const typed of ['실패', 'ㄹㅁㅑㅣ', 'ㄹ먀ㅣ'])
			expect(checkDraft(verdict, typed)).toMatchObject({kind: 'wrong', mistake: {reason: 'checkVerdict'}});
		for (const typed of ['통과함', 'ㅔㅁㄴ', 'passed'])
			expect(checkDraft(verdict, typed)).toEqual({kind: 'unreadable', why: {kind: 'not-a-choice'}});
	});
});

describe('a gradient check on the kink of relu (z = 2x − 1 = 0)', () => {
	const l = level('gradcheck-kink');

	it('asks for the forward values too, and fails: n = 1 against the engine’s relu′(0) = 0', () => {
		expect(l.given?.map(g => g.label)).toEqual(['h']);
		expect(l.fields.map(f => [f.label, f.expected])).toEqual([
			['∂f/∂x', 0],
			['f(x+h)', expect.closeTo(0.002, 12)],
			['f(x−h)', 0],
			['n = (f(x+h) − f(x−h))/2h', expect.closeTo(1, 12)],
			['r = |∂f/∂x − n| / max(|∂f/∂x|, |n|)', 1],
			['r < 0.0001 ?', 0],
		]);
		expect(checkDraft(fieldOf(l, 'verdict'), 'fail').kind).toBe('right');
		expect(checkDraft(fieldOf(l, 'verdict'), 'pass')).toMatchObject({mistake: {reason: 'checkVerdict'}});
	});
});

describe('find the bug', () => {
	it('plants σ for σ′ on z and carries it to every row below, leaving t on its own branch right', () => {
		const table = level('bug-sigmoid-slope').table;
		expect(table?.rows.map(r => r.node)).toEqual(['L', 'a', 'z', 't', 'b', 'w', 'x']);
		expect(table?.bugRow).toBe(2);
		expect(table?.planted.reason).toBe('sigmoidValue');
		const row = (node: string) => table?.rows.find(r => r.node === node);
		expect(row('z')?.shown).toBeCloseTo(0.2629637528, 9);
		expect(row('z')?.right).toBeCloseTo(0.0992795111, 9);
		expect(row('w')?.shown).toBeCloseTo(0.3944456291, 9);
		expect(row('w')?.right).toBeCloseTo(0.148919267, 9);
		expect(row('t')?.shown).toBeCloseTo(-0.4224593312, 9);
		expect(row('t')?.shown).toBe(row('t')?.right);
	});

	it('puts the bug in a backward rule: the planted row shows what the buggy rule computed, never the right answer', () => {
		// f = q·z with q = 3, z = −4: the multiply bug computes ∂f/∂q as q's own value, 3, not z = −4.
		const multiply = level('bug-multiply-backward').table;
		const q = multiply?.rows.find(r => r.node === 'q');
		expect(q?.locals).toEqual([{of: 'f', local: 3}]);
		expect(q?.shown).toBe(3);
		expect(q?.right).toBe(-4);
		// a = σ(0.5) = 0.6225: the sigmoid bug stores a where a·(1 − a) = 0.2350 belongs.
		const sigmoid = level('bug-sigmoid-slope').table;
		const z = sigmoid?.rows.find(r => r.node === 'z');
		expect(z?.locals[0]?.local).toBeCloseTo(0.6224593312, 9);
		for (const table of [multiply, sigmoid]) {
			// Every row: the gradient shown is the sum of upstream × the local derivative shown.
			for (const row of table?.rows.slice(1) ?? []) {
				const sum = row.locals.reduce((s, l) => s + (table?.rows.find(r => r.node === l.of)?.shown ?? 0) * l.local, 0);
				expect(row.shown, row.node).toBeCloseTo(sum, 12);
			}
		}
	});

	it('says the rows that depend on the planted one inherit it, not every row below, as a right row sits below it', () => {
		for (const l of levels.filter(each => each.table !== undefined)) {
			const table = l.table;
			const rightBelow = table?.rows.slice(table.bugRow + 1).filter(r => r.shown === r.right) ?? [];
			expect(rightBelow.length, l.id).toBeGreaterThan(0);
			const intro = l.spec.intro;
			expect(intro.en).not.toMatch(/every row below/);
			expect(intro.en).toMatch(/every row that depends on it inherits[^.]*another branch/);
			expect(intro.ko).not.toMatch(/그 아래 행들은 모두/);
			expect(intro.ko).toMatch(/기울기를 받아 계산하는 행들은 모두[^.]*\. 다른 가지에 있는 행은/);
		}
	});

	it('is played by keys: a wrong row is a wrong answer, the planted row opens its field, the fix names the mistake', () => {
		const l = level('bug-multiply-backward');
		const store = createGameStore({lang: 'en', levels, progress: emptyProgress, now: () => 0});
		store.getState().enterLevel(l.id);
		const key = (input: string, k = {}) => dispatchKey(store, input, k);
		key('-4');
		expect(store.getState().play?.feedback).toEqual({kind: 'pick-row'});
		key('', {return: true});
		expect(store.getState().play).toMatchObject({
			hintsShown: 0,
			attempts: 1,
			wrongAnswers: 1,
			feedback: {kind: 'not-this-row', node: 'f', output: true},
		});
		key('', {downArrow: true});
		key('', {return: true});
		expect(store.getState().play).toMatchObject({bugFound: true, feedback: {kind: 'bug-found', node: 'q'}});
		key('3');
		key('', {return: true});
		expect(store.getState().play?.feedback).toMatchObject({kind: 'wrong', mistake: {reason: 'ownValue'}});
		key('u');
		key('-4');
		key('', {return: true});
		expect(isComplete(store.getState())).toBe(true);
		expect(store.getState().play?.feedback).toEqual({kind: 'bug-named'});
		// Two picks and two answers, two of them wrong: within the free wrong answers, no hint used.
		expect(store.getState().lastOutcome).toMatchObject({stars: 3, hints: 0, attempts: 4, wrongAnswers: 2});
		const planted = l.table?.planted;
		expect(planted?.reason).toBe('ownValue');
		expect(planted && mistakeText(messages('en'), planted)).toBe(
			"✗ That is q itself. In f, q is multiplied by z, so ∂f/∂q = z: an input's slope is what it is multiplied by.",
		);
	});

	it('refuses a planted mistake the game can’t diagnose on that row, naming the ones it can', () => {
		const file = {
			formatVersion: 1,
			chapter: {id: 'c', title: {en: 'c', ko: 'c'}},
			levels: [
				{
					id: 'b',
					kind: 'find-the-bug',
					title: {en: 't', ko: 't'},
					intro: {en: 'i', ko: 'i'},
					hints: [{en: 'h', ko: 'h'}],
					explain: {en: 'e', ko: 'e'},
					formula: 'q = x + y; f = q * z',
					inputs: {x: -2, y: 5, z: -4},
					bug: {node: 'q', mistake: 'sigmoidValue'},
				},
			],
		};
		const parsed = parseChapterFile('pack.json', JSON.stringify(file), 1);
		expect(parsed.errors.map(e => `${e.path}: ${e.message}`)).toEqual([
			"levels[0].bug: 'sigmoidValue' is not a mistake the game diagnoses on ∂f/∂q; here it knows addRule, ownValue, wrongSign",
		]);
	});
});

describe('practice: derive, grad-check and find-the-bug levels', () => {
	it('plants the bug the player makes most when it fits the graph', () => {
		for (let seed = 0; seed < 10; seed++) {
			const {level} = generateLevel('find-the-bug', seed, 0, 1, 'p', new Set(), ['ownValue', 'wrongSign']);
			expect(level.table?.planted.reason).toBe('ownValue');
		}
	});

	it('gives each seed (each student) its own bug, the same one for the same seed', () => {
		const bugs = Array.from({length: 12}, (_, seed) => {
			const spec = generateLevel('find-the-bug', seed, 0, 2).spec;
			const bug = spec.kind === 'find-the-bug' ? plantedBug(spec) : undefined;
			return spec.kind === 'find-the-bug' ? `${spec.formula} ${bug?.node} ${bug?.mistake}` : '';
		});
		expect(new Set(bugs).size).toBeGreaterThan(3);
		expect(generateLevel('find-the-bug', 5, 0, 2).spec).toEqual(generateLevel('find-the-bug', 5, 0, 2).spec);
	});

	it('draws derive fields that take their formula, and grad-checks that pass', () => {
		for (let seed = 0; seed < 10; seed++) {
			for (const difficulty of [1, 2, 3] as const) {
				for (const field of generateLevel('derive', seed, 0, difficulty).level.fields)
					expect(checkDraft(field, field.formula?.answer ?? '').kind).toBe('right');
				const check = generateLevel('grad-check', seed, 0, difficulty).level;
				expect(check.fields.find(f => f.role === 'verdict')?.choice?.right).toBe('pass');
			}
		}
	});
});
