// Every hint ladder a player can climb, shipped and generated, read as the
// player reads it (masked, nothing found yet), in both languages: the first
// rung is about this field, the last gives its answer, no rung before gives
// it, no rung gives another field's answer, and no rung says what another did.
import {describe, expect, it} from 'vitest';
import {checkField} from '../../src/game/check.js';
import {namesOf, symbolsIn} from '../../src/game/field-symbols.js';
import {ruleRung} from '../../src/game/hint-rule.js';
import {type HintRung, hintKey, hintLadder, maskedRung, shownValues, writesValue} from '../../src/game/hints.js';
import {concepts} from '../../src/game/practice/concepts.js';
import {difficulties} from '../../src/game/practice/family.js';
import {generateLevel} from '../../src/game/practice/generate.js';
import type {Field} from '../../src/levels/answers.js';
import type {Level} from '../../src/levels/loader.js';
import {arithmeticIn} from '../support/hint-arithmetic.js';
import {fieldById, koreanLevels, levelById, shippedLevels} from '../support/levels.js';

const seeds = Number(process.env.PRACTICE_SEEDS ?? 100);
const languages = ['en', 'ko'] as const;

/**
 * Numbers as a hint writes them (not the digits of a name like x0 or H1, nor a coefficient like the 2 of 2b),
 * and whether each is what an equation comes to.
 */
