// A wrapped line never breaks inside a formula: "q = x +" / "y에서" reads as two sentences.
import {describe, expect, it} from 'vitest';
import {languages} from '../../src/levels/language.js';
import {messages} from '../../src/ui/strings.js';
import {displayWidth} from '../../src/ui/text-width.js';
import {wrapLines} from '../../src/ui/text-wrap.js';
import {levelTexts} from '../support/level-texts.js';
import {shippedLevels} from '../support/levels.js';

/** A line that ends inside a formula, or a line that starts in the middle of one. */
const endsInFormula = /[+−·=←×]$/u;
const startsInFormula = /^(?:[)\]]|[+·=←×]|−\s)/u;

const operator = /^[+−·=←×≈<>≤≥→]$/u;

/** Two neighbouring words of one formula: an operator between them, or one leaning on the other (`2·` `x`, `)` …). */
const joined = (a: string, b: string) =>
	operator.test(a) || operator.test(b) || /[+−·=←×]$/u.test(a) || /^[)\]+·=←×]/u.test(b);

const brackets = (word: string) => (word.match(/\[/g) ?? []).length - (word.match(/]/g) ?? []).length;

/** How wide the formula is that runs across the break between two lines. */
function formulaAcross(line: string, next: string): string {
	const before = line.split(' ');
	const after = next.split(' ');
	let start = before.length - 1;
	while (start > 0 && joined(before[start - 1] ?? '', before[start] ?? '')) start--;
	// A row of numbers in brackets is one formula too: `= [0.18 −0.15; −0.15 0.23]`.
	let end = 0;
	let open = brackets(after[0] ?? '');
	while (end < after.length - 1 && (open > 0 || joined(after[end] ?? '', after[end + 1] ?? ''))) {
		end++;
		open += brackets(after[end] ?? '');
	}
	return [...before.slice(start), ...after.slice(0, end + 1)].join(' ');
}

/** Where wrapped lines break inside a formula that would have fit on one line, each as the two lines. */
function brokenFormulas(lines: readonly string[], width: number): string[] {
	return lines.flatMap((line, i) => {
		const next = lines[i + 1];
		if (next === undefined || !(endsInFormula.test(line) || startsInFormula.test(next))) return [];
		return displayWidth(formulaAcross(line, next)) > width ? [] : [`"${line}" / "${next}"`];
	});
}

/** Every text of every shipped level as the screens wrap it: alone, and after a label such as "Why:". */
function screenTexts(): [string, string][] {
	return shippedLevels.flatMap(level =>
		levelTexts(level).flatMap(([where, text]): [string, string][] => {
			const named: [string, string] = [`${level.id} ${where}`, text];
			const lang = languages.find(l => where.endsWith(`.${l}`));
			if (lang === undefined) return [named];
			const t = messages(lang);
			return [named, [`${named[0]} (labelled)`, `${t.explanation} ${text}`]];
		}),
	);
}

describe('formulas stay on one line', () => {
	it('in every shipped level text, both languages, at 80 columns and at the level screen width', () => {
		const found = screenTexts().flatMap(([where, text]) =>
			[78, 80].flatMap(width => brokenFormulas(wrapLines(text, width), width).map(b => `${where} at ${width}: ${b}`)),
		);
		expect(found).toEqual([]);
	}, 60_000);

	it('moves a whole formula to the next line instead of splitting it', () => {
		expect(wrapLines('The chain rule gives q = x + y에서 the rest', 24)).toEqual([
			'The chain rule gives',
			'q = x + y에서 the rest',
		]);
		expect(wrapLines('so the error is E = ½·(w − 3)² here', 22)).toEqual(['so the error is', 'E = ½·(w − 3)² here']);
	});

	it('keeps a call or a row of numbers together', () => {
		expect(wrapLines('the slope of max(x, y) goes', 16)).toEqual(['the slope of', 'max(x, y) goes']);
		expect(wrapLines('the first row is [2, 3] here', 20)).toEqual(['the first row is', '[2, 3] here']);
	});

	it('breaks prose in brackets as prose', () => {
		expect(wrapLines('a note (the classic CS231n example) here', 20)).toEqual([
			'a note (the classic',
			'CS231n example) here',
		]);
	});

	it('breaks a formula wider than the line at its spaces, never inside a number', () => {
		const lines = wrapLines('a = 0.000668 + 0.000231 + 0.000112 + 0.000101', 20);
		expect(lines.every(line => line.length <= 20)).toBe(true);
		expect(lines.join(' ')).toBe('a = 0.000668 + 0.000231 + 0.000112 + 0.000101');
	});

	it('breaks a formula wider than the line before its = signs', () => {
		expect(wrapLines('so ∂E/∂w = 0.7414·0.1868·0.4 = 0.0554 here', 20)).toEqual([
			'so ∂E/∂w',
			'= 0.7414·0.1868·0.4',
			'= 0.0554 here',
		]);
	});

	it('the check sees a formula broken where it would fit, and excuses one too wide for the line', () => {
		expect(brokenFormulas(['the sum q = x +', 'y in short'], 20)).toEqual(['"the sum q = x +" / "y in short"']);
		expect(brokenFormulas(['the sum', '= x + y'], 20)).toEqual(['"the sum" / "= x + y"']);
		expect(brokenFormulas(['so ∂E/∂w', '= 0.7414·0.1868·0.4'], 20)).toEqual([]);
	});
});
