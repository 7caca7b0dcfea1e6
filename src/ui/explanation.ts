import type {PlayState} from '../game/store.js';
import {formatChange, formatMaths, matrixInWords} from '../levels/format.js';
import {printMaths, printMatrixMaths} from '../levels/formula.js';
import type {Language} from '../levels/language.js';
import type {Level} from '../levels/loader.js';
import type {Messages} from './strings.js';
import {wrapLines} from './text-wrap.js';
import {theme} from './theme.js';

/** One line of text on screen, with how it is drawn. */
export type Line = {readonly text: string; readonly color?: string | undefined; readonly dim?: boolean};

/** An empty row between paragraphs. */
export const blankLine: Line = {text: ''};

/**
 * What a complete level teaches, as lines: the worked solution when it was shown,
 * the explanation, and for a weight update the step it takes.
 */
export function explanationLines(
	level: Level,
	play: PlayState | undefined,
	t: Messages,
	lang: Language,
	width: number,
): Line[] {
	const lines: Line[] = [];
	// A class pack withholds its worked numbers from the file; the engine's steps stand in for them.
	const withheld = level.spec.explainWithheld === true;
	if ((play?.solutionShown === true || withheld) && level.fields.length > 0) {
		lines.push({text: t.workedSolution, color: theme.hint});
		for (const field of level.fields) {
			const grid = field.cell?.grid;
			// A grid is worked once, as a whole: its rule and its matrix (or its shape).
			if (grid !== undefined && (field.cell?.row !== 0 || field.cell.col !== 0)) continue;
			const work = grid === undefined ? field.work : gridWork(level, grid.id, lang);
			lines.push(...wrapLines(work, width).map(text => ({text})));
		}
	}
	// The label starts the paragraph, so even a two-row space shows some of the explanation.
	lines.push(...wrapLines(`${t.explanation} ${level.spec.explain[lang]}`, width).map(text => ({text})));
	const update = level.update;
	if (update !== undefined) {
		// Each pair with the figures it takes to show its change: w11's step and the error's move past the 4th.
		const param = formatChange(update.before, update.after);
		const error = formatChange(update.errorBefore, update.errorAfter ?? update.errorBefore);
		const params = {
			param: update.param,
			before: param.before,
			after: param.after,
			errorBefore: update.errorAfter === undefined ? formatMaths(update.errorBefore) : error.before,
			direction: update.after === update.before ? '' : t.slopeDirection(update.after < update.before, update.param),
		};
		const text =
			update.errorAfter === undefined
				? t.updatePreviewUndefined({...params, step: update.undefinedAt ?? '?'})
				: t.updatePreview({...params, errorAfter: error.after});
		lines.push(...wrapLines(text, width).map(line => ({text: line, color: theme.accent})));
	}
	return lines;
}

/**
 * A grid's worked solution, the matrix said in words: `∂L/∂W = Xᵀ·∂L/∂Y = rows (1, 0.5) and (1, 3)`;
 * a rule written for one entry (`∂L/∂b[j] = Σᵢ ∂L/∂Y[i,j]`) then gives the whole grid after ⇒. A shape
 * grid gives its shape.
 */
function gridWork(level: Level, id: string, lang: Language): string {
	const cells = level.fields.filter(f => f.cell?.grid.id === id);
	const grid = cells[0]?.cell?.grid;
	if (grid === undefined) return '';
	if (grid.kind === 'shape') return grid.work;
	const rows = Array.from({length: grid.rows}, (_, i) => cells.filter(c => c.cell?.row === i).map(c => c.expected));
	const matrix = matrixInWords(rows, lang);
	return grid.work.startsWith(`${grid.label} = `) || grid.work === grid.label
		? `${grid.work} = ${matrix}`
		: `${grid.work}  ⇒  ${grid.label} = ${matrix}`;
}

/** The level's introduction. */
export function introductionLines(level: Level, lang: Language, width: number): Line[] {
	return wrapLines(level.spec.intro[lang], width).map(text => ({text}));
}

/**
 * A lab's hints shown so far, each in full: the lab screen has room for the
 * latest one in two rows and points here with i when it had to cut it.
 */
export function labHintLines(level: Level, hintsShown: number, t: Messages, lang: Language, width: number): Line[] {
	if (level.fields.length > 0 || hintsShown === 0) return [];
	const hints = level.spec.hints.slice(0, hintsShown);
	return [
		blankLine,
		...hints.flatMap((hint, k) =>
			wrapLines(`${t.hintLabel(k + 1, level.spec.hints.length)} ${hint[lang]}`, width).map(text => ({
				text,
				color: theme.hint,
			})),
		),
	];
}

/** For a level built on a formula, its steps as maths, one a line (a matrix level's `*` as ⊙). */
export function formulaLines(level: Level): Line[] {
	const maths = level.matrix === undefined ? printMaths : printMatrixMaths;
	return level.steps.map(step => ({text: `  ${step.name} = ${maths(step.expr)}`, color: theme.accent}));
}

/** The first lines that fit in `rows`; when some are left out, the last row says how to read them all. */
export function firstLines(lines: readonly Line[], rows: number, more: string): Line[] {
	if (lines.length <= rows) return [...lines];
	return [...lines.slice(0, Math.max(0, rows - 1)), {text: more, dim: true}];
}
