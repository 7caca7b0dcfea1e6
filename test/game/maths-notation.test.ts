// Everything the game prints about a level reads as maths (½·e², σ(−1), x − 2),
// never as the formula language it was written in (0.5 * e ^ 2, sigmoid(-1), x + -2).
import {describe, expect, it} from 'vitest';
import {cliMessages} from '../../src/cli/cli-strings.js';
import {teacherMessages} from '../../src/cli/teacher-strings.js';
import {concepts} from '../../src/game/practice/concepts.js';
import type {Difficulty} from '../../src/game/practice/family.js';
import {generateLevel} from '../../src/game/practice/generate.js';
import {languages} from '../../src/levels/language.js';
import {practiceMessages} from '../../src/ui/practice-strings.js';
import {readerMessages} from '../../src/ui/reader/reader-strings.js';
import {messages} from '../../src/ui/strings.js';
import {levelFigureTexts, levelTexts} from '../support/level-texts.js';
import {koreanLevels, shippedLevels} from '../support/levels.js';
import {tableMistakes, tableStrings} from '../support/table-strings.js';

/**
 * Code syntax a learner should never read: `*`, `^`, `sigmoid(`, adding a negative, a hyphen for a
 * minus sign, `X @ W`, a list of lists `[[2, 3], [0, 1]]`, `MLP(2, [16, 16, 1])`, `loss.backward()`, `1e-3`,
 * a matrix as MATLAB writes it `[2 3; 0 1]`, a slice `G[i,:]`, `sum(A, 1)`, and × between a figure's
 * matrix wires.
 */
const codeSyntax: readonly [string, RegExp][] = [...scalarCode(), ...arrayCode()];

