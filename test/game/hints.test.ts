import {describe, expect, it} from 'vitest';
import {hintKey, hintLadder, maskedRung, writesValue} from '../../src/game/hints.js';
import {difficulties, num} from '../../src/game/practice/family.js';
import {generateLevel} from '../../src/game/practice/generate.js';
import type {Field} from '../../src/levels/answers.js';
import {type Level, parseChapterFile} from '../../src/levels/loader.js';
import {fieldById, levelById, shippedLevels} from '../support/levels.js';

const shipped = shippedLevels;
const texts = (l: Level, f: Field) => hintLadder(l, f).map(r => (r.kind === 'text' ? r.text.en : r.text));

describe('hint ladders follow the field', () => {
	it('on weighted-sum, 3 hints for 3 stars, from the rule to the numbers to the answer: no setup after z = 6 + 1', () => {
		const l = levelById('weighted-sum');
		const ladder = texts(l, fieldById(l, 'value:z'));
		expect(ladder).toEqual([
			'z = w·x + b: take w, x and b from the drawing, and work out the product w·x before you add b.',
			'w·x = 2·3 = 6, so z = 6 + 1.',
			'z = w·x + b = 2·3 + 1 = 7',
		]);
		// The first hint says something the introduction did not: where the numbers are, and the order.
		for (const sentence of l.spec.intro.en.split(/(?<=\.) /))
			expect(ladder[0]).not.toContain(sentence.replace(/\.$/, ''));
		expect(l.spec.intro.en).not.toContain('from the drawing');
	});

	it('on chain-cs231n-neuron, the ladder of ∂f/∂x0 leaves out the hint that only explains ∂f/∂s', () => {
		const l = levelById('chain-cs231n-neuron');
		const ladder = texts(l, fieldById(l, 'grad:f:x0'));
		// The rule for this field first: the chain rule, and the local slope of s by x0.
		expect(ladder[0]).toBe(
			'∂f/∂x0 = ∂f/∂s·∂s/∂x0: the chain rule, the gradient arriving from above times the local slope. ∂s/∂x0: in s = w0·x0 + w1·x1 + w2, x0 is multiplied by w0, so ∂s/∂x0 = w0: a multiply node swaps its inputs.',
		);
		expect(ladder[1]).toBe('s = −2 + 6 − 3 = 1, so f = σ(1) ≈ 0.731.');
		expect(ladder.some(t => t.startsWith('∂f/∂s = f·(1 − f)'))).toBe(false);
		// The level's hint that works out ∂f/∂s is that field's; this one gets its own setup.
		expect(ladder.some(t => t.startsWith('∂f/∂s ≈'))).toBe(false);
		expect(ladder.at(-2)).toBe('∂f/∂x0 = ∂f/∂s·∂s/∂x0 = 0.1966·2 = ?');
		expect(ladder.at(-1)).toBe('∂f/∂x0 = ∂f/∂s·∂s/∂x0 = 0.1966·2 = 0.3932');
	});

	it('on every shipped field: a level hint is about this field or no field, and the ladder ends with its worked step (a grid’s, with the grid)', () => {
		for (const l of shipped) {
			for (const f of l.fields) {
				// A ladder the level wrote for this field is its own.
				if (l.spec.kind !== 'lab' && l.spec.fieldHints?.[hintKey(f)] !== undefined) continue;
				const ladder = hintLadder(l, f);
				// A product or total ends from its own label (`∂E1/∂w21 = 0.7414·0.1868·0.5933 = 0.08217`), not its factors'.
				const combined = f.role === 'product' || f.role === 'total';
				const worked = combined ? `${f.label} = ${f.work.split(' = ').slice(1).join(' = ')}` : f.work;
				if (f.cell === undefined) expect(ladder.at(-1), `${l.id} ${f.id}`).toEqual({kind: 'math', text: worked});
				else {
					// A grid's last rung is the whole grid, said as each language says a matrix.
					const last = ladder.at(-1);
					const grid = last?.kind === 'text' ? last.text : undefined;
					const label = f.cell.grid.label;
					expect(grid?.en, `${l.id} ${f.id}`).toMatch(new RegExp(`^${label} = (\\(|rows |the column |−?\\d)`));
					expect(grid?.ko, `${l.id} ${f.id}`).toMatch(new RegExp(`^${label} = (\\(|행 |열벡터 |−?\\d)`));
				}
				for (const rung of ladder) {
					if (rung.kind !== 'text') continue;
					const others = l.fields.filter(g => g !== f && rung.text.en.includes(g.label) && g.label.includes('∂'));
					const own = [
						f.label,
						...(f.role === 'product' ? l.fields.filter(g => g.role === 'local').map(g => g.label) : []),
					];
					if (others.length > 0)
						expect(
							own.some(name => rung.text.en.includes(name)),
							`${l.id} ${f.id}: ${rung.text.en}`,
						).toBe(true);
				}
			}
		}
	});
});

