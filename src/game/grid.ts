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

/**
 * The index after an arrow key: within a grid, the cell above, below or
 * beside; leaving the grid up or down, or on a plain field, the field group
 * before or after. Sideways off the grid's edge stays put.
 */
export function cellAfterArrow(fields: readonly Field[], focus: number, dRow: number, dCol: number): number {
	const field = fields[focus];
	if (field === undefined) return focus;
	const cell = field.cell;
	if (cell !== undefined) {
		const row = cell.row + dRow;
		const col = cell.col + dCol;
		if (col < 0 || col >= cell.grid.cols) return focus;
		if (row >= 0 && row < cell.grid.rows) {
			const target = fields.findIndex(f => f.cell?.grid === cell.grid && f.cell.row === row && f.cell.col === col);
			return target === -1 ? focus : target;
		}
	}
	return dRow === 0 ? focus : groupAfter(fields, focus, dRow > 0 ? 1 : -1);
}

/** The first cell of the next (or previous) field group, wrapping round; a grid is entered at its first cell. */
export function groupAfter(fields: readonly Field[], focus: number, delta: 1 | -1): number {
	const groups: number[] = [];
	fields.forEach((f, i) => {
		if (i === 0 || groupOf(itemAt(fields, i - 1)) !== groupOf(f)) groups.push(i);
	});
	const current = fields[focus];
	const here = groups.findIndex(
		start =>
			fields[start] !== undefined && current !== undefined && groupOf(itemAt(fields, start)) === groupOf(current),
	);
	const next = (((here + delta) % groups.length) + groups.length) % groups.length;
	return groups[next] ?? focus;
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
