// The note's 2-2-2 network as one figure: x1, x2 → h1|H1, h2|H2 → y1|Y1,
// y2|Y2 → E1, E2 → E, each weight written on its edge. The path a level asks
// about is drawn in a line style of its own (━ for the E1 path, the note's
// green; ═ for the E2 path, red), so it reads without colour too.

import {itemAt} from '../../engine/checked.js';
import type {PlayState} from '../../game/store.js';
import {formatNumber} from '../../levels/format.js';
import {countPaths, type LevelGraph, maxListedPaths, namedPaths} from '../../levels/graph.js';
import type {Level} from '../../levels/loader.js';
import {displayWidth, padEndToWidth} from '../text-width.js';

/** Which error a highlighted part leads to. */
export type PathStyle = 'e1' | 'e2';

/** A run of text; `segs` names the edges or nodes it draws, for highlighting. */
export type FigureSpan = {readonly text: string; readonly style?: PathStyle | undefined; readonly node?: boolean};
export type FigureLine = readonly FigureSpan[];

const wiring: Readonly<Record<string, readonly string[]>> = {
	h1: ['w11', 'x1', 'w13', 'x2', 'b1'],
	h2: ['w12', 'x1', 'w14', 'x2', 'b1'],
	H1: ['h1'],
	H2: ['h2'],
	y1: ['w21', 'H1', 'w23', 'H2', 'b2'],
	y2: ['w22', 'H1', 'w24', 'H2', 'b2'],
	Y1: ['y1'],
	Y2: ['y2'],
	E1: ['Y1', 't1'],
	E2: ['Y2', 't2'],
	E: ['E1', 'E2'],
};

/** Whether a level's graph is the note's network, wired as the note wires it. */
export function isNotesNetwork(graph: LevelGraph | undefined): graph is LevelGraph {
	if (graph === undefined) return false;
	return Object.entries(wiring).every(([name, deps]) => {
		const node = graph.byName.get(name);
		if (node === undefined) return false;
		const actual = new Set(node.deps.map(d => d.name));
		return actual.size === deps.length && deps.every(d => actual.has(d));
	});
}

/** The named nodes on the paths a level asks about, by the error each path runs through. */
export function askedPaths(level: Level): {e1: Set<string>; e2: Set<string>} {
	const e1 = new Set<string>();
	const e2 = new Set<string>();
	const graph = level.graph;
	const spec = level.spec;
	if (graph === undefined) return {e1, e2};
	let paths: string[][] = [];
	if (spec.kind === 'chain') paths = [spec.path];
	else if (spec.kind === 'paths') paths = namedPaths(graph, spec.of, spec.wrt).map(p => p.nodes);
	else if (
		(spec.kind === 'update' || spec.kind === 'descent') &&
		// A pack's graph may have more paths than can ever be listed; then none is marked.
		countPaths(graph, graph.output.name, spec.param) <= maxListedPaths
	)
		paths = namedPaths(graph, graph.output.name, spec.param).map(p => p.nodes);
	for (const path of paths) {
		const into = path.includes('E2') ? e2 : path.includes('E1') ? e1 : undefined;
		for (const name of path) into?.add(name);
	}
	return {e1, e2};
}

// Rounded corners have no heavy or double form; the square ones stand in for them.
const heavy: Record<string, string> = {
	'─': '━',
	'│': '┃',
	'┬': '┳',
	'┴': '┻',
	'├': '┣',
	'┐': '┓',
	'┘': '┛',
	'└': '┗',
	'┌': '┏',
	'╮': '┓',
	'╯': '┛',
	'╭': '┏',
	'╰': '┗',
};
const double: Record<string, string> = {
	'─': '═',
	'│': '║',
	'┬': '╦',
	'┴': '╩',
	'├': '╠',
	'┐': '╗',
	'┘': '╝',
	'└': '╚',
	'┌': '╔',
	'╮': '╗',
	'╯': '╝',
	'╭': '╔',
	'╰': '╚',
};

/** A line's characters in a path's style. */
export function styleLine(text: string, style: PathStyle | undefined): string {
	if (style === undefined) return text;
	const table = style === 'e1' ? heavy : double;
	return [...text].map(ch => table[ch] ?? ch).join('');
}

class Line {
	readonly spans: FigureSpan[] = [];
	width = 0;