function numbersIn(text: string) {
	return [
		...text.matchAll(/(?<![\p{L}_^\d.])[-−]?\d+(?:\.\d+)?(?:×10⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+|e[-−+]?\d+)?(?!\d|\.\d|[A-Za-zα-ω])/gu),
	].map(m => {
		const at = m.index ?? 0;
		const result = /[=≈]\s*$/u.test(text.slice(0, at)) && !/^\s*[·×*+\-−/^(]/u.test(text.slice(at + m[0].length));
		return {token: m[0], result, at};
	});
}

/** Whether a result ends an equation in a rule's own letters u and v, which the level does not use. */
function ruleResult(level: Level, text: string, at: number): boolean {
	const clause =
		text
			.slice(0, at)
			.split(/[,;:]\s|\band\b|이고/u)
			.at(-1) ?? '';
	return /∂[uv]\b/u.test(clause) && !['u', 'v'].some(name => level.graph?.byName.has(name));
}

/** Whether a result is a drawn node's own value, said as `name = value` with the name starting its equation. */
function drawnValue(level: Level, text: string, at: number, token: string): boolean {
	const m = /(?:^|[\s(,;:])(\p{L}[\p{L}\d_]*)\s*=\s*$/u.exec(text.slice(0, at));
	if (m === null || /[=≈⇒]\s*$/u.test(text.slice(0, m.index + 1))) return false;
	const name = m[1] ?? '';
	if (level.fields.some(f => f.role === 'value' && f.node === name)) return false;
	const node = level.graph?.byName.get(name);
	return node !== undefined && writesValue(token, node.value.data);
}

/** The blanks a masked rung leaves: each `?` that stands for a number, not a question's mark or a label's. */
const blanksIn = (level: Level, text: string) =>
	level.fields
		.reduce((t, f) => t.replaceAll(f.label, ' '), text)
		.replace(/(?<=\p{Script=Hangul})\?/gu, '')
		.split('?').length - 1;

/**
 * Ladders allowed more than 4 rungs, each for a reason: none yet. A grid or formula ladder that truly needs
 * a fifth rung goes here, named by level and field, with why.
 */
const longLadders: ReadonlyMap<string, string> = new Map();
const figures = (token: string) =>
	Math.max(
		1,
		token
			.replace(/^[-−]/, '')
			.replace(/[e×].*/, '')
			.replace('.', '')
			.replace(/^0+/, '').length,
	);

// Words that say nothing on their own, left out when two hints are compared.
const filler = new Set([
	'the',
	'and',
	'its',
	'this',
	'that',
	'then',
	'with',
	'from',
	'for',
	'each',
	'one',
	'are',
	'is',
]);

/** A hint's numbers in order, and its words (letters only, 3 or more, lower case, no filler). */
function gist(text: string) {
	const numbers = numbersIn(text).map(n => n.token.replace('−', '-'));
	const words = new Set((text.toLowerCase().match(/\p{L}{3,}|[+·×/=?]/gu) ?? []).filter(w => !filler.has(w)));
	return {
		normal: text
			.toLowerCase()
			.replace(/[\s.,;:!?]+/g, ' ')
			.trim(),
		numbers: numbers.sort().join(' '),
		words,
	};
}

/**
 * Whether a hint says again what another said: the same text once spacing and
 * punctuation are set aside, or the same numbers in largely the same words
 * (4 in 5 of the shorter one's words are in the other).
 */
function saysAgain(first: string, second: string): boolean {
	const a = gist(first);
	const b = gist(second);
	if (a.normal === b.normal) return true;
	if (a.numbers !== b.numbers) return false;
	const [few, many] = a.words.size <= b.words.size ? [a.words, b.words] : [b.words, a.words];
	// Too few words to be the same point in other words (`∂(x·y)/∂x = y` beside a sentence).
	if ([...few].filter(w => /\p{L}/u.test(w)).length < 3) return false;
	const shared = [...few].filter(w => many.has(w)).length;
	return shared / few.size >= 0.8;
}

/** Two values equal to 3 significant figures (0 only to 0). */
const sameTo3 = (a: number, b: number) =>
	Number.isFinite(a) &&
	Number.isFinite(b) &&
	(Math.abs(a) < 1e-12 || b === 0
		? Math.abs(a) < 1e-12 && b === 0
		: Number(a.toPrecision(3)) === Number(b.toPrecision(3)));

/** Whether a value worked out in full is one the checker takes for a field: its answer to 3 figures, or in its reach. */
const worksOut = (field: Field, value: number) =>
	sameTo3(value, field.expected) ||
	(field.cell === undefined &&
		field.formula === undefined &&
		field.choice === undefined &&
		checkField(field, {value, figures: undefined}).kind === 'right');

/** The fields one ladder answers: a whole grid, or the one field. */
const ownFields = (level: Level, field: Field) => level.fields.filter(g => hintKey(g) === hintKey(field));

/** The fields a field's working is made of: a product's local slopes, a total's paths, any field the text names. */
const factorsOf = (level: Level, field: Field, text: string) =>
	level.fields.filter(
		g =>
			(field.role === 'product' && g.role === 'local') ||
			(field.role === 'total' && g.role === 'path') ||
			(g.label !== field.label && text.includes(g.label)),
	);

/** What is wrong with one ladder as the player reads it; empty when nothing is. */
function ladderProblems(level: Level, field: Field): string[] {
	const ladder = hintLadder(level, field);
	const own = ownFields(level, field);
	const shown = shownValues(level);
	const problems: string[] = [];
	if (ladder.length === 0) return ['no hints'];
	for (const lang of languages) {
		const read = ladder.map((rung, k) =>
			maskedRung(level, field, rung.kind === 'text' ? rung.text[lang] : rung.text, k === ladder.length - 1, {}),
		);
		// No rung reads as nothing but `?` once what it would give away is masked: a star spent on nothing.
		read.forEach((text, k) => {
			const bare = text.replaceAll('?', '').replace(/입니다|이다/g, '');
			if (!/[\p{L}\d]/u.test(bare)) problems.push(`${lang}: hint ${k + 1} reads as nothing: ${text}`);
		});
		// No rung says what another said, in the same words or largely the same.
		for (let a = 0; a < read.length; a++)
			for (let b = a + 1; b < read.length; b++)
				// The last rung gives the answer, which the rule may spell in the same words: it only may not be a copy.
				if (
					b === read.length - 1
						? gist(read[a] ?? '').normal === gist(read[b] ?? '').normal
						: saysAgain(read[a] ?? '', read[b] ?? '')
				)
					problems.push(`${lang}: hint ${b + 1} says what hint ${a + 1} said: ${read[a]} | ${read[b]}`);
		read.forEach((text, k) => {
			const last = k === read.length - 1;
			for (const {token, result, at} of numbersIn(text)) {
				// A general rule's own number (`∂(u + v)/∂u = 1`) and a drawn node's value (`y = −2`) are no answer.
				if (result && (ruleResult(level, text, at) || drawnValue(level, text, at, token))) continue;
				const onScreen = shown.some(v => writesValue(token, v));
				const small = figures(token) < 3;
				// Its own answer only on the last rung: what an equation comes to, or a number the screen does not show.
				const mine = own.some(g => !(small && g.cell !== undefined) && writesValue(token, g.expected));
				if (!last && mine && (result || (!small && !onScreen)))
					problems.push(`${lang} hint ${k + 1} gives its own answer (${token}): ${text}`);
				if (mine || onScreen || (small && !result)) continue;
				const other = level.fields.find(
					g => !own.includes(g) && !(small && g.cell !== undefined) && writesValue(token, g.expected),
				);
				if (other !== undefined) problems.push(`${lang} hint ${k + 1} gives ${other.label} (${token}): ${text}`);
			}
			// Nor as arithmetic still to work out: `(−2.6)·0` is ∂f/∂x = 0 without its number, and a sum of rounded
			// numbers that the checker would take for another field (`0.000668 + (−0.000230)`) gives it as well.
			for (const {written, value} of arithmeticIn(text)) {
				// A factor of the working toward this field's answer, at any figures (the 8 of `8·1·2`), that is the answer
				// of a field it is worked from, still to find and not on screen, gives that field away as its result would.
				// (Worked from: a product's slopes, a total's paths, a field the rung names; not the 2 of `2·b` beside ∂a/∂x = 2.)
				if (own.some(g => worksOut(g, value)))
					for (const {token} of numbersIn(written)) {
						if (shown.some(v => writesValue(token, v))) continue;
						const other = factorsOf(level, field, text).find(
							g => !own.includes(g) && g.cell === undefined && figures(token) < 3 && writesValue(token, g.expected),
						);
						if (other !== undefined)
							problems.push(`${lang} hint ${k + 1} gives ${other.label} (${token}) as a factor: ${text}`);
					}
				if (own.some(g => worksOut(g, value)) || shown.some(v => sameTo3(value, v))) continue;
				const other = level.fields.find(g => !own.includes(g) && worksOut(g, value));
				if (other !== undefined) problems.push(`${lang} hint ${k + 1} works out ${other.label} (${written}): ${text}`);
			}
		});
		// General to specific: no rung leaves more of the arithmetic toward this field's answer than one before it
		// (`2·3 + 1 = ?` after `6 + 1`); it would say less than that one did.
		if (field.cell === undefined) {
			let fewest: {k: number; left: number} | undefined;
			read.slice(0, -1).forEach((text, k) => {
				const lefts = arithmeticIn(text)
					.filter(({value}) => worksOut(field, value))
					.map(({written}) => (written.match(/[·×*/+]|(?<=[\d)]\s*)[-−]/g) ?? []).length);
				if (lefts.length === 0) return;
				const left = Math.min(...lefts);
				if (fewest !== undefined && left >= fewest.left)
					problems.push(
						`${lang}: hint ${k + 1} leaves ${left} operations, hint ${fewest.k + 1} only ${fewest.left}: ${text}`,
					);
				if (fewest === undefined || left < fewest.left) fewest = {k, left};
			});
		}
		// The last rung gives the answer: every cell of a grid in order, the formula or word, or the number.
		const lastText = read.at(-1) ?? '';
		if (field.cell !== undefined) {
			const tokens = numbersIn(lastText).map(n => n.token);
			const cells = own;
			let at = 0;
			for (const cell of cells) {
				while (at < tokens.length && !writesValue(tokens[at] ?? '', cell.expected)) at++;
				if (at >= tokens.length) {
					problems.push(`${lang}: the last rung does not give ${cell.label}: ${lastText}`);
					break;
				}
				at++;
			}
		} else if (field.formula !== undefined || field.choice !== undefined) {
			const answer = field.work.split('⇒').at(-1)?.split(' = ').at(-1)?.trim() ?? '';
			if (!lastText.includes(answer)) problems.push(`${lang}: the last rung does not give ${answer}: ${lastText}`);
		} else if (!numbersIn(lastText).some(n => writesValue(n.token, field.expected)))
			problems.push(`${lang}: the last rung does not give the answer ${field.expected}: ${lastText}`);
	}
	// At most 4 rungs: a hint costs a star, and a ladder longer than that repeats itself or gives other fields' work.
	if (ladder.length > 4 && !longLadders.has(`${level.id} ${hintKey(field)}`))
		problems.push(`${ladder.length} rungs, more than 4`);
	for (const lang of languages)
		ladder.forEach((rung, k) => {
			const last = k === ladder.length - 1;
			const text = maskedRung(level, field, rung.kind === 'text' ? rung.text[lang] : rung.text, last, {});
			// Nothing solved yet: a rung of two or more blanks (`∂L/∂a = ? and ∂a/∂z = ?`) is a template, not a hint.
			if (blanksIn(level, text) >= 2) problems.push(`${lang} hint ${k + 1} has blanks in a row: ${text}`);
			// A Korean sentence whose result is hidden is a task (`…을 계산하세요.`, `…는 얼마일까요?`), not a blank to fill in.
			if (lang === 'ko' && /\p{Script=Hangul}/u.test(text)) {
				if (/\?(입니다|이고|이므로)/u.test(text)) problems.push(`ko hint ${k + 1} is a blank to fill in: ${text}`);
				if (/[=≈]\s*\?(?!\s*\.?\s*$)/u.test(text)) problems.push(`ko hint ${k + 1} leaves = ? mid-sentence: ${text}`);
			}
			// `∂L/∂p = ?` before the last rung says only that this field has an answer: the rung is another field's.
			const label = field.cell?.grid.label ?? field.label;
			if (!last && new RegExp(`(?<![\\p{L}\\d∂/])${literal(label)}\\s*[=≈]\\s*\\?`, 'u').test(text))
				problems.push(`${lang} hint ${k + 1} states ${label} as a blank: ${text}`);
		});
	problems.push(...structureProblems(level, field, ladder));
	problems.push(...otherFieldProblems(level, field, ladder));
	// The first rung is about this field: its label, or the step it is worked from.
	const first = ladder[0];
	// In the words of the language the level's names are in: a level built with Korean labels is read in Korean.
	const firstText =
		first === undefined ? '' : first.kind === 'text' ? first.text[level.labelledIn ?? 'en'] : first.text;
	const label = field.cell?.grid.label ?? field.label;
	const step = field.work.split('⇒')[0]?.split(' = ').slice(0, 2).join(' = ').trim() ?? '';
	if (!firstText.includes(label) && !firstText.includes(step))
		problems.push(`hint 1 is not about ${label}: ${firstText}`);
	return problems;
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a field's own texts speak of: its label, its worked step, the rule said for it; a product's factors' too, a total's paths'. */
function ownSymbols(level: Level, field: Field, names: ReadonlySet<string>): Set<string> {
	const parts = level.fields.filter(
		g =>
			hintKey(g) === hintKey(field) ||
			(field.role === 'product' && g.role === 'local') ||
			(field.role === 'total' && g.role === 'path'),
	);
	const texts = parts.flatMap(g => [g.label, g.work, ruleRung(level, g)?.en ?? '']);
	return symbolsIn(texts.join(' \n '), names, true);
}

/** A level's names and each field's own symbols, once per level. */
const symbolsSeen = new WeakMap<Level, {names: Set<string>; symbols: Map<string, Set<string>>}>();
function symbolsOf(level: Level) {
	const seen = symbolsSeen.get(level);
	if (seen !== undefined) return seen;
	const names = namesOf(level);
	const found = {names, symbols: new Map(level.fields.map(g => [g.id, ownSymbols(level, g, names)]))};
	symbolsSeen.set(level, found);
	return found;
}

/**
 * Structure a ladder must keep, rung by rung: nothing about another field (a name only another field's
 * work uses), no chain of unknowns (`∂f/∂s ≈ ? ≈ ?` tells nothing), and no rung that says hint 1's rule again.
 */
function structureProblems(level: Level, field: Field, ladder: readonly HintRung[]): string[] {
	const problems: string[] = [];
	const {names, symbols} = symbolsOf(level);
	const own = symbols.get(field.id) ?? new Set();
	const others = new Set(
		level.fields.filter(g => hintKey(g) !== hintKey(field)).flatMap(g => [...(symbols.get(g.id) ?? [])]),
	);
	const texts = (rung: HintRung) => (rung.kind === 'text' ? [rung.text.en, rung.text.ko] : [rung.text]);
	ladder.forEach((rung, k) => {
		const english = texts(rung)[0] ?? '';
		const foreign = [...symbolsIn(english, names)].filter(s => others.has(s) && !own.has(s));
		if (foreign.length > 0) problems.push(`hint ${k + 1} speaks of ${foreign.join(', ')}, another field's: ${english}`);
		for (const text of texts(rung)) {
			const read = maskedRung(level, field, text, k === ladder.length - 1, {});
			if (/\?\s*[=≈]\s*\?/u.test(read)) problems.push(`hint ${k + 1} chains unknowns: ${read}`);
		}
	});
	// Hint 1 says the rule; a later rung that only says it again (`∂E/∂w = 2(w − 3).`) is a star for nothing.
	const squeeze = (text: string) => text.replace(/입니다|이다|[\s·*.,;:]/gu, '');
	const first = ladder[0];
	if (first !== undefined)
		ladder.slice(1, -1).forEach((rung, k) => {
			texts(rung).forEach((text, j) => {
				const rule = squeeze(texts(first)[j] ?? '');
				if (squeeze(text).length > 0 && rule.includes(squeeze(text)))
					problems.push(`hint ${k + 2} says hint 1's rule again: ${text}`);
			});
		});
	return problems;
}

/**
 * A ladder speaks of its own field only: no rung works another field out as an equation (`∂f/∂y = −4·1` in the
 * ladder of ∂f/∂x), nor hands its result on to another input (`and the same for y`, `for each input`).
 * A product's or total's ladder may write its factors and paths: they are its own working.
 */
function otherFieldProblems(level: Level, field: Field, ladder: readonly HintRung[]): string[] {
	const own = new Set(
		level.fields
			.filter(
				g =>
					hintKey(g) === hintKey(field) ||
					(field.role === 'product' && g.role === 'local') ||
					(field.role === 'total' && g.role === 'path'),
			)
			.map(g => g.cell?.grid.label ?? g.label),
	);
	// Scalar fields: a grid's rule is shared working (`∂L/∂W = Xᵀ·∂L/∂P` carries ∂L/∂P's ÷N along).
	const others = [...new Set(level.fields.filter(g => g.cell === undefined).map(g => g.label))].filter(
		label => !own.has(label) && /[∂→]/.test(label),
	);
	const problems: string[] = [];
	ladder.forEach((rung, k) => {
		const text = rung.kind === 'text' ? rung.text.en : rung.text;
		// Its own label read first: ∂E/∂w inside `w − η·∂E/∂w = …` is the update's.
		const english = [...own].reduce((t, label) => t.replaceAll(label, '▪'), text);
		for (const label of others)
			if (new RegExp(`${literal(label)}\\s*=[^;,:]*\\d`).test(english))
				problems.push(`hint ${k + 1} works out ${label}, another field: ${english}`);
		if (/\bthe same for\b|\bfor (?:each|every) input\b/i.test(english))
			problems.push(`hint ${k + 1} hands its result to another field: ${english}`);
	});
	return problems;
}

/**
 * No rung before the last gives the answer by name: `∂z/∂x = w` (or `∂z/∂x: … so ∂z/∂x = w`) where w, on
 * the drawing, is the answer, as the weighted sum's and the multiply node's first rungs once did.
 */
function namedAnswerProblems(level: Level, name: string): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	for (const field of level.fields) {
		if (seen.has(hintKey(field)) || field.cell !== undefined || field.formula !== undefined) continue;
		seen.add(hintKey(field));
		// The label, =, then a name standing alone: not the start of a product, a call or a path (y→p→x).
		const equals = new RegExp(
			`${literal(field.label)}\\s*=\\s*(\\p{L}[\\p{L}\\p{N}_]*)(?![\\p{L}\\p{N}_(]|\\s*[·*/^+\\-−→])`,
			'gu',
		);
		const ladder = hintLadder(level, field);
		ladder.slice(0, -1).forEach((rung, k) => {
			for (const lang of languages) {
				const text = maskedRung(level, field, rung.kind === 'text' ? rung.text[lang] : rung.text, false, {});
				for (const [, named = ''] of text.matchAll(equals)) {
					const value = level.graph?.byName.get(named)?.value.data;
					if (value !== undefined && sameTo3(value, field.expected))
						problems.push(`${name} ${hintKey(field)}: ${lang} hint ${k + 1} gives its answer as ${named}: ${text}`);
				}
			}
		});
	}
	return problems;
}

/** Every ladder of a level once: a grid's cells share one. */
function ladderProblemsOf(level: Level, name: string): string[] {
	const seen = new Set<string>();
	const problems: string[] = [];
	for (const field of level.fields) {
		if (seen.has(hintKey(field))) continue;
		seen.add(hintKey(field));
		for (const problem of ladderProblems(level, field)) problems.push(`${name} ${hintKey(field)}: ${problem}`);
	}
	return problems;
}

describe('ladders that once spoke of another field', () => {
	const english = (level: Level, field: Field) =>
		hintLadder(level, field).map(rung => (rung.kind === 'text' ? rung.text.en : rung.text));

	it("the add node's local slopes: rule, how, answer, each for its own input", () => {
		const level = levelById('add-local');
		for (const [id, other] of [
			['grad:q:x', 'y'],
			['grad:q:y', 'x'],
		] as const) {
			const ladder = english(level, fieldById(level, id));
			expect(ladder).toHaveLength(3);
			// No rung says what the other input's slope is (`∂q/∂x = 1 + 0, and the same for y`).
			for (const text of ladder) expect(text).not.toMatch(new RegExp(`same for ${other}|∂q/∂${other}`));
		}
	});

	it('practice ∂z/∂x on a weighted sum: the rule, the sum with its numbers, then the answer', () => {
		const {level} = generateLevel('weighted-sum', 0, 0, 1);
		const field = fieldById(level, 'grad:z:x');
		const ladder = hintLadder(level, field).map((rung, k, all) =>
			maskedRung(level, field, rung.kind === 'text' ? rung.text.en : rung.text, k === all.length - 1, {}),
		);
		expect(ladder).toEqual([
			"∂z/∂x: in z = w·x + b, x is one factor of the product w·x, and a product's slope for one factor is the other: ∂(u·v)/∂u = v. The other terms do not move with x.",
			"With this level's numbers, z = 3·4 + 2: x is the second factor of 3·4, so ∂z/∂x is its first factor, ?",
			'∂z/∂x = w = 3',
		]);
	});

	it('the batch level’s first hint for ∂L/∂Z says how to take Y off, which its introduction does not', () => {
		const level = levelById('softmax-batch');
		const [first] = english(level, fieldById(level, 'grad:L:Z[0,0]'));
		expect(first).toContain('take 1 off where Y has its 1');
		expect(level.spec.intro.en).not.toContain('take 1 off');
	});

	it('an upstream gradient is its own field: its ladder never gives the add node below it', () => {
		const level = levelById('add-pass-through');
		for (const text of english(level, fieldById(level, 'grad:f:q'))) expect(text).not.toMatch(/add node|∂q\/∂/);
		for (const [id, other] of [
			['grad:f:x', '∂f/∂y'],
			['grad:f:y', '∂f/∂x'],
		] as const)
			for (const text of english(level, fieldById(level, id))) expect(text).not.toContain(other);
	});
});

/**
 * A ladder whose answer takes working out (a grid, a formula) climbs from the rule through a middle rung,
 * the step set up in its names or with its numbers in, before the answer: never the rule straight to it.
 */
function middleRungProblems(level: Level, name: string): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	for (const field of level.fields) {
		if (seen.has(hintKey(field)) || (field.cell === undefined && field.formula === undefined)) continue;
		if (field.cell?.grid.kind === 'shape') continue;
		seen.add(hintKey(field));
		const ladder = hintLadder(level, field);
		if (ladder.length < 3)
			problems.push(`${name} ${hintKey(field)}: the rule goes straight to the answer (${ladder.length} rungs)`);
	}
	return problems;
}