describe('hints a level gives per field', () => {
	const pack = (fieldHints: unknown) =>
		parseChapterFile(
			'pack.json',
			JSON.stringify({
				formatVersion: 1,
				chapter: {id: 'c', title: {en: 'C', ko: '씨'}},
				levels: [
					{
						id: 'mul',
						kind: 'gradients',
						title: {en: 'T', ko: '티'},
						intro: {en: 'I', ko: '아이'},
						explain: {en: 'E', ko: '이'},
						hints: [{en: 'The level hint.', ko: '레벨 힌트.'}],
						fieldHints,
						formula: 'z = x * y',
						inputs: {x: 3, y: -2},
						ask: ['dz/dx', 'dz/dy'],
					},
				],
			}),
			1,
		);

	it('replace the ladder of their field only', () => {
		const {levels, errors} = pack({'grad:z:y': [{en: 'Swap: it is x.', ko: '바꾸세요: x입니다.'}]});
		expect(errors).toEqual([]);
		const l = levels[0] as Level;
		// Words that stop short of the answer get the worked step after them.
		expect(texts(l, fieldById(l, 'grad:z:y'))).toEqual(['Swap: it is x.', '∂z/∂y = x = 3']);
		// The other field keeps its ladder: its rule, then the level's hint.
		expect(texts(l, fieldById(l, 'grad:z:x')).slice(0, 2)).toEqual([
			'∂z/∂x: in z = x·y, x is one factor of a product, and a multiply node swaps its inputs: ∂(u·v)/∂u = v, the other factor.',
			'The level hint.',
		]);
	});

	it('name a field the level has, or the loader lists the ones it has', () => {
		const {errors} = pack({'grad:z:w': [{en: 'x', ko: '엑스'}]});
		expect(errors.map(e => `${e.path}: ${e.message}`)).toEqual([
			"levels[0].fieldHints.grad:z:w: 'grad:z:w' is not a field of this level; its fields are grad:z:x, grad:z:y",
		]);
	});
});

describe('a shipped level with hints per field', () => {
	it('activation gives H its own ladder, and h keeps the level hints', () => {
		const l = levelById('activation');
		expect(texts(l, fieldById(l, 'value:H'))).toEqual([
			'H = σ(h): put the h you found into the sigmoid.',
			'σ(0) = 1/(1 + e⁰) = 1/(1 + 1).',
			'H = σ(h) = σ(0) = 0.5',
		]);
		expect(texts(l, fieldById(l, 'value:h'))[0]).toBe('First the sum: h = w1·x1 + w2·x2 + b.');
	});
});

