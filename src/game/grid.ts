// Grid answers: a matrix field is a grid of cells, each an ordinary field
// checked by the same rule (check.ts); a whole grid is checked at once, and a
// grid whose typed cells all match one of its diagnosed mistakes says which.

import {entryOf, itemAt} from '../engine/checked.js';
import type {Field} from '../levels/answers.js';
import type {GridMistake, Mistake} from '../levels/diagnosis.js';
import {parseAnswer} from './answer.js';
import {checkField, type Typed} from './check.js';
import type {AnswerKind} from './practice/history.js';

/** What a field belongs to for ↑ ↓ off a grid's edge: its grid, or itself. */
export const groupOf = (field: Field): string => field.cell?.grid.id ?? field.id;

/** The cells of the grid a field belongs to, in reading order; just the field when it is not a cell. */
export function gridCells(fields: readonly Field[], field: Field): Field[] {
	const id = field.cell?.grid.id;
	return id === undefined ? [field] : fields.filter(f => f.cell?.grid.id === id);
}

/** Whether a field can still take typing: not yet proved. Every field is open when nothing says otherwise. */
export type IsOpen = (field: Field) => boolean;

const everyFieldOpen: IsOpen = () => true;

/**
 * The index after an arrow key: within a grid, the cell above, below or
 * beside, passing over proved cells; leaving the grid up or down, or on a
 * plain field, the next field group with a cell still open. Sideways off the
 * grid's edge stays put.
 */
export function cellAfterArrow(
	fields: readonly Field[],
	focus: number,
	dRow: number,
	dCol: number,
	open: IsOpen = everyFieldOpen,
): number {
	const field = fields[focus];
	if (field === undefined || (dRow === 0 && dCol === 0)) return focus;
	const cell = field.cell;
	if (cell !== undefined && dRow === 0) {
		// Sideways, a grid reads as a spreadsheet row does: past the last column, on to the next row.
		const cells = fields.flatMap((f, i) => (f.cell?.grid === cell.grid ? [i] : []));
		const from = cells.indexOf(focus);
		for (let at = from + dCol; at >= 0 && at < cells.length; at += dCol) {
			const target = cells[at];
			if (target !== undefined && open(itemAt(fields, target))) return target;
		}
		return focus;
	}
	if (cell !== undefined) {
		let row = cell.row + dRow;
		let col = cell.col + dCol;
		for (; row >= 0 && row < cell.grid.rows && col >= 0 && col < cell.grid.cols; row += dRow, col += dCol) {
			const target = fields.findIndex(f => f.cell?.grid === cell.grid && f.cell.row === row && f.cell.col === col);
			if (target !== -1 && open(itemAt(fields, target))) return target;
		}
		if (col < 0 || col >= cell.grid.cols) return focus;
	}
	return dRow === 0 ? focus : groupAfter(fields, focus, dRow > 0 ? 1 : -1, open);
}

/**
 * The next (or previous) field group with a field still open, at its first open field: a grid
 * already proved is passed over, as there is nothing left to type in it. Past the last (or the
 * first) group the focus stays where it is.
 */
export function groupAfter(
	fields: readonly Field[],
	focus: number,
	delta: 1 | -1,
	open: IsOpen = everyFieldOpen,
): number {
	const groups: number[] = [];
	fields.forEach((f, i) => {
		if (i === 0 || groupOf(itemAt(fields, i - 1)) !== groupOf(f)) groups.push(i);
	});
	const current = fields[focus];
	const here = groups.findIndex(
		start =>
			fields[start] !== undefined && current !== undefined && groupOf(itemAt(fields, start)) === groupOf(current),
	);
	for (let at = here + delta; at >= 0 && at < groups.length; at += delta) {
		const start = groups[at] ?? focus;
		const group = groupOf(itemAt(fields, start));
		const first = fields.findIndex((f, i) => i >= start && groupOf(f) === group && open(f));
		if (first !== -1) return first;
	}
	return focus;
}

/** One number as a matrix prints it: `-3`, `0.5`, `1e-3`, with maths' minus too. */
const oneNumber = /^[-+−]?(\d+\.?\d*|\.\d+)(e[-+−]?\d+)?$/i;

/**
 * Text that holds several numbers of a matrix rather than one answer: a row (`-3 4 1`) or a
 * whole matrix as a hint prints it (`[1 0.5; 1 3; 1 −2]`), as rows of number texts; undefined
 * for anything else, arithmetic with spaces (`1 + 2`) included.
 */
export function matrixRows(text: string): string[][] | undefined {
	const inside = text
		.normalize('NFKC')
		.trim()
		.replace(/^\[(.*)\]$/su, '$1');
	const rows = inside
		.split(/[;\n]/u)
		.map(row => row.trim())
		.filter(row => row !== '')
		.map(row => row.split(/[\s,]+/u));
	const numbers = rows.flat();
	if (numbers.length < 2 || !numbers.every(n => oneNumber.test(n))) return undefined;
	return rows.map(row => row.map(n => n.replaceAll('−', '-')));
}

/**
 * The cells a matrix typed from `field` fills, row by row from it, or undefined when it runs
 * past the grid's right or bottom edge.
 */
