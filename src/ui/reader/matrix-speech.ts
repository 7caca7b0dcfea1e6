// A matrix level read aloud: each step with the shapes it joins, then each
// matrix row by row, a cell still to find said as such. Pure functions of
// the level and the play.

import type {PlayState} from '../../game/store.js';
import type {Language} from '../../levels/language.js';
import type {Level} from '../../levels/loader.js';
import {followingNames, hiddenShapes, matrixBlocks} from '../graph/matrix-drawing.js';
import {readerMessages} from './reader-strings.js';
import {capitalNames, speakExpr, speakText} from './speech.js';

/** A shape in words: "2 by 3", "one number", or "asked" while the level asks it. */
function shapeWords(shape: readonly number[], hidden: boolean, lang: Language): string {
	const r = readerMessages[lang];
	if (hidden) return r.shapeAsked;
	if (shape.length === 0) return r.oneNumber;
	return r.shapeBy(shape[0] ?? 1, shape[1] ?? 1);
}

/** The steps with their shapes, then every matrix of the drawing, a row a sentence part. */
export function matrixSentences(level: Level, play: PlayState | undefined, lang: Language): string[] {
	const graph = level.matrix;
	if (graph === undefined) return [];
	const r = readerMessages[lang];
	const hidden = hiddenShapes(level, play);
	const shapeOf = (name: string) => shapeWords(graph.byName.get(name)?.shape ?? [], hidden.has(name), lang);
	const steps = graph.nodes.filter(n => n.expr !== undefined);
	const lines = [r.graphTitle(steps.length)];
	for (const node of steps) {
		if (node.expr === undefined) continue;
		const reads = node.reads.map(name => r.shapeIs(name, shapeOf(name)));
		lines.push(r.matrixStep(node.name, speakExpr(node.expr, lang, true), r.listJoin(reads), shapeOf(node.name)));
	}
	const capitals = capitalNames(level);
	const following = followingNames(level, play);
	for (const block of matrixBlocks(level, graph, play)) {
		const hidden = following.includes(block.label) ? r.followingCell : r.unknownCell;
		const rows = block.rows.map((row, i) =>
			r.matrixRow(
				i + 1,
				row.map(cell => (cell.trim() === '?' ? hidden : speakText(cell.trim(), lang, capitals))),
			),
		);
		lines.push(r.matrixValues(speakText(block.label, lang, capitals), shapeWords(block.shape, false, lang), rows));
	}
	// What the drawing's legend says of a ? that no field asks for.
	if (following.length > 0) lines.push(r.followsSentence(r.listJoin(following)));
	return lines;
}