describe('a hint never gives another field away', () => {
	/** Numbers as a hint writes them, not the digits of a name like x0 or H1. */
	const numbersIn = (text: string) =>
		[...text.matchAll(/(?<![\p{L}_^])[-−]?\d+(?:\.\d+)?(?:×10⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+|e[-−+]?\d+)?/gu)].map(m => {
			const at = m.index ?? 0;
			const after = text.slice(at + m[0].length);
			// After = or ≈ with no operator following: the number an equation comes to.
			const result = /[=≈]\s*$/u.test(text.slice(0, at)) && !/^\s*[·×*+\-−/^(]/u.test(after);
			return {token: m[0], result};
		});
	it('gradcheck-cube: 12.0001 before n is found is written n, not ∂f/∂x (= 12 to 3 figures)', () => {
		const level = levelById('gradcheck-cube');
		const r = fieldById(level, 'error:f:x');
		expect(maskedRung(level, r, '|12 − 12.0001| / max(|12|, |12.0001|) = 8.33e−6', false, {})).toBe(
			'|12 − n| / max(|12|, |n|) = ?',
		);
	});

	describe('ladders a playtest read wrong, as the player reads them before finding anything', () => {
		const read = (id: string, fieldId: string) => {
			const l = levelById(id);
			const f = fieldById(l, fieldId);
			const ladder = hintLadder(l, f);
			return ladder.map((r, k) =>
				maskedRung(l, f, r.kind === 'text' ? r.text.en : r.text, k === ladder.length - 1, {}),
			);
		};

		it('update-positive-slope: after the rule, ∂E/∂w gets the numbers in, not the rule again', () => {
			expect(read('update-positive-slope', 'grad:E:w')).toEqual([
				'∂E/∂w: differentiate E = (w − 3)² by w, holding every other name still: ∂E/∂w = 2·(w − 3).',
				'∂E/∂w = 2·(w − 3) = 2·(5 − 3) = ?',
				'∂E/∂w = 4',
			]);
		});

		it('add-after-square: the slope of s² is told for ∂L/∂s only', () => {
			expect(read('add-after-square', 'grad:L:s').some(t => t.includes('slope of s²'))).toBe(true);
			for (const id of ['grad:L:a', 'grad:L:b'])
				expect(read('add-after-square', id).filter(t => t.includes('s²'))).toEqual([]);
		});

		it('network-hidden-paths: the E1 path’s ladder says nothing of the E2 path', () => {
			expect(read('network-hidden-paths', 'path:0').filter(t => /E2|Y2|w22/.test(t))).toEqual([]);
			expect(read('network-hidden-paths', 'path:1').some(t => t.startsWith('The E2 path'))).toBe(true);
		});

		it('gradcheck-cube: ∂f/∂x’s ladder says nothing of n, h or r', () => {
			expect(read('gradcheck-cube', 'grad:f:x').filter(t => /\b[nr]\b|2h/.test(t))).toEqual([]);
			expect(read('gradcheck-cube', 'grad:f:x').at(-2)).toBe('∂f/∂x = 3·x² = 3·2² = ?');
		});

		it('chain-cs231n-neuron and gradcheck-kink: no rung chains unknowns (`≈ ? ≈ ?`, `= ? = ?`)', () => {
			const ladders = [
				...['grad:f:s', 'grad:f:w0', 'grad:f:x0', 'grad:f:w2'].map(id => read('chain-cs231n-neuron', id)),
				...['grad:f:x', 'value:f:up', 'value:f:down', 'numeric:f:x'].map(id => read('gradcheck-kink', id)),
			];
			expect(ladders.flat().filter(t => /\?\s*[=≈]\s*\?/.test(t))).toEqual([]);
			// What each input of s does with ∂f/∂s is their ladders' to say.
			expect(read('chain-cs231n-neuron', 'grad:f:s').at(-2)).toBe('∂f/∂s ≈ 0.731·(1 − 0.731) ≈ ?.');
		});

		it('error: e’s ladder stops at e, and E’s never shows e = −0.2 before e is found', () => {
			expect(read('error', 'value:e').join(' ')).not.toMatch(/square|halve/);
			expect(read('error', 'value:E').slice(0, -1).join(' ')).not.toContain('0.2');
			const l = levelById('error');
			const E = fieldById(l, 'value:E');
			expect(maskedRung(l, E, E.work, true, {'value:e': true})).toBe('E = ½·e² = ½·(−0.2)² = 0.02');
		});

		it('network-forward: H1’s ladder never reads `h1 = ?` or `σ(?)`', () => {
			const ladder = read('network-forward', 'value:H1');
			expect(ladder.filter(t => t.includes('h1 = ?') || t.includes('σ(?)'))).toEqual([]);
		});

		it('network-update-w21: ∂E/∂w21 is written one way, the update’s field is not in its ladder', () => {
			const ladder = read('network-update-w21', 'grad:E:w21');
			expect(ladder.join(' ')).not.toMatch(/0\.082167|New w21|0\.4 −/);
			expect(ladder.at(-1)).toBe('∂E/∂w21 = 0.08217');
			expect(read('network-update-w21', 'update:w21').at(-2)).toBe('w21 − η·∂E/∂w21 = 0.4 − 0.5·∂E/∂w21 = ?');
		});
	});

	// Every ladder of every shipped and generated level: test/game/hint-ladders.test.ts.

	it('network-hidden-chain (level 20): each field’s ladder starts with its own rule, keeps its answer for the last rung, and says nothing twice', () => {
		const level = levelById('network-hidden-chain');
		const rules: Record<string, RegExp> = {
			'local:E1:Y1': /^E1 = ½\(Y1 − t1\)²/,
			'local:Y1:y1': /^Y1 = σ\(y1\)/,
			'local:y1:H1': /^y1 = w21·H1/,
			'local:H1:h1': /^H1 = σ\(h1\)/,
			'local:h1:w11': /^h1 = w11·x1/,
			'product:E1:w11': /^The chain rule along the path/,
		};
		for (const field of level.fields) {
			const ladder = texts(level, field);
			expect(ladder[0], field.id).toMatch(rules[field.id] ?? /^$/);
			expect(new Set(ladder).size, field.id).toBe(ladder.length);
			const shown = ladder.map((text, k) => maskedRung(level, field, text, k === ladder.length - 1, {}));
			const gives = (text: string) => numbersIn(text).some(({token}) => writesValue(token, field.expected));
			expect(shown.slice(0, -1).filter(gives), field.id).toEqual([]);
			expect(gives(shown.at(-1) ?? ''), field.id).toBe(true);
		}
		// The product's numbers are the factors' answers: named until found, then the learner's own.
		const product = fieldById(level, 'product:E1:w11');
		const setup = texts(level, product)[1] ?? '';
		expect(maskedRung(level, product, setup, false, {})).toContain('∂H1/∂h1');
		const solved = Object.fromEntries(level.fields.filter(f => f !== product).map(f => [f.id, true]));
		expect(maskedRung(level, product, setup, false, solved)).toBe(setup);
	});
});

describe('weight-update practice: each field its own ladder', () => {
	it.each(difficulties)(
		'difficulty %i: ∂E/∂w starts with how to differentiate E and never speaks of the step; the step ends with its value',
		difficulty => {
			for (const seed of [1, 2, 3, 4, 5]) {
				const level = generateLevel('weight-update', seed, 0, difficulty).level;
				const slope = fieldById(level, 'grad:E:w');
				const step = fieldById(level, 'update:w');
				const slopeLadder = texts(level, slope);
				expect(slopeLadder[0]).toMatch(/∂E\/∂w = (2\(w − c\)|e·x)|multiply them/);
				for (const rung of slopeLadder) expect(rung).not.toMatch(/η|new weight/);
				expect(slopeLadder.at(-1)).toContain(`= ${num(slope.expected)}`);
				const stepLadder = texts(level, step);
				expect(stepLadder[0]).toMatch(/^The new weight is w − η·∂E\/∂w/);
				expect(stepLadder.at(-1)).toMatch(new RegExp(`= ${num(step.expected).replace(/[.()]/g, '\\$&')}$`));
			}
		},
	);
});
