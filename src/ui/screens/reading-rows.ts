// The rows of a reading overlay, worked out the same way for drawing it and
// for the scroll keys, which need to know how long it is.

import type {GameState} from '../../game/store.js';
import type {Level} from '../../levels/loader.js';
import {blankLine, explanationLines, formulaLines, introductionLines, type Line, labHintLines} from '../explanation.js';
import {type DrawingSpan, levelDrawing} from '../graph/level-drawing.js';
import {notesLabFigure} from '../graph/network-figure.js';
import {messages} from '../strings.js';
import {theme} from '../theme.js';

/** A row of the overlay: text, or one line of the level's drawing. */
export type ReadingRow = {readonly line: Line} | {readonly drawing: readonly DrawingSpan[]};

/** What the overlay reads from the game. */
export type ReadingSource = Pick<GameState, 'lang' | 'overlay' | 'play' | 'labSession'> & {
	readonly level: Level | undefined;
};

/**
 * The introduction while playing; once the level is complete, the explanation
 * (with the worked solution if it was shown) and then the introduction again;
 * then the level's drawing and its formula.
 */
export function readingRows({lang, overlay, play, labSession, level}: ReadingSource, width: number): ReadingRow[] {
	if (level === undefined) return [];
	const t = messages(lang);
	const text: Line[] =
		overlay === 'explanation'
			? [
					...explanationLines(level, play, t, lang, width),
					blankLine,
					{text: t.introTitle, color: theme.accent},
					...introductionLines(level, lang, width),
				]
			: [...introductionLines(level, lang, width), ...labHintLines(level, play?.hintsShown ?? 0, t, lang, width)];
	// The notes lab draws the note's network at the weights training has reached.
	const weights = labSession?.trainer.parameters?.();
	const drawing =
		level.spec.kind === 'lab' && level.spec.model.type === 'notes-2-2-2' && weights !== undefined
			? notesLabFigure(Object.fromEntries(weights.map(p => [p.name, p.value])), width)
			: levelDrawing(level, play, width, t).lines;
	const formula = formulaLines(level);
	return [
		...text.map(line => ({line})),
		...(drawing.length > 0 ? [{line: blankLine}, ...drawing.map(spans => ({drawing: spans}))] : []),
		...(formula.length > 0 ? [blankLine, ...formula].map(line => ({line})) : []),
	];
}

/** The rows of text the overlay shows at once: its title and rule are above, the footer below. */
export function readingRowsShown(height: number): number {
	return Math.max(1, height - 3);
}
