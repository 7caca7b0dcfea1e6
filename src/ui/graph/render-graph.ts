// Draws a level's named nodes as a left-to-right circuit, CS231n style: each
// node's output wire carries its name and forward value, its gradient sits
// just below the wire, and wires join the gate they feed. Pure text, so it
// can be tested without Ink and measured against the terminal width.

import {displayWidth} from '../text-width.js';
import {at, Grid, must} from './grid.js';

export type CircuitNode = {
	/** Identifies the node among its neighbours' `deps`. */
	readonly name: string;
	/** What is written after the gate; the name when omitted (a product of a weighted sum has none). */
	readonly label?: string;
	/** The gate's symbol with any constant it applies (`+`, `×2`, `²`, `σ` …); empty for an input. */
	readonly gate: string;
	/** The forward value as shown, or `?` while the player still has to find it. */
	readonly value: string;
	/** The gradient as shown (`?` while unknown); undefined draws no gradient line. */
	readonly grad: string | undefined;
	/** Names of the nodes in the drawing that feed this one. */
	readonly deps: readonly string[];
};

type Item = {
	readonly key: string;
	readonly node: CircuitNode | undefined; // undefined: a wire passing through this column
	column: number;
	row: number;
	readonly preds: string[];
};

const UP = 1;
const DOWN = 2;
const LEFT = 4;
const RIGHT = 8;
const joints: Record<number, string> = {
	[LEFT | RIGHT]: '─',
	[LEFT]: '─',
	[RIGHT]: '─',
	[UP | DOWN]: '│',
	[UP]: '│',
	[DOWN]: '│',
	[DOWN | RIGHT]: '┌',
	[DOWN | LEFT]: '┐',
	[UP | RIGHT]: '└',
	[UP | LEFT]: '┘',
	[UP | DOWN | RIGHT]: '├',
	[UP | DOWN | LEFT]: '┤',
	[DOWN | LEFT | RIGHT]: '┬',
	[UP | LEFT | RIGHT]: '┴',
	[UP | DOWN | LEFT | RIGHT]: '┼',
};

/** Lines of the drawing; nodes must come inputs first, each after the nodes it reads. */
export function renderCircuit(nodes: readonly CircuitNode[]): string[] {
	if (nodes.length === 0) return [];
	const items = layout(nodes);
	const columns = Math.max(...items.map(i => i.column)) + 1;
	const byKey = new Map(items.map(i => [i.key, i]));

	// Column widths from the labels they hold.
	const labelOf = (item: Item) =>
		item.node === undefined ? '' : `${item.node.gate}${item.node.label ?? item.node.name} ${item.node.value} `;
	const gradOf = (item: Item) => (item.node?.grad === undefined ? '' : ` ∂ ${item.node.grad}`);
	const widths = Array.from({length: columns}, (_, c) =>
		Math.max(
			3,
			...items
				.filter(i => i.column === c)
				.map(i => Math.max(displayWidth(labelOf(i)) + 2, displayWidth(gradOf(i)) + 1)),
		),
	);

	// Each gutter gets one vertical bus per target that joins wires or changes row;
	// a single wire on the same row runs straight through.
	const isStraight = (target: Item) => target.preds.length === 1 && must(byKey, at(target.preds, 0)).row === target.row;
	const gutters = Array.from({length: columns - 1}, (_, c) => {
		const incoming = items.filter(i => i.column === c + 1 && i.preds.length > 0);
		const targets = incoming.filter(i => !isStraight(i)).sort((a, b) => a.row - b.row);
		return {targets, straight: incoming.filter(isStraight), width: targets.length + 1};
	});
	const starts: number[] = [];
	let x = 0;
	for (let c = 0; c < columns; c++) {
		starts.push(x);
		x += at(widths, c) + (gutters[c]?.width ?? 0);
	}
	const start = (column: number) => at(starts, column);
	const end = (column: number) => start(column) + at(widths, column) - 1;
	const totalWidth = x;
	const rows = Math.max(...items.map(i => i.row)) + 1;
	const text = new Grid(totalWidth, rows * 2, ' ');
	const bits = new Grid(totalWidth, rows * 2, 0);
	const mark = (cx: number, cy: number, bit: number) => bits.set(cx, cy, bits.get(cx, cy) | bit);
	const link = (y: number, xFrom: number, xTo: number) => {
		for (let i = Math.min(xFrom, xTo); i < Math.max(xFrom, xTo); i++) {
			mark(i, y, RIGHT);
			mark(i + 1, y, LEFT);
		}
	};
	const drop = (xAt: number, yFrom: number, yTo: number) => {
		for (let y = Math.min(yFrom, yTo); y < Math.max(yFrom, yTo); y++) {
			mark(xAt, y, DOWN);
			mark(xAt, y + 1, UP);
		}
	};

	// Wires: every item's output runs to the end of its column, then through the gutter's bus.
	const fed = new Set(items.flatMap(i => i.preds));
	for (const item of items) {
		if (fed.has(item.key) || item.node === undefined) {
			const from = item.node === undefined ? start(item.column) : start(item.column) + displayWidth(labelOf(item));
			link(item.row * 2, from, end(item.column));
		}
	}
	gutters.forEach((gutter, c) => {
		gutter.targets.forEach((target, t) => {
			const bus = end(c) + 1 + t;
			const ty = target.row * 2;
			for (const key of target.preds) {
				const sy = must(byKey, key).row * 2;
				link(sy, end(c), bus);
				drop(bus, sy, ty);
			}
			link(ty, bus, start(c + 1));
		});
		for (const target of gutter.straight) link(target.row * 2, end(c), start(c + 1));
	});

	// Labels go over the wires.
	for (const item of items) {
		if (item.node === undefined) continue;
		write(text, item.row * 2, start(item.column), labelOf(item).trimEnd());
		write(text, item.row * 2 + 1, start(item.column), gradOf(item));
	}

	return Array.from({length: text.height}, (_, y) =>
		text
			.row(y)
			.map((ch, i) => (ch !== ' ' ? ch : (joints[bits.get(i, y)] ?? ' ')))
			.join('')
			.replace(/\s+$/, ''),
	);
}

