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

describe('a key stays with its label', () => {
	/** A line ending on a key that names what it does on the next line: `(h:` / `힌트)`, `↑` / `↓로`. */
	const endsOnKey = /(?:^|\s)(?:\(?(?:[A-Za-z]|[A-Za-z]\([\u3131-\u318e]\)|Esc|Enter):|[↑↓]|or|이나)$/u;

	for (const lang of languages) {
		const t = messages(lang);
		const texts = [
			`${t.wrong('value', false)} ${t.hintKey}`,
			`${t.confirmSolutionDetail}   ${t.confirmSolutionKeys}`,
			`${t.confirmSolutionKept('★★')}   ${t.confirmSolutionKeys}`,
			`${t.confirmHintDetail}   ${t.confirmHintKeys}`,
			t.moreAnswerLines(2, 3),
		];
		it(`in the dialogs, the hint key and the more-lines note at every width from 24 to 120 (${lang})`, () => {
			for (const text of texts)
				for (let width = 24; width <= 120; width++) {
					const lines = wrapLines(text, width);
					const broken = lines.filter((line, i) => i < lines.length - 1 && endsOnKey.test(line));
					expect(broken, `${width}: ${lines.join(' / ')}`).toEqual([]);
				}
		});
	}

	it('keeps (h: 힌트), y(ㅛ): 보기 and n(ㅜ)이나 Esc: 계속 풀기 whole', () => {
		expect(wrapLines('가나다라 마바사아 자차카 (h: 힌트)', 24)).toEqual(['가나다라 마바사아 자차카', '(h: 힌트)']);
		expect(wrapLines('1개입니다.   y(ㅛ): 보기 · n(ㅜ)이나 Esc: 계속 풀기', 30)).toEqual([
			'1개입니다.   y(ㅛ): 보기 ·',
			'n(ㅜ)이나 Esc: 계속 풀기',
		]);
		expect(wrapLines('trying again. y: show · n or Esc: keep trying', 26)).toEqual([
			'trying again. y: show ·',
			'n or Esc: keep trying',
		]);
	});
});