/** Formula-language syntax for scalars, which key legends and typing help use on purpose. */
function scalarCode(): [string, RegExp][] {
	return [
		['*', /\*/],
		['^', /\^/],
		['sigmoid(', /sigmoid\(/],
		['+ -', /\+ [-−]/],
		['a hyphen as a minus sign', /(^|[\s(=·])-\d/],
	];
}

/** Code for arrays and numbers: no screen has a reason to show it. */
function arrayCode(): [string, RegExp][] {
	return [
		['@ for a matrix product', /@/],
		['a list of lists', /\[\s*\[/],
		['a call with a list in it', /\p{L}\([^()]*,\s*\[/u],
		['a method call', /\.\p{L}\w*\(\)/u],
		['e-notation', /\d(?:\.\d+)?e[-−+]?\d/],
		// An index (W[1,2], b[j]) follows its name; a matrix written out follows a space, = or ·.
		[
			'a matrix as code writes it, [2 3; 0 1] or [1 0]',
			/(?<![\p{L}\p{N}′)\]])\[\s*[−-]?[\d.]+(?:\s*;\s*|\s+)[−-]?[\d.]/u,
		],
		['a slice, [i,:]', /\[[^\]]*:\s*\]/],
		['a sum or mean over an axis as code writes it, sum(A, 1)', /\b(?:sum|mean)\((?:[^()]|\([^()]*\))*,\s*[01]\)/],
		['× between matrix wires, where a product is · and entry by entry ⊙', /─×─/],
	];
}

/** Code quoted on purpose, as what to type or what a program says, stands in backticks: `a^2`. */
const quoted = /`[^`]*`/g;

function codeIn(texts: readonly [string, string][], syntax = codeSyntax): string[] {
	return texts.flatMap(([where, text]) =>
		syntax
			.filter(([, pattern]) => pattern.test(text.replaceAll(quoted, '')))
			.map(([name]) => `${where} has ${name}: ${text}`),
	);
}

describe('texts read as maths, not code', () => {
	it('in every shipped level: intro, hints, explanation, fields, worked solutions, feedback, the formula', () => {
		expect(
			codeIn(
				shippedLevels.flatMap(level => levelTexts(level).map(([w, x]) => [`${level.id} ${w}`, x] as [string, string])),
			),
		).toEqual([]);
	});

	it("in every shipped level: its drawing at 80 and 120 columns, the reader's reading of it, the worked solution", () => {
		// The drawing's numbers are written as they are typed (x -2), so only its minus in words is held to maths.
		const drawn = codeSyntax.filter(([name]) => name !== 'a hyphen as a minus sign');
		const found = languages.flatMap(lang =>
			[...shippedLevels, ...(lang === 'ko' ? koreanLevels : [])].flatMap(level =>
				levelFigureTexts(level, lang).flatMap(([where, text]) =>
					codeIn([[`${level.id} ${where}`, text]], where.startsWith('draw.') ? drawn : codeSyntax),
				),
			),
		);
		expect([...new Set(found)]).toEqual([]);
	});

	it('in 100 seeds of every practice concept, at every difficulty', () => {
		const found: string[] = [];
		for (const concept of concepts)
			for (let seed = 0; seed < 100; seed++) {
				const difficulty = ((seed % 3) + 1) as Difficulty;
				const {level} = generateLevel(concept, seed, 0, difficulty);
				found.push(...codeIn(levelTexts(level)).map(x => `${concept} seed ${seed}: ${x}`));
				// Its drawing and worked solution too, on a fifth of the seeds: they come from the same printers.
				if (seed % 5 === 0)
					for (const lang of languages)
						found.push(
							...codeIn(levelFigureTexts(level, lang).filter(([where]) => !where.startsWith('draw.'))).map(
								x => `${concept} seed ${seed}: ${x}`,
							),
						);
			}
		expect(found.slice(0, 10)).toEqual([]);
		// 1,600 levels' texts, every hint rung in both languages: seconds on a loaded machine.
	}, 120_000);

	it('in every strings table, both languages (screens, mistakes, practice, reader, teacher, CLI): no array code', () => {
		const found = languages.flatMap(lang => {
			const t = messages(lang);
			const texts: [string, string][] = [
				...tableStrings({...t, mistakes: {}}, lang),
				...tableMistakes(t),
				...tableStrings(practiceMessages[lang], `practice.${lang}`),
				...tableStrings(readerMessages[lang], `reader.${lang}`),
				...tableStrings(teacherMessages[lang], `teacher.${lang}`),
				...tableStrings(cliMessages[lang], `cli.${lang}`),
			];
			// Key legends and the typing help name the keys - * ^ on purpose; a message about a typed
			// answer shows how to type one (`1e-3`, `2*-4`).
			return codeIn(
				texts.filter(([where]) => !where.includes('notANumber')),
				arrayCode(),
			);
		});
		expect([...new Set(found)]).toEqual([]);
	});

	it('the scan sees array code when it is there, and lets maths through', () => {
		expect(
			codeIn([
				['w', 'Y = X @ W + b'],
				['w', 'Y = [[2, 3], [0, 1]]'],
				['w', 'MLP(2, [16, 16, 1])'],
				['w', 'what loss.backward() does'],
				['w', 'a gradient of 2.5e-4'],
			]).length,
		).toBe(5);
		expect(
			codeIn([
				['w', 'Y = X·W + b = rows (2, 3) and (0, 1), U[j] = exp(Z[j]), a gradient of 2.5×10⁻⁴'],
				['w', '∂L/∂b[j] = Σᵢ ∂L/∂Y[i,j]  ⇒  ∂L/∂b = (0, 2), P = 열벡터 (1, 0.75)'],
				['w', 'sum(Y 2×2 ─⊙─ G 2×2) → L  · mean((D 2×1)²) → L  · mean(−Σⱼ(Y ⊙ ln(P)))'],
				['w', 'Y[1,1] = X[1,1]·W[1,1] + b[1], σ maps into (0, 1)'],
			]),
		).toEqual([]);
		expect(
			codeIn([
				['w', 'Y = [2 3; 0 1]'],
				['w', 'the row b = [1 0]'],
				['w', '∂L/∂P = 2·[0.5; −1.25] / 2'],
				['w', '∂L/∂b = Σᵢ G[i,:]'],
				['w', 'L = mean(−sum(Y·ln(P), 1))'],
				['w', 'sum(Y 2×2 ─×─ G 2×2) → L'],
				['w', 'mean(D 2×1 ^ 2) → L'],
			]).length,
		).toBe(7);
	});

	it('the scan sees code syntax when it is there', () => {
		expect(
			codeIn([
				['w', 'E = 0.5 * e ^ 2'],
				['w', 'σ(h) = sigmoid(-1)'],
				['w', 'p = x + -2'],
			]).length,
		).toBe(6);
		expect(
			codeIn([
				['w', 'type a² as `a^2`'],
				['w', 'E = ½·e² = ½·(−0.2)² = 0.02'],
				['w', 'p = x − 2'],
				['w', 'H = σ(−1)'],
			]),
		).toEqual([]);
	});
});