	add(text: string, style?: PathStyle, node = false): this {
		// A node keeps its text and is marked by colour; a wire changes its line too.
		this.spans.push({text: node ? text : styleLine(text, style), style, node});
		this.width += displayWidth(text);
		return this;
	}

	padTo(column: number): this {
		return column > this.width ? this.add(' '.repeat(column - this.width)) : this;
	}
}

export type NetworkFigureInput = {
	/** A node's value as shown: a number, or `?` while the player still has to find it. */
	readonly value: (name: string) => string;
	readonly paths: {readonly e1: ReadonlySet<string>; readonly e2: ReadonlySet<string>};
};

/**
 * The figure as lines of styled spans, seven rows: values above, the E1 row,
 * the crossing edges, the E2 row, values below. Undefined when wider than `maxWidth`.
 */
export function networkFigure({value, paths}: NetworkFigureInput, maxWidth: number): FigureLine[] | undefined {
	// A part is styled by the first error whose path uses every name it needs.
	const styleOf = (...names: string[]): PathStyle | undefined =>
		names.every(n => paths.e1.has(n)) ? 'e1' : names.every(n => paths.e2.has(n)) ? 'e2' : undefined;
	const either = (...options: string[][]): PathStyle | undefined => {
		for (const names of options) {
			const style = styleOf(...names);
			if (style !== undefined) return style;
		}
		return undefined;
	};
	const line = () => new Line();
	const [above, r0, r1, r2, r3, r4, below] = [line(), line(), line(), line(), line(), line(), line()];
	const rows = [above, r0, r1, r2, r3, r4, below];

	const weight = (name: string) => `${name} ${value(name)}`;
	/** The edges between two layers; `from`/`to` are the nodes as named in paths. */
	const zone = (ws: [string, string, string, string], from: [string, string], to: [string, string], bias: string) => {
		const [a, b, c, d] = ws;
		const width = Math.max(...ws.map(w => displayWidth(weight(w))), displayWidth(`+${weight(bias)}`) - 2);
		const fill = (w: string) => '─'.repeat(width - displayWidth(weight(w)));
		// Along an edge: the node it leaves, the weight, the node it enters.
		const edge = (source: string, w: string, target: string) => styleOf(w, target) ?? styleOf(source, target);
		const sa = edge(from[0], a, to[0]);
		const sb = edge(from[0], b, to[1]);
		const sc = edge(from[1], c, to[0]);
		const sd = edge(from[1], d, to[1]);
		r0.add('─┬', sa ?? sb)
			.add(`─${weight(a)}${fill(a)}───`, sa)
			.add('┬▶', sa ?? sc)
			.add(' ');
		r1.add(' ')
			.add(`└─${weight(b)}${fill(b)}╮`, sb)
			.add(' ')
			.add('╭┘', sc)
			.add('  ');
		r2.add(padEndToWidth(`  +${weight(bias)}`, width + 4))
			.add('╳', sb ?? sc)
			.add('    ');
		r3.add(' ')
			.add(`┌─${weight(c)}${fill(c)}╯`, sc)
			.add(' ')
			.add('╰┐', sb)
			.add('  ');
		r4.add('─┴', sd ?? sc)
			.add(`─${weight(d)}${fill(d)}───`, sd)
			.add('┴▶', sd ?? sb)
			.add(' ');
	};
	const unit = (sum: string, out: string) => `${sum}│${out}`;

	// Inputs.
	const inputWidth = Math.max(displayWidth(weight('x1')), displayWidth(weight('x2'))) + 1;
	r0.add(padEndToWidth(weight('x1'), inputWidth), styleOf('x1'), true);
	r4.add(padEndToWidth(weight('x2'), inputWidth), styleOf('x2'), true);
	for (const r of [r1, r2, r3]) r.padTo(inputWidth);
	zone(['w11', 'w12', 'w13', 'w14'], ['x1', 'x2'], ['h1', 'h2'], 'b1');

	// Hidden layer: h|H, the sum and its sigmoid.
	const hiddenColumn = r0.width;
	r0.add(unit('h1', 'H1'), either(['h1', 'H1'], ['H1']), true).add(' ');
	r4.add(unit('h2', 'H2'), either(['h2', 'H2'], ['H2']), true).add(' ');
	above.padTo(hiddenColumn).add(unit(value('h1'), value('H1')));
	below.padTo(hiddenColumn).add(unit(value('h2'), value('H2')));
	for (const r of [r1, r2, r3]) r.padTo(r0.width);
	zone(['w21', 'w22', 'w23', 'w24'], ['H1', 'H2'], ['y1', 'y2'], 'b2');

	// Output layer, errors and their sum.
	const outputColumn = r0.width;
	r0.add(unit('y1', 'Y1'), either(['y1', 'Y1'], ['Y1']), true).add(' ');
	r4.add(unit('y2', 'Y2'), either(['y2', 'Y2'], ['Y2']), true).add(' ');
	above.padTo(outputColumn).add(unit(value('y1'), value('Y1')));
	below.padTo(outputColumn).add(unit(value('y2'), value('Y2')));
	const errorWidth = Math.max(displayWidth(value('E1')), displayWidth(value('E2')));
	r0.add('─▶ ', styleOf('Y1', 'E1'))
		.add(`E1 ${padEndToWidth(value('E1'), errorWidth)}`, styleOf('E1'), true)
		.add(' ')
		.add('─┐', styleOf('E1', 'E'));
	r4.add('─▶ ', styleOf('Y2', 'E2'))
		.add(`E2 ${padEndToWidth(value('E2'), errorWidth)}`, styleOf('E2'), true)
		.add(' ')
		.add('─┘', styleOf('E2', 'E'));
	// The targets sit under their errors, left of the bus that sums them.
	const bus = r0.width - 1;
	const targetWidth = Math.max(displayWidth(weight('t1')), displayWidth(weight('t2')));
	const errorColumn = Math.min(bus - 2 - displayWidth(`E1 ${' '.repeat(errorWidth)}`), bus - 1 - targetWidth);
	r1.padTo(Math.max(r1.width, errorColumn)).add(weight('t1')).padTo(bus).add('│', styleOf('E1', 'E'));
	r2.padTo(bus)
		.add('├▶ ', either(['E1', 'E'], ['E2', 'E']))
		.add(`E ${value('E')}`, styleOf('E'), true);
	r3.padTo(Math.max(r3.width, errorColumn)).add(weight('t2')).padTo(bus).add('│', styleOf('E2', 'E'));

	const lines = rows.map(r => trimEnd(r.spans));
	const widest = Math.max(...rows.map(r => r.width));
	return widest <= maxWidth ? lines : undefined;
}