export function cellsFilled(
	fields: readonly Field[],
	field: Field,
	rows: readonly (readonly string[])[],
): {readonly id: string; readonly text: string}[] | undefined {
	const cell = field.cell;
	if (cell === undefined) return undefined;
	const filled: {id: string; text: string}[] = [];
	for (const [i, row] of rows.entries())
		for (const [j, text] of row.entries()) {
			const target = fields.find(
				f => f.cell?.grid === cell.grid && f.cell.row === cell.row + i && f.cell.col === cell.col + j,
			);
			if (target === undefined) return undefined;
			filled.push({id: target.id, text});
		}
	return filled;
}

/** Separators a shape may be typed with (`3x2`, `3×2`, `3 2`): each moves to the next size. */
export const isShapeSeparator = (text: string) => /^[xX×*, ]$/.test(text);

export type GridCheck =
	| {readonly kind: 'empty'}
	| {readonly kind: 'not-a-number'; readonly fieldId: string}
	| {
			readonly kind: 'checked';
			/** Each typed cell: its verdict's log entry (`right`, a mistake, `nearMiss`, `other`). */
			readonly log: Readonly<Record<string, AnswerKind>>;
			readonly right: readonly string[];
			readonly wrong: readonly string[];
			/** The grid's diagnosis when every typed cell fits one mistake. */
			readonly mistake: Mistake | undefined;
			readonly nearMiss: number | undefined;
	  };

/**
 * Checks every typed, unproved cell of a grid by the checking rule. When some
 * are wrong and every typed cell equals (by the same rule) one mistake's
 * number in that cell, the grid has that diagnosis; failing that, when every
 * wrong cell does, the grid has that one (the slip was made in those cells).
 */
export function checkGrid(
	cells: readonly Field[],
	drafts: Readonly<Record<string, string>>,
	solved: Readonly<Record<string, boolean>>,
): GridCheck {
	const typed = cells.filter(c => !solved[c.id] && (drafts[c.id] ?? '').trim() !== '');
	if (typed.length === 0) return {kind: 'empty'};
	// Each cell as typed, with its figures: the checking rule judges a number at the figures it shows.
	const values = new Map<string, Typed>();
	for (const cell of typed) {
		const parsed = parseAnswer(drafts[cell.id] ?? '');
		if (!parsed.ok) return {kind: 'not-a-number', fieldId: cell.id};
		values.set(cell.id, parsed);
	}
	const verdicts = typed.map(cell => ({cell, verdict: checkField(cell, entryOf(values, cell.id))}));
	const wrong = verdicts.filter(v => v.verdict.kind === 'wrong');
	const grid = typed[0]?.cell?.grid;
	const matches = (m: GridMistake) =>
		cells.every(cell => {
			const value = values.get(cell.id) ?? (solved[cell.id] ? cell.expected : undefined);
			if (value === undefined || cell.cell === undefined) return true;
			const expected = m.values[cell.cell.row]?.[cell.cell.col];
			if (expected === undefined) return false;
			// The mistake's number stands as the answer, with no fair working of its own around it.
			return checkField({...cell, expected, mistakes: [], builds: [], reach: undefined}, value).kind === 'right';
		});
	// Else the slip of the wrong cells alone, the right ones aside: one cell of a bias gradient averaged, one sign flipped.
	const typedAs = (cell: Field, expected: number | undefined) => {
		const value = values.get(cell.id);
		if (expected === undefined || value === undefined) return false;
		return checkField({...cell, expected, mistakes: [], builds: [], reach: undefined}, value).kind === 'right';
	};
	const fitsWrongCells = (m: GridMistake) =>
		wrong.every(({cell}) => cell.cell !== undefined && typedAs(cell, m.values[cell.cell.row]?.[cell.cell.col]));
	// A sign flipped in some cells is a sign slip, though Y − P for P − Y flips the same numbers in all of them.
	const signFlipped = wrong.every(({cell}) => typedAs(cell, -cell.expected));
	const found =
		wrong.length === 0
			? undefined
			: (grid?.mistakes.find(matches) ??
				(signFlipped ? flippedSign : undefined) ??
				grid?.mistakes.find(fitsWrongCells));
	const mistake: Mistake | undefined = found === undefined ? undefined : withoutCells(found);
	const firstNearMiss = wrong.find(v => v.verdict.kind === 'wrong' && v.verdict.nearMiss !== undefined)?.verdict;
	const log: Record<string, AnswerKind> = {};
	for (const {cell, verdict} of verdicts)
		log[cell.id] =
			verdict.kind === 'right'
				? 'right'
				: (mistake?.reason ?? verdict.mistake?.reason ?? (verdict.nearMiss === undefined ? 'other' : 'nearMiss'));
	return {
		kind: 'checked',
		log,
		right: verdicts.filter(v => v.verdict.kind === 'right').map(v => v.cell.id),
		wrong: wrong.map(v => v.cell.id),
		mistake,
		nearMiss: mistake === undefined && firstNearMiss?.kind === 'wrong' ? firstNearMiss.nearMiss : undefined,
	};
}

/** Some cells typed with their sign flipped. */
const flippedSign: GridMistake = {values: [], reason: 'wrongSign', params: {}};

/** A grid's mistake as one answer's: the diagnosis, with no single number of its own. */
function withoutCells(mistake: GridMistake): Mistake {
	const {values: _, ...said} = mistake;
	return {...said, value: Number.NaN};
}
