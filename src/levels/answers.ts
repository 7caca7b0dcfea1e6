// What a level asks a player to fill in: its fields, each with the engine's
// answer, the mistakes it diagnoses and the ways to build it; a matrix's grid.
// Each kind of level builds its fields in its own file (fields/, and the
// files the kind registry in level-kinds.ts names); every expected number
// there is read off the engine, and a level file only says what to ask.

export type {Build, Interval, Operand, Term} from './reach.js';

import type {ChainLink, Detour} from './chain-links.js';
import type {GridMistake, Mistake} from './diagnosis.js';
import {type Build, type Interval, reaches} from './reach.js';
import type {ChoiceAnswer, FormulaAnswer} from './typed-answers.js';

export type FieldRole =
	| 'value'
	| 'gradient'
	| 'local'
	| 'product'
	| 'path'
	| 'total'
	| 'update'
	| 'formula'
	| 'numeric'
	| 'error'
	| 'verdict'
	| 'shape';

export type Field = {
	/** Unique within the level, stable across runs. */
	readonly id: string;
	readonly role: FieldRole;
	/** The quantity as maths: `∂f/∂x`, `q`, `w − η·∂E/∂w`. */
	readonly label: string;
	readonly expected: number;
	/** The node whose value or gradient this field proves, for the graph view. */
	readonly node: string | undefined;
	readonly mistakes: readonly Mistake[];
	/** The worked step, in maths that reads the same in every language. */
	readonly work: string;
	/** The ways to build the answer from numbers on screen (see reach.ts). */
	readonly builds: readonly Build[];
	/** Every value those builds can give; set once the level's fields are known (withReach). */
	readonly reach?: Interval;
	/** For a factor of a long chain: which one it is and what it is (see chain-links.ts). */
	readonly link?: ChainLink;
	/** For a link where a detour through a weight is a known slip, told while the field is worked on. */
	readonly detour?: Detour;
	/**
	 * Significant figures the answer needs when 3 can't tell it from a slip:
	 * a new weight whose step is smaller than its third figure. Unset means 3.
	 */
	readonly figures?: number;
	/** Set on a field answered with a formula in the step's names rather than a number (a derive level). */
	readonly formula?: FormulaAnswer;
	/** Set on a field answered with one word of a few (a gradient check's pass or fail). */
	readonly choice?: ChoiceAnswer;
	/** Set when the field is one cell of a grid (a matrix, or the two sizes of a shape). */
	readonly cell?: GridCell;
};

/** A matrix the player fills in cell by cell, or a shape `? × ?`. */
export type Grid = {
	/** Unique within the level; the key of its hints (`fieldHints`). */
	readonly id: string;
	readonly kind: 'matrix' | 'shape';
	/** The quantity: `∂L/∂W`, `Y`. */
	readonly label: string;
	readonly rows: number;
	readonly cols: number;
	/** The node whose value or gradient this grid proves, for the drawing. */
	readonly node: string;
	readonly mistakes: readonly GridMistake[];
	/** The rule that gives the whole grid, in maths: `∂L/∂W = Xᵀ·∂L/∂Y`. */
	readonly work: string;
};

/** Where a field sits in its grid (0-based). */
export type GridCell = {readonly grid: Grid; readonly row: number; readonly col: number};

export type UpdatePreview = {
	readonly param: string;
	readonly learningRate: number;
	readonly before: number;
	readonly after: number;
	readonly errorBefore: number;
	/**
	 * The error at the updated parameter; undefined when a step has no value
	 * there (`s0 ^ 1.5` once s0 < 0): the level is fine, only this preview is not.
	 */
	readonly errorAfter: number | undefined;
	/** The step that has no value after the update, when there is one. */
	readonly undefinedAt: string | undefined;
};

/** The fields of one level with each one's reach worked out (their builds may use each other). */
export function withReach(fields: readonly Field[]): Field[] {
	const found = reaches(fields);
	return fields.map(f => ({...f, reach: found.get(f.id)}));
}