function trimEnd(spans: readonly FigureSpan[]): FigureSpan[] {
	const out = [...spans];
	while (out.length > 0 && itemAt(out, out.length - 1).text.trim() === '') out.pop();
	return out;
}

/** The figure's text without styling, one string a line. */
export function figureText(lines: readonly FigureLine[]): string[] {
	return lines.map(line =>
		line
			.map(s => s.text)
			.join('')
			.replace(/\s+$/, ''),
	);
}

/**
 * The network as a list of its steps with every number, for terminals too
 * narrow for the figure; a step on an asked path starts with that path's line.
 * A line too wide for `maxWidth` takes its shorter form (σ→H1 for H1 = σ(h1)),
 * and one still too wide goes on over more lines, so no number is ever cut off.
 */
export function networkList({value, paths}: NetworkFigureInput, maxWidth = Number.POSITIVE_INFINITY): FigureLine[] {
	const mark = (names: string[]): PathStyle | undefined =>
		names.some(n => paths.e1.has(n)) ? 'e1' : names.some(n => paths.e2.has(n)) ? 'e2' : undefined;
	const w = (name: string) => `${name} ${value(name)}`;
	// Each line's parts, joined by two spaces; the first form that fits is used.
	const fitted = (prefix: FigureSpan | undefined, forms: readonly (readonly string[])[]): FigureLine[] => {
		const room = maxWidth - (prefix === undefined ? 0 : displayWidth(prefix.text));
		const parts = forms.find(f => displayWidth(f.join('  ')) <= room) ?? forms.at(-1) ?? [];
		const rows: string[] = [];
		for (const part of parts) {
			const last = rows.at(-1);
			if (last !== undefined && displayWidth(`${last}  ${part}`) <= room) rows[rows.length - 1] = `${last}  ${part}`;
			else rows.push(last === undefined ? part : `  ${part}`);
		}
		return rows.map((text, i) =>
			prefix === undefined ? [{text}] : [i === 0 ? prefix : {text: ' '.repeat(displayWidth(prefix.text))}, {text}],
		);
	};
	const units = [
		['h1', 'w11', 'w13', 'x1', 'x2', 'b1', 'H1'],
		['h2', 'w12', 'w14', 'x1', 'x2', 'b1', 'H2'],
		['y1', 'w21', 'w23', 'H1', 'H2', 'b2', 'Y1'],
		['y2', 'w22', 'w24', 'H1', 'H2', 'b2', 'Y2'],
	] as const;
	const weighted = ([sum, a, b, in1, in2, bias]: (typeof units)[number]) =>
		`${sum} = ${w(a)}·${in1} + ${w(b)}·${in2} + ${bias} = ${value(sum)}`;
	const full = ([sum, , , , , , act]: (typeof units)[number]) => `${act} = σ(${sum}) = ${value(act)}`;
	// The four units take the same form, so they read as a table.
	const short = units.some(u => displayWidth(`─ ${weighted(u)}  ${full(u)}`) > maxWidth);
	const unit = (u: (typeof units)[number]) => {
		const style = mark([u[0], u[6]]);
		return fitted({text: `${styleLine('─', style)} `, style}, [
			[weighted(u), short ? `σ→${u[6]} ${value(u[6])}` : full(u)],
		]);
	};
	return [
		...fitted(undefined, [[w('x1'), w('x2'), w('b1'), w('b2'), w('t1'), w('t2')]]),
		...units.flatMap(unit),
		...fitted(undefined, [
			[`E1 = ½(Y1 − t1)² = ${value('E1')}`, `E2 = ½(Y2 − t2)² = ${value('E2')}`, `E = E1 + E2 = ${value('E')}`],
			[`E1 = ½(Y1−t1)² = ${value('E1')}`, `E2 = ½(Y2−t2)² = ${value('E2')}`, `E = E1+E2 = ${value('E')}`],
		]),
	];
}

