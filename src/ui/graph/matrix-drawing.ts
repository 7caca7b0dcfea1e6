// The drawing of a matrix level: each step as named boxes with their shapes
// (`X 2×3 ─·─ W 3×2 → Y 2×2`), then the values as small matrices side by side
// where they fit, or one line each where they don't. An asked value or
// gradient shows ? in each cell until it is proved, and fills in as it is.

import type {PlayState} from '../../game/store.js';
import type {Field} from '../../levels/answers.js';
import {formatNumber} from '../../levels/format.js';
import {type Expr, printMaths} from '../../levels/formula.js';
import type {Level} from '../../levels/loader.js';
import type {MatrixGraph} from '../../levels/matrix-graph.js';
import {assertNever, type InfixSymbol, operators, precedenceOf} from '../../levels/operators.js';
import {showShape} from '../../levels/shape.js';
import {displayWidth, padEndToWidth, truncateToWidth} from '../text-width.js';

/** A labelled matrix: its title line, what it is (a value or a gradient, its shape) and its rows of cells, `?` for one still to find. */
export type Block = {
	readonly title: string;
	readonly label: string;
	readonly shape: readonly number[];
	readonly rows: readonly (readonly string[])[];
};

const gap = 2;

/**
 * How a wire writes an operation, as maths: the matrix product a dot (`X ─·─ W`), an
 * entry-by-entry product ⊙ (`Y ─⊙─ G`), never code's `@`, `*` or `^`.
 */
const wiredSign: Readonly<Record<InfixSymbol, string>> = {'@': '·', '*': '⊙', '+': '+', '-': '−', '/': '÷', '^': '^'};

/**
 * A step's expression as the drawing wires it: each name with its shape (`D 2×1`), a
 * product or sum between wires, a shaped value raised in brackets (`(D 2×1)²`), and
 * every function as maths writes it (`ln`, `Σⱼ`, `σ`).
 */
function wiredMaths(expr: Expr, shaped: (name: string) => string, parent = 0): string {
	switch (expr.kind) {
		case 'number':
			return printMaths(expr, parent);
		case 'name':
			return shaped(expr.name);
		case 'call':
			return operators[expr.fn].maths(expr.args.map(arg => wiredMaths(arg, shaped)));
		case 'negate': {
			const text = `−${wiredMaths(expr.arg, shaped, 3)}`;
			return parent >= 3 ? `(${text})` : text;
		}
		case 'binary': {
			const p = precedenceOf(expr.op);
			const left = wiredMaths(expr.left, shaped, expr.op === '^' ? p + 1 : p);
			if (expr.op === '^') {
				const base = left.includes(' ') && !left.startsWith('(') ? `(${left})` : left;
				return operators.pow.maths([base, printMaths(expr.right)]);
			}
			const right = wiredMaths(expr.right, shaped, p + 1);
			// A number times a matrix scales it: a plain dot, not ⊙.
			const scaled = expr.op === '*' && (expr.left.kind === 'number' || expr.right.kind === 'number');
			const text = `${left} ─${scaled ? '·' : wiredSign[expr.op]}─ ${right}`;
			return p < parent ? `(${text})` : text;
		}
		default:
			return assertNever(expr);
	}
}

/**
 * `X 2×3 ─·─ W 3×2 → Y 2×2` for each step of the view; a shape the level asks
 * for shows as ?×? until it is found.
 */
export function stepLines(
	graph: MatrixGraph,
	view: readonly string[],
	hidden: ReadonlySet<string> = new Set(),
): string[] {
	// A single number needs no shape.
	const shapeOf = (name: string) => {
		const shape = graph.byName.get(name)?.shape ?? [];
		if (hidden.has(name)) return ` ${shape.map(() => '?').join('×')}`;
		return shape.length === 0 ? '' : ` ${showShape(shape)}`;
	};
	return graph.nodes.flatMap(n => {
		if (n.expr === undefined || !view.includes(n.name)) return [];
		return [`${wiredMaths(n.expr, name => `${name}${shapeOf(name)}`)} → ${n.name}${shapeOf(n.name)}`];
	});
}

