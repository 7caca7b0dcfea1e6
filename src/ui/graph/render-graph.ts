// Draws a level's named nodes as a left-to-right circuit, CS231n style: each
// node's output wire carries its name and forward value, its gradient sits
// just below the wire, and wires join the gate they feed. Pure text, so it
// can be tested without Ink and measured against the terminal width.

import {displayWidth, padEndToWidth} from '../text-width.js';

export type CircuitNode = {
	readonly name: string;
	/** The gate's symbol (`+`, `×`, `σ` …); empty for an input. */
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
		item.node === undefined ? '' : `${item.node.gate}${item.node.name} ${item.node.value} `;
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
	const isStraight = (target: Item) =>
		target.preds.length === 1 && byKey.get(target.preds[0] as string)?.row === target.row;
	const gutters = Array.from({length: columns - 1}, (_, c) => {
		const incoming = items.filter(i => i.column === c + 1 && i.preds.length > 0);
		const targets = incoming.filter(i => !isStraight(i)).sort((a, b) => a.row - b.row);
		return {targets, straight: incoming.filter(isStraight), width: targets.length + 1};
	});
	const starts: number[] = [];
	let x = 0;
	for (let c = 0; c < columns; c++) {
		starts.push(x);
		x += (widths[c] as number) + (gutters[c]?.width ?? 0);
	}
	const totalWidth = x;
	const rows = Math.max(...items.map(i => i.row)) + 1;
	const height = rows * 2;
	const text: string[][] = Array.from({length: height}, () => Array.from({length: totalWidth}, () => ' '));
	const bits: number[][] = Array.from({length: height}, () => Array.from({length: totalWidth}, () => 0));
	const link = (y: number, xFrom: number, xTo: number) => {
		for (let i = Math.min(xFrom, xTo); i < Math.max(xFrom, xTo); i++) {
			(bits[y] as number[])[i] = ((bits[y] as number[])[i] as number) | RIGHT;
			(bits[y] as number[])[i + 1] = ((bits[y] as number[])[i + 1] as number) | LEFT;
		}
	};
	const drop = (xAt: number, yFrom: number, yTo: number) => {
		for (let y = Math.min(yFrom, yTo); y < Math.max(yFrom, yTo); y++) {
			(bits[y] as number[])[xAt] = ((bits[y] as number[])[xAt] as number) | DOWN;
			(bits[y + 1] as number[])[xAt] = ((bits[y + 1] as number[])[xAt] as number) | UP;
		}
	};

	// Wires: every item's output runs to the end of its column, then through the gutter's bus.
	for (const item of items) {
		const y = item.row * 2;
		const start = (starts[item.column] as number) + displayWidth(labelOf(item));
		const end = (starts[item.column] as number) + (widths[item.column] as number) - 1;
		const consumers = items.filter(i => i.preds.includes(item.key));
		if (consumers.length > 0 || item.node === undefined)
			link(y, item.node === undefined ? (starts[item.column] as number) : start, end);
	}
	gutters.forEach((gutter, c) => {
		const gutterStart = (starts[c] as number) + (widths[c] as number) - 1;
		gutter.targets.forEach((target, t) => {
			const bus = gutterStart + 1 + t;
			const ty = target.row * 2;
			for (const key of target.preds) {
				const source = byKey.get(key) as Item;
				const sy = source.row * 2;
				link(sy, gutterStart, bus);
				drop(bus, sy, ty);
			}
			link(ty, bus, starts[c + 1] as number);
		});
		for (const target of gutter.straight) link(target.row * 2, gutterStart, starts[c + 1] as number);
	});

	// Labels go over the wires.
	for (const item of items) {
		if (item.node === undefined) continue;
		write(text, item.row * 2, starts[item.column] as number, labelOf(item).trimEnd());
		write(text, item.row * 2 + 1, starts[item.column] as number, gradOf(item));
	}

	return text.map((line, y) =>
		line
			.map((ch, i) => (ch !== ' ' ? ch : (joints[(bits[y] as number[])[i] as number] ?? ' ')))
			.join('')
			.replace(/\s+$/, ''),
	);
}

function write(canvas: string[][], y: number, x: number, value: string): void {
	const line = canvas[y] as string[];
	let i = x;
	for (const ch of value) {
		line[i] = ch;
		// A wide character takes two cells; the second is left empty for the terminal.
		if (displayWidth(ch) === 2) line[++i] = '';
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
		const target = byKey.get(node.name) as Item;
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
			(i: Item) =>
				i.preds.length === 0 ? Number.MAX_SAFE_INTEGER : mean(i.preds.map(p => (byKey.get(p) as Item).row)),
		);
	}
	return items;
}

/** The widest line of a drawing, in terminal columns. */
export function circuitWidth(lines: readonly string[]): number {
	return Math.max(0, ...lines.map(displayWidth));
}

/** Pads every line to the same width so a frame can be compared exactly. */
export function padCircuit(lines: readonly string[]): string[] {
	const width = circuitWidth(lines);
	return lines.map(l => padEndToWidth(l, width));
}