describe('hint ladders, as the player reads them', () => {
	it('every shipped grid and formula ladder has a middle rung between the rule and the answer', () => {
		expect(shippedLevels.flatMap(level => middleRungProblems(level, level.id))).toEqual([]);
	});

	it('every shipped level, every field, in English and Korean', () => {
		// The Korean game's build too: a level with labels is built again in them.
		const labelled = koreanLevels.filter(level => level.labelledIn !== undefined);
		const problems = [...shippedLevels, ...labelled].flatMap(level => ladderProblemsOf(level, level.id));
		expect(problems).toEqual([]);
	});

	// A few thousand levels built and read: seconds alone, but a busy shared machine can take four times as long.
	it.each(concepts)(
		`practice %s: ${seeds} seeds at every step`,
		concept => {
			const problems: string[] = [];
			for (let seed = 0; seed < seeds && problems.length < 10; seed++)
				for (const difficulty of difficulties) {
					const level = generateLevel(concept, seed, 0, difficulty).level;
					const name = `seed ${seed} step ${difficulty}`;
					problems.push(...ladderProblemsOf(level, name), ...namedAnswerProblems(level, name));
				}
			expect(problems.slice(0, 10)).toEqual([]);
		},
		80_000,
	);
});

describe('ladders that climb, as first read with nothing found', () => {
	const read = (level: Level, field: Field, lang: 'en' | 'ko' = 'en') => {
		const ladder = hintLadder(level, field);
		return ladder.map((rung, k) =>
			maskedRung(level, field, rung.kind === 'text' ? rung.text[lang] : rung.text, k === ladder.length - 1, {}),
		);
	};

	it("a chain's product: which factors along which path, your answers multiplied, the answer; no factor's rule", () => {
		for (const [id, field, rule] of [
			['chain-three-links', 'product:c:x', '∂(b²)/∂b'],
			['chain-sigmoid-neuron', 'product:L:w', 'a − t'],
			['chain-tanh-neuron', 'product:L:w', 'a − t'],
			['network-output-weight', 'product:E1:w21', 'Y1 − t1'],
		] as const) {
			const level = levelById(id);
			const product = fieldById(level, field);
			for (const lang of languages) {
				const rungs = read(level, product, lang);
				expect(rungs.length).toBeLessThanOrEqual(4);
				expect(rungs[0]).toMatch(/→.*→/);
				for (const text of rungs) expect(text).not.toContain(rule);
				expect(rungs.at(-1)).toMatch(new RegExp(`^${literal(product.label)} = `));
				expect(rungs.at(-2)).toMatch(new RegExp(`^${literal(product.label)} = .* = \\?$`));
			}
		}
		// The network's product reads its factors once: `∂E1/∂w21 = ∂E1/∂Y1·∂Y1/∂y1·0.5933`, not the factors twice over.
		const level = levelById('network-output-weight');
		expect(read(level, fieldById(level, 'product:E1:w21')).at(-1)).toBe('∂E1/∂w21 = ∂E1/∂Y1·∂Y1/∂y1·0.5933 = 0.08217');
	});

	it("a product's or total's factors read as their labels until found, at any figures; then as numbers", () => {
		for (const [id, field, factors, nothing, found] of [
			[
				'chain-three-links',
				'product:c:x',
				['local:c:b', 'local:b:a', 'local:a:x'],
				'∂c/∂x = ∂c/∂b·∂b/∂a·∂a/∂x = ?',
				'∂c/∂x = 8·1·2 = ?',
			],
			[
				'chain-sigmoid-neuron',
				'product:L:w',
				['local:L:a', 'local:a:z', 'local:z:w'],
				'∂L/∂w = ∂L/∂a·∂a/∂z·2 = ?',
				'∂L/∂w = (−0.5)·0.25·2 = ?',
			],
			// 6 is b on the drawing as well as y→a→x's answer: it stays.
			['paths-two-roads', 'total:y:x', ['path:0', 'path:1'], '∂y/∂x = 6 + y→b→x = ?', '∂y/∂x = 6 + 9 = ?'],
		] as const) {
			const level = levelById(id);
			const product = fieldById(level, field);
			const ladder = hintLadder(level, product);
			const setup = ladder.at(-2);
			expect(setup?.kind).toBe('math');
			const text = setup?.kind === 'math' ? setup.text : '';
			const solved = Object.fromEntries(factors.map(f => [fieldById(level, f).id, true]));
			for (const lang of languages) expect(read(level, product, lang).at(-2)).toBe(nothing);
			expect(maskedRung(level, product, text, false, solved)).toBe(found);
			// The answer rung too: the factors still to find are labels beside the result.
			const answer = ladder.at(-1);
			const last = answer?.kind === 'math' ? answer.text : '';
			expect(maskedRung(level, product, last, true, {})).toBe(nothing.replace('?', last.split(' = ').at(-1) ?? ''));
			expect(maskedRung(level, product, last, true, solved)).toBe(last);
		}
		// The 2 of `2·b` is the square's, not ∂a/∂x = 2: the slope ∂c/∂b is not worked from ∂a/∂x.
		const links = levelById('chain-three-links');
		expect(read(links, fieldById(links, 'local:c:b'))).toContain('∂c/∂b = 2·b = 2·4 = ?');
	});

	it('a Korean rung whose result is hidden reads as a task, with the right particle', () => {
		const error = levelById('error');
		expect(read(error, fieldById(error, 'value:e'), 'ko')[1]).toBe('e = 0.8 − 1을 계산하세요.');
		const max = levelById('max-routes');
		const x = fieldById(max, 'grad:f:x');
		expect(maskedRung(max, x, '∂m/∂y = 1, ∂m/∂x = 0입니다.', false, {})).toBe('∂m/∂y = 1, ∂m/∂x는 얼마일까요?');
		const rate = levelById('update-learning-rate');
		expect(read(rate, fieldById(rate, 'grad:E:w'), 'ko')[1]).toBe('기울기는 여전히 2(5 − 3)으로 계산합니다.');
	});

	it('no hint before the answer works out numbers the introduction already works', () => {
		const problems: string[] = [];
		for (const level of shippedLevels)
			for (const field of level.fields) {
				if (ownFields(level, field)[0] !== field) continue;
				read(level, field)
					.slice(0, -1)
					.forEach((text, k) => {
						for (const {written} of arithmeticIn(text))
							if (/[·+]/.test(written) && written.length > 8 && level.spec.intro.en.includes(written))
								problems.push(`${level.id} ${hintKey(field)} hint ${k + 1}: ${written}`);
					});
			}
		expect(problems).toEqual([]);
	});

	it('a rung written for the fields below never lands on the upper one', () => {
		const mul = levelById('mul-upstream');
		for (const text of read(mul, fieldById(mul, 'grad:L:p'))) expect(text).not.toContain('p = 2·(−3)');
		const apples = levelById('apple-shopping');
		for (const text of read(apples, fieldById(apples, 'grad:total:cost'))) expect(text).not.toContain('cost = 200');
		// c enters the add node: nothing in its ladder is about a or b, which enter the multiply node.
		const which = levelById('which-rule');
		for (const text of read(which, fieldById(which, 'grad:f:c')))
			expect(symbolsIn(text, new Set(['a', 'b']))).toEqual(new Set());
	});

	it("a general rule's numbers and a drawn node's value are never masked; a field's answer is", () => {
		const links = levelById('chain-three-links');
		const add = read(links, fieldById(links, 'local:b:a'));
		expect(add[0]).toContain('∂(u + v)/∂u = ∂(u + v)/∂v = 1');
		for (const text of add.slice(0, -1)) expect(text).not.toMatch(/∂b\/∂a = \?/);
		const swap = levelById('mul-swap');
		expect(read(swap, fieldById(swap, 'grad:z:x'))).toContain('x = 3 and y = −2; swap them.');
		// Each field's ladder states its own rule only: ∂z/∂x's never spells out ∂z/∂y's rule, nor the other way.
		expect(read(swap, fieldById(swap, 'grad:z:x')).join(' ')).not.toContain('/∂y =');
		expect(read(swap, fieldById(swap, 'grad:z:y')).join(' ')).not.toContain('/∂x =');
		const pass = levelById('add-pass-through');
		const upstream = fieldById(pass, 'grad:f:q');
		expect(maskedRung(pass, upstream, 'z = −4, so ∂f/∂q = −4.', false, {})).toBe('z = −4, so ∂f/∂q = ?.');
		expect(maskedRung(pass, upstream, '∂f/∂q = z = −4', false, {})).toBe('∂f/∂q = z = ?');
	});
});

describe('a factor the learner has found', () => {
	it('shows as their number in a later hint, even where it equals the answer being worked out', () => {
		const neuron = levelById('chain-cs231n-neuron');
		const w2 = fieldById(neuron, 'grad:f:w2');
		const ladder = hintLadder(neuron, w2);
		for (const lang of ['en', 'ko'] as const) {
			const read = ladder.map((rung, k) =>
				maskedRung(neuron, w2, rung.kind === 'text' ? rung.text[lang] : rung.text, k === ladder.length - 1, {
					'grad:f:s': true,
				}),
			);
			// ∂f/∂s = 0.1966 is typed and right: the product rung multiplies it by 1, not `?·1`.
			const product = read.slice(0, -1).find(text => text.includes('·1'));
			expect(product).toMatch(/0\.19\d*·1/);
			expect(read.slice(0, -1).join(' ')).not.toContain('?·1');
		}
	});
});