/** Which cells of a grid are known: proved by the player or shown by the solution. */
function known(fields: readonly Field[], gridId: string, play: PlayState | undefined): Map<string, number> {
	const out = new Map<string, number>();
	for (const field of fields) {
		if (field.cell?.grid.id === gridId && play?.solved[field.id] === true)
			out.set(`${field.cell.row},${field.cell.col}`, field.expected);
	}
	return out;
}

const cellText = (x: number) => formatNumber(x, 3);

/**
 * A block's cells: each number shown, or its stand-in (? for one still to find,
 * · for one not drawn at all). Every stand-in is as wide as the block's widest
 * number, so the drawing keeps its layout as it fills in, and no ? tells by its
 * width how long its own number is (a lone 0).
 */
function cellTexts(
	rows: readonly (readonly number[])[],
	standIn: (i: number, j: number) => string | undefined,
): string[][] {
	const widest = Math.max(1, ...rows.flatMap(row => row.map(x => cellText(x).length)));
	return rows.map((row, i) => row.map((x, j) => standIn(i, j)?.padStart(widest) ?? cellText(x)));
}

/** Nodes whose own shape the level asks and the player has not found yet: drawn without it. */
export function hiddenShapes(level: Level, play: PlayState | undefined): Set<string> {
	const hidden = new Set<string>();
	for (const field of level.fields) {
		const grid = field.cell?.grid;
		if (grid?.kind === 'shape' && grid.label === grid.node && play?.solved[field.id] !== true) hidden.add(grid.node);
	}
	return hidden;
}

/** Nodes whose shape the level asks: worked out from the shapes, never from their numbers. */
function shapeNodes(level: Level): Set<string> {
	const nodes = new Set<string>();
	for (const field of level.fields) {
		const grid = field.cell?.grid;
		if (grid?.kind === 'shape' && grid.label === grid.node) nodes.add(grid.node);
	}
	return nodes;
}

/**
 * The steps worked out from a value the level asks and the player has not
 * found yet: drawn as ? as well, as the circuits do, since each gives that
 * value away (P[k] = e^−L from the loss L = −log P[k]).
 */
function followUnknowns(level: Level, graph: MatrixGraph, play: PlayState | undefined): Set<string> {
	const unknown = new Set<string>();
	for (const field of level.fields) {
		const grid = field.cell?.grid;
		if (grid?.kind === 'matrix' && grid.id === `value:${grid.node}` && play?.solved[field.id] !== true)
			unknown.add(grid.node);
	}
	const after = new Set<string>();
	for (const node of graph.nodes)
		if (node.reads.some(name => unknown.has(name) || after.has(name))) after.add(node.name);
	return after;
}

/**
 * The drawn matrices shown as ? though no field asks for them: each follows from a
 * value still to find (L from P), so a legend says they are not fields to fill.
 */
export function followingNames(level: Level, play: PlayState | undefined): string[] {
	const graph = level.matrix;
	if (graph === undefined) return [];
	const hidden = hiddenShapes(level, play);
	const shapesAsked = shapeNodes(level);
	const asked = new Set(level.fields.map(f => f.cell?.grid.id));
	const following = followUnknowns(level, graph, play);
	return graph.nodes
		.filter(n => level.view.includes(n.name) && following.has(n.name))
		.filter(n => !hidden.has(n.name) && !shapesAsked.has(n.name) && !asked.has(`value:${n.name}`))
		.map(n => n.name);
}

