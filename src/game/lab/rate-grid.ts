import {itemAt} from '../../engine/checked.js';
/** A lab's learning-rate range as the level file gives it. */
export type RateRange = {
	readonly min: number;
	readonly max: number;
	readonly start: number;
	/** Values the level's text talks about, added to the dial. */
	readonly marks?: readonly number[] | undefined;
};

/** The round numbers a teacher would pick within each power of ten. */
const mantissas = [1, 1.5, 2, 3, 5, 7] as const;

/** Rounds away the binary noise of m·10^k (0.30000000000000004 → 0.3). */
const tidy = (x: number) => Number(x.toPrecision(12));

/**
 * The values η can take in a lab, ascending: 1, 1.5, 2, 3, 5 and 7 in every
 * power of ten between min and max, plus min, max, the start and the level's
 * marks. + and − move one value along it, so every value the text mentions
 * can be reached exactly, and so can the start after any detour.
 */
export function rateGrid(range: RateRange): readonly number[] {
	const {min, max} = range;
	const values = new Set<number>([min, max, range.start, ...(range.marks ?? [])].map(tidy));
	for (let exponent = Math.floor(Math.log10(min)); exponent <= Math.ceil(Math.log10(max)); exponent++) {
		for (const m of mantissas) values.add(tidy(m * 10 ** exponent));
	}
	return [...values].filter(v => v >= min && v <= max).sort((a, b) => a - b);
}

/** The value `presses` places along the grid from `current` (negative goes down), held at the ends. */
export function moveOnGrid(grid: readonly number[], current: number, presses: number): number {
	if (grid.length === 0) return current;
	// Off the grid (never in practice), start from the nearest value at or below.
	let at = grid.findIndex(v => v >= current);
	if (at === -1) at = grid.length - 1;
	else if (itemAt(grid, at) > current && presses > 0) at -= 1;
	const next = Math.min(grid.length - 1, Math.max(0, at + presses));
	return itemAt(grid, next);
}
