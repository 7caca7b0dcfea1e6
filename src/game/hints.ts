// Hints belong to the field the player is stuck on. Each field has its own
// ladder: the level's hints for that field when it gives them (`fieldHints`);
// otherwise the level's hints that speak of this field or of no field at all
// (never one that only explains another field), then the field's own setup
// with the numbers in, then its worked step, both read off the engine.

import type {Field} from '../levels/answers.js';
import {matrixInWords, readWrittenNumber, writtenNumberPattern} from '../levels/format.js';
import type {Level} from '../levels/loader.js';
import type {Text} from '../levels/schema.js';
import {parseAnswer} from './answer.js';
import {checkField} from './check.js';
import {speaksOfAnotherField} from './field-symbols.js';
import {gridCells} from './grid.js';
import {hintKey} from './hint-key.js';
import {ruleRung} from './hint-rule.js';
import {slopeSetup} from './hint-setup.js';
import {josa} from './josa.js';

export {hintKey};

/** One rung: words in both languages, or maths that reads the same in every language. */
export type HintRung = {readonly kind: 'text'; readonly text: Text} | {readonly kind: 'math'; readonly text: string};

/** The names by which a hint can speak of a field: its label, and for a product or total, its factors'. */
function namesOf(level: Level, field: Field): string[] {
	const names = [field.label];
	if (field.role === 'product') names.push(...level.fields.filter(f => f.role === 'local').map(f => f.label));
	if (field.role === 'total') names.push(...level.fields.filter(f => f.role === 'path').map(f => f.label));
	return names;
}

