import {displayWidth} from './text-width.js';

/** Stands for a space inside a formula while text is wrapped; the wrapper breaks only at plain spaces. */
export const formulaSpace = '\u00a0';

/** Words that join what stands either side of them into one formula: `x + y`, `E = ½·e²`, `w ← w − η·g`. */
const operatorWords = new Set([
	'+',
	'−',
	'-',
	'±',
	'·',
	'×',
	'÷',
	'/',
	'=',
	'≈',
	'≠',
	'<',
	'>',
	'≤',
	'≥',
	'←',
	'→',
	'⊙',
]);

/** A word ending in one of these still has its formula to come: `2·`, `z=`. */
const openEnd = /[+−·×÷=≈≠<>≤≥←→]$/u;

/** A word starting with one of these continues the formula before it: `)·z`, `]`, `+b`, `·x`. */
const closedStart = /^[)\]}+·×÷=≈≠≤≥←→]/u;

/**
 * A key named before its label: `h:`, `(h:`, `y(ㅛ):`, `Esc:`, `Enter:`. A key and its label are one
 * unit, so `(h:` never ends a line with `힌트)` on the next.
 */
const keyWord = /^\(?(?:[A-Za-z?+−-]|[A-Za-z]\([\u3131-\u318e]\)|Enter|Esc|Tab|PgUp|PgDn|Home|End)\)?:$/u;

/** An arrow key standing alone before what it does (`↑ ↓로 넘기기`, `↓ 2줄 더`): kept with the next word. */
const arrowKey = /^[↑↓]$/u;

/** Two keys for one action: `n or Esc:`, `n(ㅜ)이나 Esc:`, kept together with the label after them. */
function joinsKeys(word: string, next: string, after: string | undefined): boolean {
	if (!keyWord.test(next) && !(next === 'or' && after !== undefined && keyWord.test(after))) return false;
	return word === 'or' || /^[A-Za-z](?:\([\u3131-\u318e]\))?(?:이나|나)?$/u.test(word);
}

/** A label runs to a `·` between keys, and is kept whole up to this many words. */
const labelWords = 3;

/**
 * The text with every space inside a formula replaced by `formulaSpace`, so a
 * word-wrapper keeps `q = x + y에서` or `E = ½·(w − 3)²` on one line. A space is
 * inside a formula when an operator stands beside it or a bracket opened inside
 * a word (`σ(w, b)`, `[2, 3]`) is still open. A formula wider than `width`
 * cannot fit on one line: it breaks before its `=` signs, and only a part still
 * too wide breaks at its other spaces.
 */
export function keepFormulasTogether(text: string, width: number): string {
	const words = text.split(' ');
	if (words.length < 2) return text;
	const units: string[][] = [];
	let unit: string[] = [];
	let depth = 0;
	// Words of a key's label still to keep with it; once a key is named, ` · ` separates keys, not factors.
	let label = 0;
	let keysNamed = false;
	for (const [i, word] of words.entries()) {
		unit.push(word);
		depth = depthAfter(word, depth);
		label = keyWord.test(word) ? labelWords : Math.max(0, label - 1);
		keysNamed ||= label > 0;
		const next = words[i + 1];
		if (next === undefined) break;
		// The `·` stays at the end of a line, the next key starts the next.
		const betweenKeys = keysNamed && depth === 0 && word === '·';
		if (next === '·') label = 0;
		else if (/[.)]$/u.test(next)) label = Math.min(label, 1);
		const keys = label > 0 || arrowKey.test(word) || joinsKeys(word, next, words[i + 2]);
		if (betweenKeys || !(gluedBetween(word, next, depth) || keys)) {
			units.push(unit);
			unit = [];
		}
	}
	units.push(unit);
	return units.map(u => joinUnit(u, width)).join(' ');
}

function gluedBetween(word: string, next: string, depth: number): boolean {
	if (word === '' || next === '') return false;
	return (
		depth > 0 || operatorWords.has(word) || operatorWords.has(next) || openEnd.test(word) || closedStart.test(next)
	);
}

/**
 * Brackets that group maths: `[` anywhere, `(` where it follows a symbol or a letter (`σ(`, `½·(`),
 * not prose's "(the …)" or Korean's "입니다(…)".
 */
function depthAfter(word: string, before: number): number {
	let depth = before;
	let prose = 0;
	const chars = [...word];
	for (const [i, ch] of chars.entries()) {
		if (ch === '[' || (ch === '(' && i > 0 && !hangul.test(chars[i - 1] ?? ''))) depth++;
		else if (ch === '(') prose++;
		else if (ch === ')' && prose > 0) prose--;
		else if ((ch === ']' || ch === ')') && depth > 0) depth--;
	}
	return depth;
}

/** Signs that state a relation; a formula too wide for a line breaks before one, as printed maths does. */
const relations = new Set(['=', '≈', '≠', '<', '>', '≤', '≥', '←']);

function joinUnit(unit: readonly string[], width: number): string {
	if (fits(unit, width)) return unit.join(formulaSpace);
	const pieces: string[][] = [];
	for (const word of unit) {
		const last = pieces.at(-1);
		if (last === undefined || relations.has(word)) pieces.push([word]);
		else last.push(word);
	}
	return pieces.map(piece => piece.join(fits(piece, width) ? formulaSpace : ' ')).join(' ');
}

const hangul = /\p{Script=Hangul}/u;

const fits = (words: readonly string[], width: number) => displayWidth(words.join(' ')) <= width;