/** Values as the figure shows them, 3 significant figures. */
export const figureNumber = (x: number) => formatNumber(x, 3);

/**
 * The figure for a level on the note's network: an asked value is `?` until
 * answered; the asked paths are highlighted. Too narrow for the figure, the
 * listed form; undefined when the level is not on the note's network.
 */
export function levelNetworkFigure(
	level: Level,
	play: PlayState | undefined,
	maxWidth: number,
): {readonly lines: FigureLine[]; readonly listed: boolean} | undefined {
	const graph = level.graph;
	if (!isNotesNetwork(graph)) return undefined;
	const value = (name: string) => {
		const field = level.fields.find(f => f.role === 'value' && f.node === name);
		if (field !== undefined && play?.solved[field.id] !== true) return '?';
		const node = graph.byName.get(name);
		return node === undefined ? '?' : figureNumber(node.value.data);
	};
	const input = {value, paths: askedPaths(level)};
	const lines = networkFigure(input, maxWidth);
	return lines === undefined ? {lines: networkList(input, maxWidth), listed: true} : {lines, listed: false};
}

// The notes lab trains on the worked example's inputs and targets.
const notesData = {x1: 0.05, x2: 0.1, t1: 0.01, t2: 0.99} as const;
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Every node of the note's network at the given weights, for drawing the notes lab as it trains. */
export function notesNetworkValues(weights: Readonly<Record<string, number>>): Map<string, number> {
	const w = (name: string) => weights[name] ?? Number.NaN;
	const {x1, x2, t1, t2} = notesData;
	const h1 = w('w11') * x1 + w('w13') * x2 + w('b1');
	const h2 = w('w12') * x1 + w('w14') * x2 + w('b1');
	const [H1, H2] = [sigmoid(h1), sigmoid(h2)];
	const y1 = w('w21') * H1 + w('w23') * H2 + w('b2');
	const y2 = w('w22') * H1 + w('w24') * H2 + w('b2');
	const [Y1, Y2] = [sigmoid(y1), sigmoid(y2)];
	const E1 = 0.5 * (Y1 - t1) ** 2;
	const E2 = 0.5 * (Y2 - t2) ** 2;
	return new Map(Object.entries({...weights, ...notesData, h1, h2, H1, H2, y1, y2, Y1, Y2, E1, E2, E: E1 + E2}));
}

/** The notes lab's network at its current weights: the figure, or the list when narrow. */
export function notesLabFigure(weights: Readonly<Record<string, number>>, maxWidth: number): FigureLine[] {
	const values = notesNetworkValues(weights);
	const input = {
		value: (name: string) => figureNumber(values.get(name) ?? Number.NaN),
		paths: {e1: new Set<string>(), e2: new Set<string>()},
	};
	return networkFigure(input, maxWidth) ?? networkList(input, maxWidth);
}