/** Whether an English hint speaks of a name: a gradient label anywhere, a plain name as a whole word. */
function mentions(text: string, name: string): boolean {
	if (/[∂→·−]/.test(name)) return text.includes(name);
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(^|[^\\w∂])${escaped}($|[^\\w])`).test(text);
}

/**
 * The level's hints that are about this field or about no field in particular:
 * never one that speaks of something only another field's work uses.
 */
function levelHintsFor(level: Level, field: Field): Text[] {
	return level.spec.hints.filter(hint => {
		if (speaksOfAnotherField(level, field, hint.en)) return false;
		// A hint that opens with a field's label (`E = ½·e²: …`) is that field's, whatever else it names.
		// A hint that states this field's answer outright (`∂L/∂p = 4 and p = …`) is written for the fields below it.
		if (statesValueOf(hint.en, field)) return false;
		const lead = level.fields.find(f => hint.en.startsWith(`${f.label} =`) || hint.en.startsWith(`${f.label}:`));
		if (lead !== undefined) return namesOf(level, field).includes(lead.label);
		const about = level.fields.filter(f => mentions(hint.en, f.label));
		if (about.length === 0) return true;
		// ∂E/∂w21 inside `w21 − η·∂E/∂w21 = …` is part of the update's label: that hint is the update's.
		return namesOf(level, field).some(name => {
			const longer = about.filter(f => f.label !== name && f.label.includes(name)).map(f => f.label);
			return mentions(
				longer.reduce((text, label) => text.replaceAll(label, ' '), hint.en),
				name,
			);
		});
	});
}

/** Whether a text writes a field's label equal to its answer, with nothing worked in between (`∂total/∂cost = 1.1`). */
function statesValueOf(text: string, field: Field): boolean {
	const at = text.indexOf(`${field.label} = `);
	if (at < 0 || /[\p{L}\d∂/]/u.test(text[at - 1] ?? '')) return false;
	const value = /^[-−]?\d+(?:\.\d+)?/.exec(text.slice(at + field.label.length + 3))?.[0];
	return value !== undefined && writesValue(value, field.expected);
}

/**
 * Whether a level hint states the rule for a field: it names the field and
 * holds no number but the 1s and 2s rules are written with (1 − σ, 2s), so it
 * says how, not how much (`f = q·z, so ∂f/∂q is the other input: z`).
 */
function statesRule(text: string, field: Field): boolean {
	if (!mentions(text, field.label)) return false;
	// A path's or a product's rule is its factors multiplied: `Path y→q→a: 1·c` gives numbers, not the rule.
	const factors = field.work.split(' = ')[0] ?? '';
	if (
		(field.role === 'path' || field.role === 'product') &&
		!text.replace(/\s/g, '').includes(factors.replace(/\s/g, ''))
	)
		return false;
	return [...text.matchAll(numberPattern)].every(m => {
		const before = text[(m.index ?? 0) - 1] ?? '';
		return /[\p{L}_^]/u.test(before) || /^[12]$/.test(m[0]);
	});
}

/** The worked step without its result: the numbers to use. Undefined when that says nothing. */
function setupOf(field: Field): string | undefined {
	const cut = field.work.lastIndexOf(' = ');
	if (cut <= 0) return undefined;
	const setup = field.work.slice(0, cut);
	// `∂f/∂m = z = ?` only says the rule again: the numbers to use are what this rung adds.
	if (!/(?<![\p{L}_^\d.])\d/u.test(setup)) return undefined;
	// `b = a + 1  ⇒  ∂b/∂a = ?` is the step and a blank: the rule rung has said the step already.
	if (setup.split('⇒').at(-1)?.trim() === field.label) return undefined;
	return /[=⇒]/.test(setup) ? `${setup} = ?` : undefined;
}

/**
 * The first cell of a grid whose worked step has numbers in, set up without its result
 * (`∂L/∂W2[1,1] = Σₖ Hᵀ[1,k]·∂L/∂P[k,1] = 2.5·1 + 0.5·(−1) = ?`): the same cell whichever one has the focus,
 * so every cell of the grid climbs one ladder. Undefined for a field that is not a cell, or a grid with none.
 */
function exampleCellSetup(level: Level, field: Field): string | undefined {
	if (field.cell === undefined || field.cell.grid.kind === 'shape') return undefined;
	const setups = gridCells(level.fields, field).flatMap(cell => setupOf(cell) ?? []);
	return setups.find(setup => !workedInIntro(level, setup)) ?? setups[0];
}

/** Whether the introduction already works a set-up's numbers (`For Y[1,1]: 1·1 + 2·0 + 0·1 + 1.`). */
function workedInIntro(level: Level, setup: string): boolean {
	return level.spec.intro.en.includes(setup.split(' = ').at(-2) ?? setup);
}

/** A field's set-up with its numbers in; for a cell the introduction works already, another cell's, which says something new. */
function ownSetup(level: Level, field: Field): string | undefined {
	const own = setupOf(field);
	if (own === undefined || field.cell === undefined || !workedInIntro(level, own)) return own;
	return exampleCellSetup(level, field);
}

/**
 * A grid's answer as one line, in each language's words for a matrix:
 * `∂L/∂X = rows (0.5, 1, −2) and (0.3, 0, 1)`, `∂L/∂X = 행 (0.5, 1, −2), (0.3, 0, 1)`.
 */
function gridAnswer(level: Level, field: Field): Text | undefined {
	const grid = field.cell?.grid;
	if (grid === undefined) return undefined;
	if (grid.kind === 'shape') return {en: grid.work, ko: grid.work};
	const cells = gridCells(level.fields, field);
	const rows = Array.from({length: grid.rows}, (_, row) => cells.filter(c => c.cell?.row === row).map(c => c.expected));
	return {en: `${grid.label} = ${matrixInWords(rows, 'en')}`, ko: `${grid.label} = ${matrixInWords(rows, 'ko')}`};
}

/** The last rung of a ladder: the whole grid for a cell of one, else the field's worked step. */
function answerRung(level: Level, field: Field): HintRung {
	if (field.cell?.grid.kind === 'shape') return {kind: 'math', text: field.cell.grid.work};
	const grid = gridAnswer(level, field);
	return grid === undefined ? {kind: 'math', text: field.work} : {kind: 'text', text: grid};
}

/** Whether a rung states the field's answer: the grid for a cell of one, else the value or formula its work ends with. */
function givesAnswer(level: Level, field: Field, rung: HintRung): boolean {
	const text = rung.kind === 'text' ? rung.text.en : rung.text;
	const answer = gridAnswer(level, field);
	if (answer !== undefined) return text.includes(answer.en);
	if (field.formula !== undefined || field.choice !== undefined) return text === field.work;
	return [...text.matchAll(numberPattern)].some(m => writesValue(m[0], field.expected));
}

/**
 * The ladder of hints for one field of a level, least to most specific: the
 * rule for this field first, the answer last. A ladder the level writes for a
 * field is its own, with the answer added when it stops short of it.
 */
export function hintLadder(level: Level, field: Field): readonly HintRung[] {
	// Levels never change once loaded, and the screen asks for the focused ladder on every frame.
	const known = laddersBuilt.get(level)?.get(field.id);
	if (known !== undefined) return known;
	const ladder = labelledLadder(level, field) ?? buildLadder(level, field);
	laddersBuilt.set(level, (laddersBuilt.get(level) ?? new Map()).set(field.id, ladder));
	return ladder;
}

const laddersBuilt = new WeakMap<Level, Map<string, readonly HintRung[]>>();

/**
 * The ladder of a level built with its nodes' labels: the rungs the level as written
 * keeps, each said again in this build's names. Which rungs a ladder keeps is judged
 * on the names as written, so a Korean player climbs the ladder an English one does.
 * Undefined when the level has no labels (or a rung can't be matched: then it is built as it is).
 */
function labelledLadder(level: Level, field: Field): HintRung[] | undefined {
	const written = level.asWritten;
	const same = written?.fields[level.fields.indexOf(field)];
	if (written === undefined || same === undefined) return undefined;
	const sources = (l: Level, f: Field): (HintRung | undefined)[] => {
		const text = (t: Text | undefined) => (t === undefined ? undefined : ({kind: 'text', text: t} as const));
		const math = (t: string | undefined) => (t === undefined ? undefined : ({kind: 'math', text: t} as const));
		return [
			text(ruleRung(l, f)),
			...l.spec.hints.map(text),
			...((l.spec.kind === 'lab' ? undefined : l.spec.fieldHints?.[hintKey(f)]) ?? []).map(text),
			math(f.cell?.grid.work),
			math(combinedSetup(f)),
			math(combinedAnswer(f)),
			math(setupOf(f)),
			math(ownSetup(l, f)),
			math(f.work),
			answerRung(l, f),
		];
	};
	const from = sources(written, same);
	const to = sources(level, field);
	const key = (rung: HintRung | undefined) =>
		rung === undefined
			? undefined
			: rung.kind === 'math'
				? `math ${rung.text}`
				: `text ${rung.text.en}\n${rung.text.ko}`;
	const fromKeys = from.map(key);
	const ladder: HintRung[] = [];
	for (const rung of buildLadder(written, same)) {
		const at = fromKeys.indexOf(key(rung));
		const said = to[at];
		if (said === undefined) return undefined;
		ladder.push(said);
	}
	return ladder;
}

/** Whether a field is worked from other fields' answers: a chain's product of its local slopes, or a sum of paths. */
const isCombined = (field: Field) => field.role === 'product' || field.role === 'total';

/**
 * A product's or a total's working with the learner's answers in, its result left to find
 * (`∂L/∂w = (−0.5)·0.25·2 = ?`): masked, each factor not yet found reads as its label.
 */
function combinedSetup(field: Field): string | undefined {
	const [, numbers] = parts(field.work);
	if (!isCombined(field) || numbers === undefined) return undefined;
	return `${field.label} = ${numbers} = ?`;
}

/** A product's or a total's answer, from its label through the answers it is made of. */
function combinedAnswer(field: Field): string | undefined {
	const [, numbers, result] = parts(field.work);
	if (!isCombined(field) || numbers === undefined || result === undefined) return undefined;
	return `${field.label} = ${numbers} = ${result}`;
}

const parts = (work: string) => work.split(' = ').map(p => p.trim());

/**
 * A product's or a total's ladder: which answers it combines and along which path (the rule),
 * the forward values the level gives when it gives them, those answers combined, the result.
 * The factors' own rules and numbers belong to the factors' ladders, so no level hint that
 * speaks of a slope or a path comes in.
 */
function combinedRungs(level: Level, field: Field): HintRung[] {
	const rungs: HintRung[] = [];
	const rule = ruleRung(level, field);
	if (rule !== undefined) rungs.push({kind: 'text', text: rule});
	const values = level.spec.hints.filter(hint => !/[∂→]/.test(hint.en) && hasNumber(hint.en));
	for (const hint of values.slice(0, 1)) rungs.push({kind: 'text', text: hint});
	const setup = combinedSetup(field);
	if (setup !== undefined) rungs.push({kind: 'math', text: setup});
	rungs.push({kind: 'math', text: combinedAnswer(field) ?? field.work});
	return rungs;
}

function buildLadder(level: Level, field: Field): HintRung[] {
	const authored = level.spec.kind === 'lab' ? undefined : level.spec.fieldHints?.[hintKey(field)];
	const rungs: HintRung[] = [];
	if (authored === undefined && isCombined(field)) rungs.push(...combinedRungs(level, field));
	else if (authored !== undefined) {
		rungs.push(...authored.map(text => ({kind: 'text', text}) as const));
		// A grid's rule alone would go straight to the whole grid: one cell set up with its numbers in comes between.
		const example = authored.length === 1 ? exampleCellSetup(level, field) : undefined;
		if (example !== undefined) rungs.push({kind: 'math', text: example});
	} else {
		const own = levelHintsFor(level, field);
		// The level's own words lead when its first hint here states this field's rule; else the rule, said for this field.
		const rule = own[0] !== undefined && statesRule(own[0].en, field) ? undefined : ruleRung(level, field);
		if (rule !== undefined) rungs.push({kind: 'text', text: rule});
		rungs.push(...own.map(text => ({kind: 'text', text}) as const));
		// A grid's rule comes before the worked cell, unless the first rung has said it.
		const grid = field.cell?.grid;
		if (grid !== undefined && grid.work !== grid.label && grid.work !== field.work && rule === undefined)
			rungs.push({kind: 'math', text: grid.work});
		// A slope whose worked step has no numbers in it gets them from the drawing.
		const setup = ownSetup(level, field) ?? slopeSetup(level, field);
		if (setup !== undefined) rungs.push({kind: 'math', text: setup});
		// A grid's ladder ends with the whole grid: one cell worked out before it would give that cell away.
		if (grid === undefined) rungs.push({kind: 'math', text: field.work});
	}
	const last = rungs.at(-1);
	if (last === undefined || !givesAnswer(level, field, last)) rungs.push(answerRung(level, field));
	// General to specific: a rung that leaves more of the arithmetic to do than one before it says less
	// (`z = w·x + b = 2·3 + 1 = ?` after `z = 6 + 1`), and so does the bare setup after numbers worked toward the answer.
	let closest: number | undefined;
	const ordered = rungs.filter((rung, k) => {
		if (k === rungs.length - 1) return true;
		const left = workLeft(field, rung.kind === 'text' ? rung.text.en : rung.text);
		if (closest !== undefined && (left === undefined ? rung.kind === 'math' : left >= closest)) return false;
		if (left !== undefined) closest = Math.min(closest ?? left, left);
		return true;
	});
	// A rung that says what an earlier one said, in any language, is a star spent on nothing.
	// Compared as the player first reads them, masked with nothing found yet.
	const read = (rung: HintRung, last: boolean) =>
		(rung.kind === 'text' ? Object.values(rung.text) : [rung.text]).map(text =>
			maskedRung(level, field, text, last, {}),
		);
	const kept: {rung: HintRung; texts: string[]}[] = [];
	for (const [k, rung] of ordered.entries()) {
		const last = k === ordered.length - 1;
		const texts = read(rung, last);
		// A level hint about another field (its product's numbers) can mask to a bare `?.` here: a star for nothing;
		// so can one whose every number is an answer still to find (`∂E/∂w = ?; the new w is ?.`).
		const raw = rung.kind === 'text' ? Object.values(rung.text) : [rung.text];
		// Two blanks or more (`∂L/∂a = ? and ∂a/∂z = ?`) read as a form to fill in, not a hint.
		// A product's factors multiplied stay even when every factor reads as its label: found, they are numbers again.
		const factorsLater = rung.kind === 'math' && rung.text === combinedSetup(field);
		const saysNothing = texts.some(
			(text, j) =>
				!/[\p{L}\d]/u.test(text.replaceAll('?', '')) ||
				(k > 0 && !factorsLater && hasNumber(raw[j] ?? '') && !hasNumber(text)) ||
				blanksIn(level, text) >= 2,
		);
		const first = kept[0]?.texts;
		const restatesRule = first !== undefined && texts.some((text, j) => saidWithin(text, first[j] ?? ''));
		if (last || (!saysNothing && !restatesRule && !kept.some(earlier => saysAgain(earlier.texts, texts))))
			kept.push({rung, texts});
	}
	// Each rung costs a star: past 4, the level's own middle hints give way, the most general first.
	const spare = (rung: HintRung) =>
		rung.kind === 'text' && level.spec.hints.includes(rung.text) && authored === undefined;
	while (kept.length > maxRungs) {
		const at = kept.findIndex((k, i) => i > 0 && i < kept.length - 1 && spare(k.rung));
		if (at < 0) break;
		kept.splice(at, 1);
	}
	return kept.map(k => k.rung);
}

/** The most rungs a ladder has: the rule, two steps toward the answer, the answer. */
const maxRungs = 4;

/** The blanks a rung as read leaves: each `?` standing for a number, not a question's mark or part of a label. */
function blanksIn(level: Level, text: string): number {
	const unlabelled = level.fields.reduce((t, f) => t.replaceAll(f.label, ' '), text);
	return unlabelled.replace(/(?<=\p{Script=Hangul})\?/gu, '').split('?').length - 1;
}

/**
 * How many operations a rung's arithmetic leaves before this field's answer
 * (`6 + 1` leaves 1, `2·3 + 1` leaves 2); undefined when none of it works the
 * answer out. A value the checker accepts counts, rounded factors and all.
 */
function workLeft(field: Field, text: string): number | undefined {
	if (field.cell !== undefined) return undefined;
	let fewest: number | undefined;
	for (const [run] of text.matchAll(arithmeticPattern)) {
		const value = arithmeticValue(run);
		if (value === undefined || !(sameTo3(value, field.expected) || accepts(field, value))) continue;
		const operations = run.match(/[·*/+×]|(?<=[\d)]\s*)[-−]/g)?.length ?? 0;
		fewest = Math.min(fewest ?? operations, operations);
	}
	return fewest;
}

/** Whether the checking rule takes a value worked out in full for a field: its reach, or its answer's 3 figures. */
const accepts = (field: Field, value: number) =>
	field.formula === undefined &&
	field.choice === undefined &&
	checkField(field, {value, figures: undefined}).kind === 'right';

/** Short words that carry no point of their own, left out when two rungs are compared. */
const fillerWords = new Set(['the', 'and', 'its', 'this', 'that', 'then', 'with', 'from', 'for', 'each', 'one', 'are']);

/** What a rung says, for comparing: its text squeezed, its numbers, its words (3 letters or more). */
function gistOf(text: string) {
	const squeezed = text
		.toLowerCase()
		.replace(/[\s.,;:!?]+/g, ' ')
		.trim();
	const numbers = [...text.matchAll(numberPattern)]
		.filter(m => !/[\p{L}_^\d.]/u.test(text[(m.index ?? 0) - 1] ?? ''))
		.map(m => m[0].replace('−', '-'))
		.sort();
	// Operators count as words: `a + b = ?` says something `multiply along each` did not.
	const words = new Set((squeezed.match(/\p{L}{3,}|[+·×/=?]/gu) ?? []).filter(w => !fillerWords.has(w)));
	return {squeezed, numbers: numbers.join(' '), words};
}

/**
 * Whether `later` says again what `earlier` said in some language: the same
 * text, or the same numbers in largely the same words (4 in 5 of the shorter
 * one's words are in the other). The last rung, the answer, always stays.
 */
function saysAgain(before: readonly string[], later: readonly string[]): boolean {
	return later.some((text, k) => {
		const a = gistOf(before[k] ?? before[0] ?? '');
		const b = gistOf(text);
		if (a.squeezed === b.squeezed) return true;
		if (a.numbers !== b.numbers) return false;
		const [few, many] = a.words.size <= b.words.size ? [a.words, b.words] : [b.words, a.words];
		// Too few words to be the same point in other words (`∂(x·y)/∂x = y` beside a sentence).
		if ([...few].filter(w => /\p{L}/u.test(w)).length < 3) return false;
		return [...few].filter(w => many.has(w)).length >= 0.8 * few.size;
	});
}

/** Whether a text writes a number: a digit that is not part of a name (the 1 of H1) or an exponent. */
const hasNumber = (text: string) => /(?<![\p{L}_^\d.])\d/u.test(text);

/** A text as maths compares it: no spaces, no multiplication dots, no closing punctuation or Korean copula. */
const squeezed = (text: string) => text.replace(/입니다|이다|[\s·*.,;:]/gu, '');

/** Whether a rung only says part of what the rule rung said (`∂E/∂w = 2(w − 3).` after `… ∂E/∂w = 2·(w − 3).`). */
const saidWithin = (text: string, rule: string) => squeezed(text).length > 0 && squeezed(rule).includes(squeezed(text));

/** Significant figures a number is written with: `0.24130` has 5, `-2` has 1. */
function writtenFigures(token: string): number {
	const digits = token
		.replace(/^[-−]/, '')
		.replace(/[e×].*$/iu, '')
		.replace('.', '');
	return Math.max(1, digits.replace(/^0+/, '').length);
}

/**
 * Whether a number as a hint writes it stands for `value`: equal once both are
 * rounded to the figures written, capped at 3 (0.197, 0.1966 and 0.19661 all
 * stand for 0.196611…), and the same sign.
 */
export function writesValue(token: string, value: number): boolean {
	const written = readWrittenNumber(token);
	if (!Number.isFinite(written) || !Number.isFinite(value)) return false;
	if (written === 0 || value === 0) return written === value;
	const writtenDigits = writtenFigures(token);
	// A number of 1 or 2 figures stands for a value only when it is the value (the 1 of an add node's slope is not 1.25).
	if (writtenDigits < 3) return Number(value.toPrecision(3)) === written;
	// The value rounded as the token is written (0.07115 for 0.0711457…), or both at 3 figures.
	if (Number(value.toPrecision(writtenDigits)) === written) return true;
	const figures = Math.min(3, writtenDigits);
	return Number(written.toPrecision(figures)) === Number(value.toPrecision(figures));
}

/** Numbers as hints write them: signed decimals, with a power of ten when there is one. */
const numberPattern = writtenNumberPattern;

/** Numbers a level shows beside its fields from the start: every node not asked as a value, and what it gives. */
export function shownValues(level: Level): number[] {
	const asked = new Set(level.fields.filter(f => f.role === 'value').map(f => f.node));
	const nodes = (level.graph?.nodes ?? []).filter(node => !asked.has(node.name)).map(node => node.value.data);
	// A matrix level draws the nodes in its view, entry by entry, unless one is asked for.
	const drawn = level.view
		.filter(name => !level.fields.some(f => f.role === 'value' && f.id.startsWith(`value:${name}`)))
		.flatMap(name => level.matrix?.byName.get(name)?.rows.flat() ?? []);
	return [...nodes, ...drawn, ...(level.given ?? []).map(g => g.value)];
}

/**
 * A rung as the player reads it: a number in it that stands for the answer of
 * another field still to find is written as that field's label instead, and
 * before the last rung, one that stands for this field's own answer as `?`:
 * a hint speaks of numbers on screen and answers already found, never gives
 * away one that is not. A number the screen shows anyway is left as it is.
 */
export function maskedRung(
	level: Level,
	field: Field,
	text: string,
	last: boolean,
	solved: Readonly<Record<string, boolean>>,
): string {
	const shown = shownValues(level);
	// A grid has one ladder: every cell of it is this ladder's own answer.
	const own = level.fields.filter(g => hintKey(g) === hintKey(field));
	const hidden = level.fields.filter(g => !own.includes(g) && solved[g.id] !== true && Number.isFinite(g.expected));
	// Arithmetic that works out another field still to find (`(−2.6)·0` for ∂f/∂x = 0) gives it away as its number would.
	const unworked = text.replace(arithmeticPattern, run => {
		const value = arithmeticValue(run);
		if (
			value === undefined ||
			own.some(g => sameTo3(value, g.expected) || (g.cell === undefined && accepts(g, value))) ||
			shown.some(v => sameTo3(value, v))
		)
			return run;
		// A sum of rounded numbers that misses another answer's 3 figures still gives it away when the checker takes it.
		return hidden.some(g => g.cell === undefined && (sameTo3(value, g.expected) || accepts(g, value))) ? '?' : run;
	});
	// Runs that work out this field's answer (`8·1·2` for ∂c/∂x = 16): their factors are the fields it is worked from.
	const ownRuns = [...unworked.matchAll(arithmeticPattern)]
		.filter(m => {
			const value = arithmeticValue(m[0]);
			return (
				value !== undefined && own.some(g => sameTo3(value, g.expected) || (g.cell === undefined && accepts(g, value)))
			);
		})
		.map(m => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
	const factors = hidden.filter(g => g.cell === undefined && isFactorOf(field, g, text));
	const named = new Set<string>();
	const masked = unworked.replace(numberPattern, (token, offset: number, whole: string) => {
		// Part of a name (x0, w21, H1) or of an exponent is not a number of its own, nor a coefficient (the 2 of 2b).
		const before = whole[offset - 1] ?? '';
		if (/[\p{L}_^]/u.test(before) || /[A-Za-zα-ω]/.test(whole[offset + token.length] ?? '')) return token;
		const result = isResult(whole, offset, token);
		// A general rule's number (`∂(u + v)/∂u = 1`) and a drawn node's value (`y = −2`) give nothing away.
		if (result && (isRuleResult(level, whole, offset) || isDrawnValue(level, whole, offset, token))) return token;
		const small = writtenFigures(token) < 3;
		// A node's value the drawing hides until it is found (e = −0.2) gives itself away at any figures.
		const hiddenValue = hidden.find(
			g => g.role === 'value' && g.node !== undefined && g.cell === undefined && writesExactly(token, g.expected),
		);
		if (small && !result && hiddenValue !== undefined && !shown.some(v => writesValue(token, v)))
			return hiddenValue.label.split(' = ')[0] ?? hiddenValue.label;
		// A small factor of this field's own working that is a field it is worked from, still to find, is that field:
		// `∂c/∂x = ∂c/∂b·∂b/∂a·∂a/∂x = ?`, not `8·1·2 = ?`. Once found, or when the drawing shows it, it is a number again.
		if (small && !result && ownRuns.some(([from, to]) => offset >= from && offset < to)) {
			const factor = factors.find(g => writesValue(token, g.expected) && !named.has(g.label));
			if (
				factor === undefined ||
				shown.some(v => writesValue(token, v)) ||
				level.fields.some(g => g !== field && solved[g.id] === true && writesValue(token, g.expected))
			)
				return token;
			named.add(factor.label);
			return factor.label;
		}
		// Fewer than 3 figures (the 1 of 1 − a², the 2 of ·2) tell no answer apart unless they are what an equation comes to.
		if (small && !result) return token;
		// A grid's small whole entries are everywhere in its working (N = 2, 1·1 + 0·(−1)): they give no cell away.
		const mine = own.filter(g => !(small && g.cell !== undefined) && writesValue(token, g.expected));
		// "∂f/∂q = −4" gives the answer even when −4 is on screen as z.
		if (mine.length > 0 && (result || !shown.some(v => writesValue(token, v)))) {
			if (last) return token;
			// A factor the learner has found (∂f/∂s = 0.197 in 0.197·1) is theirs to use, even where it equals this answer.
			if (
				!result &&
				level.fields.some(g => !own.includes(g) && solved[g.id] === true && writesValue(token, g.expected))
			)
				return token;
			// A factor that is another answer still to find as well (∂f/∂s in ∂f/∂s·1) is that answer's label, not a blank.
			const also = result
				? undefined
				: hidden.find(g => (g.cell === undefined || !small) && writesExactlyTo(token, g.expected));
			if (also === undefined) return '?';
			named.add(also.label);
			return also.label;
		}
		if (shown.some(v => writesValue(token, v))) return token;
		// An answer the learner has found is theirs to use, even where another field shares its value.
		if (level.fields.some(g => g !== field && solved[g.id] === true && writesValue(token, g.expected))) return token;
		const candidates = hidden.filter(g => !(small && g.cell !== undefined) && writesValue(token, g.expected));
		// 12.0001 is n, not ∂f/∂x = 12: the field the number stands for at every figure written comes first.
		const other =
			candidates.find(g => Number(g.expected.toPrecision(writtenFigures(token))) === readWrittenNumber(token)) ??
			candidates[0];
		if (other === undefined) return token;
		// What an equation comes to is only `?` (`∂m/∂x = ?`, not `∂m/∂x = ∂f/∂x`); inside a sum or product, the label.
		if (result) return '?';
		// A label that defines its name (`n = (f(x+h) − f(x−h))/2h`) is written as the name.
		named.add(other.label);
		return other.label.split(' = ')[0] ?? other.label;
	});
	// A negative factor written `(−0.54)` reads as its label alone: `∂L/∂a·2`, not `(∂L/∂a)·2`.
	const unbracketed = [...named]
		.filter(label => /[∂→]/.test(label))
		.reduce((text, label) => text.replaceAll(`(${label})`, label), masked);
	// A step whose number became a name can read `σ(h1) = σ(h1)`: one is enough.
	return asTask(unbracketed).replace(/(?<=^|= )([^=;:,]+?) = \1(?= =|$|[;,.])/gu, '$1');
}

/** Whether another field is one this field is worked from: a product's local slope, a total's path, or one its text names. */
function isFactorOf(field: Field, other: Field, text: string): boolean {
	if (field.role === 'product' && other.role === 'local') return true;
	if (field.role === 'total' && other.role === 'path') return true;
	return other.label !== field.label && text.includes(other.label);
}

/**
 * Arithmetic on numbers alone, as hints write a step still to work out:
 * `(−2.6)·0`, `0.92·(1 − 0.92)`, `1.1·1·100`, `2 × 3`. Not a part of one that reads a
 * name (`2·x`), not a shape (`3×2`), and not a matrix row, whose `2 −2` is two
 * entries: a minus between numbers has a space on both sides or on neither.
 */
const arithmeticPattern =
	/(?<![\p{L}\d._^∂]|[·*/^]\s*|[\p{L})∂]\s*[-−+]\s*)\(*[-−]?\d+(?:\.\d+)?\)*(?:(?:\s*[·*/+]\s*|\s+[-−×]\s+|[-−])\(*[-−]?\d+(?:\.\d+)?\)*)+(?![A-Za-zα-ωΑ-Ω\d(^²ᵀ]|\.\d|\s*[-−+·*/×]\s*[\d(A-Za-zα-ω∂]|\s*[·*/^]|\s*[-−+]\s*[(\p{L}∂])/gu;

/** The value of a run of arithmetic, its unmatched brackets at either end left off; undefined when it does not read. */
function arithmeticValue(run: string): number | undefined {
	let text = run.trim();
	const count = (c: string) => text.split(c).length - 1;
	while (count('(') > count(')') && text.startsWith('(')) text = text.slice(1);
	while (count(')') > count('(') && text.endsWith(')')) text = text.slice(0, -1);
	const parsed = parseAnswer(text);
	return parsed.ok ? parsed.value : undefined;
}

/** Whether a number is written as a value itself, not a rounding of it; never a whole number (0, the 1 of 1 − a), which every level writes. */
function writesExactly(token: string, value: number): boolean {
	const written = readWrittenNumber(token);
	return !Number.isInteger(written) && Math.abs(written - value) <= 1e-9 * Math.abs(value);
}

/** Equal to 3 significant figures; 0 only to 0. */
function sameTo3(a: number, b: number): boolean {
	if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
	if (Math.abs(a) < 1e-12 || b === 0) return Math.abs(a) < 1e-12 && b === 0;
	return Number(a.toPrecision(3)) === Number(b.toPrecision(3));
}

/** Whether a number is what an equation comes to: after = or ≈, with no operator after it. */
function isResult(whole: string, offset: number, token: string): boolean {
	const lead = /[=≈]\s*$/u.test(whole.slice(0, offset));
	const rest = whole.slice(offset + token.length);
	return lead && !/^\s*[·×*+\-−/^(]/u.test(rest);
}

/** Whether a number ends a general rule, written in the rule's own letters u and v (`∂(u + v)/∂u = 1`), not the level's. */
function isRuleResult(level: Level, whole: string, offset: number): boolean {
	const clause =
		whole
			.slice(0, offset)
			.split(/[,;:]\s|\band\b|이고/u)
			.at(-1) ?? '';
	const letters = [...clause.matchAll(/∂([uv])\b/gu)].map(m => m[1] ?? '');
	return letters.length > 0 && letters.every(letter => level.graph?.byName.get(letter) === undefined);
}

/**
 * Whether a number is the value of a node the drawing shows with it, said as `y = −2`:
 * the name starts its equation (`∂z/∂x = y = −2` is the field's answer, not the node's).
 */
function isDrawnValue(level: Level, whole: string, offset: number, token: string): boolean {
	const before = whole.slice(0, offset);
	const m = /(?<![\p{L}\d_∂/])(\p{L}[\p{L}\d_]*)\s*=\s*$/u.exec(before);
	if (m === null || /[=≈⇒]\s*$/u.test(before.slice(0, m.index))) return false;
	const name = m[1] ?? '';
	if (level.fields.some(f => f.role === 'value' && f.node === name)) return false;
	const node = level.graph?.byName.get(name);
	const given = level.given?.find(g => g.label === name);
	const value = node?.value.data ?? given?.value;
	return value !== undefined && writesValue(token, value);
}

/** Whether a number is written as a value to the figures it shows (0.1966 for 0.196611…), whole numbers included. */
function writesExactlyTo(token: string, value: number): boolean {
	return Number(value.toPrecision(writtenFigures(token))) === readWrittenNumber(token);
}

/**
 * A Korean sentence whose result is hidden reads as a task, never as a blank to fill in:
 * `e = 0.8 − 1 = ?입니다.` is `e = 0.8 − 1을 계산하세요.`, a bare name's `∂m/∂x = ?입니다.`
 * is `∂m/∂x는 얼마일까요?`, and a sentence with its own subject says how the value is worked
 * (`기울기는 여전히 2(5 − 3)으로 계산합니다.`). English keeps its `= ?`.
 */
function asTask(text: string): string {
	return text.replace(
		/((?:[^\s=≈,:;]|\s[-−+·×/]\s)+)\s*[=≈]\s*\?(입니다|이고|이므로|,)(\.?)/gu,
		(_, operand: string, ending: string, stop: string, at: number, whole: string) => {
			const worked = /\d/.test(operand) && /[-−+·×/²]/.test(operand);
			const sentence =
				whole
					.slice(0, at)
					.split(/[.:]\s/u)
					.at(-1) ?? '';
			if (worked && ending === '입니다' && /\p{Script=Hangul}/u.test(sentence))
				return `${josa(operand, '으로/로')} 계산합니다${stop}`;
			if (worked) {
				const verb = {입니다: '계산하세요', 이고: '계산하고', 이므로: '계산하면', ',': '계산하고,'}[ending];
				return `${josa(operand, '을/를')} ${verb ?? '계산하세요'}${stop}`;
			}
			if (ending === '입니다') return `${josa(operand, '은/는')} 얼마일까요?`;
			if (ending === '이므로') return `${josa(operand, '을/를')} 구하면`;
			return `${josa(operand, '이/가')} 얼마인지 구하고,`.replace(/,$/, ending === ',' ? ',' : '');
		},
	);
}
