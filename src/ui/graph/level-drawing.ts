// What a level draws above its answer fields: the note's network figure for
// levels on that network, otherwise the circuit with its legend, or, when the
// terminal is too narrow for either, the steps as a list.

import type {PlayState} from '../../game/store.js';
import {formatNumber} from '../../levels/format.js';
import type {Level} from '../../levels/loader.js';
import type {Messages} from '../strings.js';
import {displayWidth, truncateToWidth} from '../text-width.js';
import {levelCircuit, levelStepList} from './level-circuit.js';
import {followingNames, matrixDrawingLines} from './matrix-drawing.js';
import {type FigureLine, type FigureSpan, levelNetworkFigure, styleLine} from './network-figure.js';
import {circuitWidth} from './render-graph.js';

export type DrawingSpan = FigureSpan & {readonly dim?: boolean};
export type Drawing = {
	readonly kind: 'network' | 'circuit' | 'list';
	readonly lines: readonly (readonly DrawingSpan[])[];
};

const plain = (text: string, dim = false): DrawingSpan[] => [{text, dim}];

/** The level's drawing at `width` columns; empty for a level with no graph. */
export function levelDrawing(level: Level, play: PlayState | undefined, width: number, t: Messages): Drawing {
	if (level.matrix !== undefined) {
		const lines = matrixDrawingLines(level, play, width).map(l => plain(l));
		const following = followingNames(level, play);
		if (following.length > 0) lines.push(plain(truncateToWidth(t.followsLegend(following.join(', ')), width), true));
		return {kind: 'circuit', lines};
	}
	// A find-the-bug level's table shows every number; it sits with the answer fields, never hidden.
	if (level.graph === undefined || level.table !== undefined) return {kind: 'list', lines: []};
	const figure = levelNetworkFigure(level, play, width);
	if (figure !== undefined) {
		const used = new Set(figure.lines.flatMap(line => line.map(s => s.style)));
		const legend = [
			used.has('e1') ? `${styleLine('──', 'e1')} ${t.pathLegend.e1}` : undefined,
			used.has('e2') ? `${styleLine('──', 'e2')} ${t.pathLegend.e2}` : undefined,
		].filter(x => x !== undefined);
		const lines: FigureLine[] = [...figure.lines];
		if (legend.length > 0) lines.push(plain(truncateToWidth(legend.join(' · '), width), true));
		return {kind: figure.listed ? 'list' : 'network', lines: lines.map(clip(width))};
	}
	const circuit = levelCircuit(level, play, width);
	if (circuit !== undefined) {
		const drawingWidth = circuitWidth(circuit.lines);
		// The legend sits to the right of the drawing's first line when there is room for it.
		const room = width - drawingWidth - displayWidth(t.graphLegend);
		const lines = circuit.lines.map((line, i): DrawingSpan[] =>
			i === 0 && room >= 4
				? [{text: line}, {text: `${' '.repeat(room + drawingWidth - displayWidth(line))}${t.graphLegend}`, dim: true}]
				: plain(line),
		);
		for (const entry of circuit.legend)
			lines.push(
				plain(
					truncateToWidth(
						entry.hidden ? t.hiddenPart(entry.symbol, entry.text) : `${entry.symbol} ${entry.text}`,
						width,
					),
					true,
				),
			);
		return {kind: 'circuit', lines};
	}
	return {
		kind: 'list',
		lines: [
			plain(truncateToWidth(givenLine(level, t), width)),
			...levelStepList(level, play, width).map(l => plain(l)),
		],
	};
}

/** Every input of the graph with its value: what a listed level starts from. */
function givenLine(level: Level, t: Messages): string {
	const inputs = (level.graph?.nodes ?? []).filter(n => n.op === 'input' && level.view.includes(n.name));
	return `${t.given} ${inputs.map(n => `${n.name} ${formatNumber(n.value.data, 3)}`).join('  ')}`;
}

const clip =
	(width: number) =>
	(line: readonly DrawingSpan[]): DrawingSpan[] => {
		const out: DrawingSpan[] = [];
		let used = 0;
		for (const span of line) {
			if (used >= width) break;
			const text = truncateToWidth(span.text, width - used, '');
			out.push({...span, text});
			used += displayWidth(text);
		}
		return out;
	};

/** A drawing's text, one string a line, for tests and measurements. */
export function drawingText(drawing: Drawing): string[] {
	return drawing.lines.map(line => line.map(s => s.text).join(''));
}
