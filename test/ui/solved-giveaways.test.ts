// A solved level may show its own answers, but never what a later level of the
// same chapter asks: layer-shapes once drew Y's numbers, layer-forward's question.
import {describe, expect, it} from 'vitest';
import {shownValues} from '../../src/game/hints.js';
import type {Field} from '../../src/levels/answers.js';
import type {Level} from '../../src/levels/loader.js';
import {explanationLines} from '../../src/ui/explanation.js';
import {drawingText, levelDrawing} from '../../src/ui/graph/level-drawing.js';
import {matrixBlocks} from '../../src/ui/graph/matrix-drawing.js';
import {messages} from '../../src/ui/strings.js';
import {playState, shippedLevels} from '../support/levels.js';

const figures3 = (x: number) => (x === 0 ? 0 : Number(x.toPrecision(3)));

/** Every number written in a text, − read as minus and ×10⁻ⁿ as a power. */
function numbersIn(text: string): number[] {
	return [...text.replaceAll('−', '-').matchAll(/-?\d+(?:\.\d+)?/g)].map(m => figures3(Number(m[0])));
}

/** The screen of a level solved with its solution shown: worked steps, explanation (both languages), drawing. */
function solvedScreen(level: Level): {text: number[]; matrices: number[][]} {
	const play = {...playState(level, {solved: level.fields.map(f => f.id)}), solutionShown: true};
	const text = (['en', 'ko'] as const).flatMap(lang => {
		const t = messages(lang);
		const lines = explanationLines(level, play, t, lang, 400).map(l => l.text);
		const drawing = level.matrix === undefined ? drawingText(levelDrawing(level, play, 200, t)) : [];
		return [...lines, ...drawing].flatMap(numbersIn);
	});
	const blocks = level.matrix === undefined ? [] : matrixBlocks(level, level.matrix, play);
	return {text, matrices: blocks.map(b => b.rows.flat().flatMap(numbersIn))};
}

/** A later level's asked grids, each as its cells' values in reading order. */
function askedGrids(level: Level): Map<string, number[]> {
	const grids = new Map<string, number[]>();
	for (const field of level.fields) {
		const grid = field.cell?.grid;
		if (grid?.kind !== 'matrix') continue;
		grids.set(grid.id, [...(grids.get(grid.id) ?? []), figures3(field.expected)]);
	}
	return grids;
}

const contains = (all: readonly number[], run: readonly number[]) =>
	all.some((_, i) => run.every((x, k) => all[i + k] === x));

/** What a level shows from the start anyway: its inputs, the formula's constants and every value it draws. */
function shownAnyway(level: Level): Set<number> {
	const spec = level.spec as {inputs?: Record<string, number | number[] | number[][]>; formula?: string};
	const inputs = Object.values(spec.inputs ?? {}).flat(2);
	const constants = numbersIn(spec.formula ?? '');
	return new Set([...inputs, ...constants, ...shownValues(level)].flatMap(v => [figures3(v), figures3(-v)]));
}

const scalar = (f: Field) => f.cell === undefined && Number.isFinite(f.expected);

/** 0 and ±1 are the rules' own constants (an add node's slope, a max node's loser, a bias's gradient). */
const trivial = (x: number) => Math.abs(x) <= 1 && Number.isInteger(x);

/**
 * Numbers that are the same only by chance, each with what it is on both levels: seen on the
 * earlier one, it says nothing about the later one's question.
 */
const coincidences: ReadonlySet<string> = new Set([
	// softmax-jacobian's P[2] = 0.140 is a probability before any step; the step's new loss −log P′[2] is 0.140 too.
	'softmax-jacobian → softmax-descent-step after:L',
]);

describe('no solved screen gives away a later level of its chapter', () => {
	const chapters = [...new Set(shippedLevels.map(l => l.chapter.id))];
	for (const chapter of chapters) {
		const levels = shippedLevels.filter(l => l.chapter.id === chapter);
		it(`${chapter}: no worked step, explanation or drawing shows a later level's answer`, () => {
			const found: string[] = [];
			for (const [i, level] of levels.entries()) {
				const screen = solvedScreen(level);
				// The player worked these out on this level: seeing them again later is review, not a giveaway.
				const own = new Set(level.fields.map(f => figures3(f.expected)));
				const ownGrids = [...askedGrids(level).values()];
				for (const later of levels.slice(i + 1)) {
					const anyway = shownAnyway(later);
					for (const field of later.fields.filter(scalar)) {
						const asked = figures3(field.expected);
						if (trivial(asked) || anyway.has(asked) || own.has(asked)) continue;
						if (screen.text.includes(asked)) found.push(`${level.id} shows ${later.id}'s ${field.label} = ${asked}`);
					}
					for (const [id, cells] of askedGrids(later)) {
						if (ownGrids.some(g => g.join() === cells.join()) || cells.every(trivial)) continue;
						if (coincidences.has(`${level.id} → ${later.id} ${id}`)) continue;
						const drawn = screen.matrices.some(m => m.join() === cells.join());
						if (drawn || contains(screen.text, cells)) found.push(`${level.id} shows ${later.id}'s ${id} = ${cells}`);
					}
				}
			}
			expect(found).toEqual([]);
		});
	}

	it('the check sees a grid drawn in full or written out', () => {
		expect(contains([5, 2, 3, 0, 1, 7], [2, 3, 0, 1])).toBe(true);
		expect(contains([2, 3, 7, 0, 1], [2, 3, 0, 1])).toBe(false);
	});
});