function write(canvas: Grid<string>, y: number, x: number, value: string): void {
	let i = x;
	for (const ch of value) {
		canvas.set(i, y, ch);
		// A wide character takes two cells; the second is left empty for the terminal.
		if (displayWidth(ch) === 2) canvas.set(++i, y, '');
		i++;
	}
}

/** Columns by longest path, inputs pulled right next to their first consumer, long wires broken into pass-through items. */
function layout(nodes: readonly CircuitNode[]): Item[] {
	const column = new Map<string, number>();
	for (const node of nodes) {
		column.set(node.name, node.deps.length === 0 ? 0 : 1 + Math.max(...node.deps.map(d => column.get(d) ?? 0)));
	}
	for (const node of nodes) {
		if (node.deps.length > 0) continue;
		const consumers = nodes.filter(n => n.deps.includes(node.name)).map(n => column.get(n.name) ?? 1);
		if (consumers.length > 0) column.set(node.name, Math.min(...consumers) - 1);
	}

	const items: Item[] = nodes.map(node => ({
		key: node.name,
		node,
		column: column.get(node.name) ?? 0,
		row: 0,
		preds: [],
	}));
	const byKey = new Map(items.map(i => [i.key, i]));
	for (const node of nodes) {
		const target = must(byKey, node.name);
		for (const dep of node.deps) {
			let previous = dep;
			for (let c = (column.get(dep) ?? 0) + 1; c < target.column; c++) {
				const key = `${dep}→${node.name}@${c}`;
				const pass: Item = {key, node: undefined, column: c, row: 0, preds: [previous]};
				items.push(pass);
				byKey.set(key, pass);
				previous = key;
			}
			target.preds.push(previous);
		}
	}

	// Rows: each item near the average row of what feeds it, then inputs near what they feed.
	const columns = Math.max(...items.map(i => i.column)) + 1;
	const place = (inColumn: Item[], desired: (i: Item) => number) => {
		const order = inColumn
			.map((item, index) => ({item, want: desired(item), index}))
			.sort((a, b) => a.want - b.want || a.index - b.index);
		let next = 0;
		for (const {item, want} of order) {
			item.row = want === Number.MAX_SAFE_INTEGER ? next : Math.max(next, Math.round(want));
			next = item.row + 1;
		}
	};
	const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
	let counter = 0;
	place(
		items.filter(i => i.column === 0),
		() => counter++,
	);
	for (let c = 1; c < columns; c++) {
		place(
			items.filter(i => i.column === c),
			// An input that joins late goes below the wires already running through its column.
			(i: Item) => (i.preds.length === 0 ? Number.MAX_SAFE_INTEGER : mean(i.preds.map(p => must(byKey, p).row))),
		);
	}
	return items;
}

/**
 * The fewest terminal columns the drawing of `nodes` can take, worked out
 * without drawing it: every column of gates is at least 3 wide and every
 * gutter at least 1. A long chain can be refused at once instead of being laid
 * out (with a wire through every column for each input it rereads) only to be
 * found too wide.
 */
export function minCircuitWidth(nodes: readonly CircuitNode[]): number {
	const column = new Map<string, number>();
	let columns = 0;
	for (const node of nodes) {
		let c = 0;
		for (const dep of node.deps) c = Math.max(c, (column.get(dep) ?? 0) + 1);
		column.set(node.name, c);
		columns = Math.max(columns, c + 1);
	}
	return columns === 0 ? 0 : 4 * (columns - 1) + 1;
}

/** The widest line of a drawing, in terminal columns. */
export function circuitWidth(lines: readonly string[]): number {
	return Math.max(0, ...lines.map(displayWidth));
}