/** The blocks to draw: every node of the view, then each asked gradient. */
export function matrixBlocks(level: Level, graph: MatrixGraph, play: PlayState | undefined): Block[] {
	const hidden = hiddenShapes(level, play);
	const asked = new Set(level.fields.flatMap(f => (f.cell?.grid.kind === 'matrix' ? [f.cell.grid.id] : [])));
	const following = followUnknowns(level, graph, play);
	const shapesAsked = shapeNodes(level);
	const out: Block[] = [];
	for (const node of graph.nodes) {
		if (!level.view.includes(node.name) || hidden.has(node.name)) continue;
		const id = `value:${node.name}`;
		const found = known(level.fields, id, play);
		const shown = (i: number, j: number) => (asked.has(id) ? found.has(`${i},${j}`) : !following.has(node.name));
		// A level that asks only a node's shape draws its cells empty: its numbers are the next level's question.
		const standIn = (i: number, j: number) => (shapesAsked.has(node.name) ? '·' : shown(i, j) ? undefined : '?');
		out.push({
			title: `${node.name} ${showShape(node.shape)}`,
			label: node.name,
			shape: node.shape,
			rows: cellTexts(node.rows, standIn),
		});
	}
	for (const id of asked) {
		if (id.startsWith('jac:')) {
			const cells = level.fields.filter(f => f.cell?.grid.id === id);
			const size = cells[0]?.cell?.grid.rows ?? 0;
			const found = known(level.fields, id, play);
			const [, p = '', z = ''] = id.split(':');
			out.push({
				title: `∂${p}/∂${z}`,
				label: `∂${p}/∂${z}`,
				shape: [size, size],
				rows: cellTexts(
					Array.from({length: size}, (_, i) =>
						Array.from({length: size}, (_, j) => cells.find(c => c.cell?.row === i && c.cell.col === j)?.expected ?? 0),
					),
					(i, j) => (found.has(`${i},${j}`) ? undefined : '?'),
				),
			});
			continue;
		}
		if (!id.startsWith('grad:')) continue;
		const name = id.split(':')[2] ?? '';
		const rows = graph.grads.get(name) ?? [];
		const found = known(level.fields, id, play);
		out.push({
			title: `∂${graph.output.name}/∂${name}`,
			label: `∂${graph.output.name}/∂${name}`,
			shape: graph.byName.get(name)?.shape ?? [],
			rows: cellTexts(rows, (i, j) => (found.has(`${i},${j}`) ? undefined : '?')),
		});
	}
	return out;
}

/** A block as lines of equal width: the title, then `│ 1  -2 │` rows. */
function blockLines(block: Block): string[] {
	const cols = block.rows[0]?.length ?? 0;
	const widths = Array.from({length: cols}, (_, j) => Math.max(...block.rows.map(row => displayWidth(row[j] ?? ''))));
	const rows = block.rows.map(
		row => `│${row.map((cell, j) => ` ${' '.repeat((widths[j] ?? 0) - displayWidth(cell))}${cell}`).join('')} │`,
	);
	const width = Math.max(displayWidth(block.title), ...rows.map(displayWidth));
	return [block.title, ...rows].map(line => padEndToWidth(line, width));
}

/** The drawing's lines at `width` columns: the steps, then the matrices side by side (or listed when one is too wide). */
export function matrixDrawingLines(level: Level, play: PlayState | undefined, width: number): string[] {
	const graph = level.matrix;
	if (graph === undefined) return [];
	// Steps share a line when they fit side by side.
	const lines: string[] = [];
	for (const step of stepLines(
		graph,
		graph.nodes.map(n => n.name),
		hiddenShapes(level, play),
	)) {
		const last = lines[lines.length - 1];
		if (last !== undefined && displayWidth(last) + gap + 1 + displayWidth(step) <= width)
			lines[lines.length - 1] = `${last}${' '.repeat(gap)}· ${step}`;
		else lines.push(truncateToWidth(step, width));
	}
	const drawn = matrixBlocks(level, graph, play).map(blockLines);
	if (drawn.some(b => displayWidth(b[0] ?? '') > width)) {
		// Listed form: one line a matrix, each row a tuple.
		for (const block of matrixBlocks(level, graph, play)) {
			const rows = block.rows.map(row => `(${row.map(cell => cell.trim()).join(', ')})`);
			lines.push(truncateToWidth(`${block.title}: ${rows.join(' ')}`, width));
		}
		return lines;
	}
	let shelf: string[][] = [];
	let used = 0;
	const flush = () => {
		if (shelf.length === 0) return;
		const height = Math.max(...shelf.map(b => b.length));
		for (let i = 0; i < height; i++)
			lines.push(
				shelf
					.map(b => padEndToWidth(b[i] ?? '', displayWidth(b[0] ?? '')))
					.join(' '.repeat(gap))
					.trimEnd(),
			);
		shelf = [];
		used = 0;
	};
	for (const b of drawn) {
		const w = displayWidth(b[0] ?? '');
		if (used > 0 && used + gap + w > width) flush();
		shelf.push(b);
		used += (used > 0 ? gap : 0) + w;
	}
	flush();
	return lines;
}
