import type {PlayState} from '../../game/store.js';
import {formatNumber} from '../../levels/format.js';
import type {Expr} from '../../levels/formula.js';
import type {NodeOp} from '../../levels/graph.js';
import type {Level} from '../../levels/loader.js';
import {operators} from '../../levels/operators.js';
import {truncateToWidth} from '../text-width.js';
import {must} from './grid.js';
import {type CircuitNode, circuitWidth, minCircuitWidth, renderCircuit} from './render-graph.js';
import {expressionText, type SumTerm, stepShape, termText} from './step-shape.js';

/** The label a node's gate wears: the operator table's glyph, or what the node is when it is no operation. */
function gateGlyph(op: NodeOp): string {
	switch (op) {
		case 'input':
			return '';
		case 'rename':
			return '=';
		case 'expression':
			return 'ƒ';
		default:
			return operators[op].glyph;
	}
}

const gradientRoles = new Set(['gradient', 'product', 'total']);

/** A line under the drawing: what an `ƒ` gate computes, or what a `⋯` on a wire stands for. */
export type LegendEntry = {
	/** `ƒ`, `⋯` or `⋯2`: the symbol as drawn. */
	readonly symbol: string;
	/** `E = 0.5·(a − t)^2`, or the part of the graph not drawn. */
	readonly text: string;
	readonly hidden: boolean;
};

export type LevelCircuitParts = {readonly nodes: CircuitNode[]; readonly legend: LegendEntry[]};

/**
 * The level's circuit as the player has proved it so far: asked values show
 * `?` until answered, asked gradients appear once found. With `expand`, a
 * weighted sum is drawn as its products feeding a + gate; without, as one `ƒ`
 * gate whose expression the legend spells out. A part of the graph left out of
 * the level's view becomes a `⋯` on the wire, never a silent bridge.
 */
export function levelCircuitParts(level: Level, play: PlayState | undefined, expand = true): LevelCircuitParts {
	const graph = level.graph;
	if (graph === undefined) return {nodes: [], legend: []};
	// The numbers a drawn step reads directly are always drawn, so no input is known only from a hint.
	const inView = new Set(level.view);
	for (const node of graph.nodes)
		if (inView.has(node.name))
			for (const dep of node.deps) if (graph.byName.get(dep.name)?.op === 'input') inView.add(dep.name);
	const exprOf = new Map<string, Expr>(level.steps.map(s => [s.name, s.expr]));
	const solved = (fieldId: string) => play?.solved[fieldId] === true;
	const data = (name: string) => must(graph.byName, name).value.data;
	const visibleDeps = (name: string, seen = new Set<string>()): string[] => {
		const out: string[] = [];
		for (const dep of graph.byName.get(name)?.deps ?? []) {
			if (seen.has(dep.name)) continue;
			seen.add(dep.name);
			if (inView.has(dep.name)) out.push(dep.name);
			else out.push(...visibleDeps(dep.name, seen));
		}
		return [...new Set(out)];
	};
	// The nodes the level differentiates (∂root/∂… fields) carry the seed gradient 1.
	const roots = new Set(level.fields.filter(f => gradientRoles.has(f.role)).map(f => f.id.split(':')[1]));

	const nodes: CircuitNode[] = [];
	const legend: {symbol: string; text: string; hidden: boolean}[] = [];
	const marks: {node: CircuitNode; entry: {symbol: string}}[] = [];
	const hiddenMark = (value: number, deps: string[], text: string): string => {
		const name = `⋯${marks.length + 1}`;
		const node: CircuitNode = {name, label: '', gate: '⋯', value: formatNumber(value, 3), grad: undefined, deps};
		const entry = {symbol: '⋯', text, hidden: true};
		nodes.push(node);
		legend.push(entry);
		marks.push({node, entry});
		return name;
	};
	const hiddenDep = (name: string): string => {
		const expr = exprOf.get(name);
		return hiddenMark(data(name), visibleDeps(name), expr === undefined ? name : `${name} = ${expressionText(expr)}`);
	};
	const termValue = (term: SumTerm) =>
		term.factors.reduce((product, f) => product * (f.kind === 'name' ? data(f.name) : f.value), 1);

	// Inputs are drawn just before the first gate that reads them, so wires into a gate don't cross.
	const drawn = new Set<string>();
	const drawInputs = (names: readonly string[]) => {
		for (const name of names) {
			const input = graph.byName.get(name);
			if (input === undefined || input.op !== 'input' || drawn.has(name) || !inView.has(name)) continue;
			drawn.add(name);
			nodes.push({name, gate: '', value: formatNumber(input.value.data, 3), grad: gradOf(name), deps: []});
		}
	};
	const gradOf = (name: string): string | undefined => {
		const gradField = level.fields.find(f => gradientRoles.has(f.role) && f.node === name);
		if (gradField !== undefined) return solved(gradField.id) ? formatNumber(gradField.expected, 3) : '?';
		return roots.has(name) ? '1' : undefined;
	};

	// A value still to find hides every value computed from it too: w21·H1 would give H1 away.
	const unknown = new Set<string>();
	for (const node of graph.nodes) {
		const valueField = level.fields.find(f => f.role === 'value' && f.node === node.name);
		if ((valueField !== undefined && !solved(valueField.id)) || node.deps.some(d => unknown.has(d.name)))
			unknown.add(node.name);
	}

	for (const node of graph.nodes) {
		if (!inView.has(node.name) || node.op === 'input') continue;
		drawInputs(node.deps.map(d => d.name));
		const grad = gradOf(node.name);
		const value = unknown.has(node.name) ? '?' : formatNumber(node.value.data, 3);
		const valueField = level.fields.find(f => f.role === 'value' && f.node === node.name);
		// The terms of an asked sum would add up to its answer; any other term shows unless it uses an unknown.
		const askedHere = valueField !== undefined && !solved(valueField.id);
		const expr = exprOf.get(node.name);
		const glyph = gateGlyph(node.op);
		const shape = expr === undefined ? {kind: 'expression' as const} : stepShape(expr, glyph);
		let gate = glyph;
		let deps: string[] = [];
		if (shape.kind === 'sum' && expand) {
			let constant = 0;
			const hidden: SumTerm[] = [];
			shape.terms.forEach((term, i) => {
				const named = term.factors.flatMap(f => (f.kind === 'name' ? [f.name] : []));
				if (named.length === 0) constant += termValue(term);
				else if (named.some(n => !inView.has(n))) hidden.push(term);
				else if (term.factors.length === 1) deps.push(...named);
				else {
					// A product shows its value, and the gradient the + passes to it unchanged.
					const number = term.factors.find(f => f.kind === 'number');
					const product: CircuitNode = {
						name: `${node.name}·${i}`,
						label: '',
						gate: number?.kind === 'number' ? `${operators.mul.glyph}${number.value}` : operators.mul.glyph,
						value: askedHere || named.some(n => unknown.has(n)) ? '?' : formatNumber(termValue(term), 3),
						grad: grad === '?' ? undefined : grad,
						deps: named,
					};
					nodes.push(product);
					deps.push(product.name);
				}
			});
			if (hidden.length > 0) {
				const reached = hidden.flatMap(t =>
					t.factors.flatMap(f => (f.kind !== 'name' ? [] : inView.has(f.name) ? [f.name] : visibleDeps(f.name))),
				);
				deps.push(
					hiddenMark(
						hidden.reduce((sum, t) => sum + termValue(t), 0),
						[...new Set(reached)],
						hidden.map(termText).join(' + '),
					),
				);
			}
			gate = constant === 0 ? operators.add.glyph : `${operators.add.glyph}${constant}`;
		} else {
			if (shape.kind === 'gate') gate = shape.gate;
			else {
				gate = 'ƒ';
				if (expr !== undefined)
					legend.push({symbol: 'ƒ', text: `${node.name} = ${expressionText(expr)}`, hidden: false});
			}
			deps = node.deps.map(d => (inView.has(d.name) ? d.name : hiddenDep(d.name)));
		}
		nodes.push({
			name: node.name,
			// A gate carrying a constant (`×2`, `²`) keeps a space before the name so the two don't run together.
			gate: (gate.length > 1 || /\p{No}$/u.test(gate)) && !gate.endsWith(' ') ? `${gate} ` : gate,
			value,
			grad,
			deps: [...new Set(deps)],
		});
	}
	drawInputs(graph.nodes.map(n => n.name));
	// Several hidden parts are told apart by number.
	if (marks.length > 1) {
		marks.forEach(({node, entry}, i) => {
			Object.assign(node, {label: String(i + 1)});
			entry.symbol = `⋯${i + 1}`;
		});
	}
	return {nodes, legend};
}

/** The drawn nodes (see levelCircuitParts). */
export function levelCircuitNodes(level: Level, play: PlayState | undefined, expand = true): CircuitNode[] {
	return levelCircuitParts(level, play, expand).nodes;
}

export type LevelCircuit = {readonly lines: string[]; readonly legend: LegendEntry[]};

/**
 * The drawing, its products spelled out when that fits `maxWidth` columns and
 * folded into `ƒ` gates when not; undefined when even that can't fit.
 */
export function levelCircuit(level: Level, play: PlayState | undefined, maxWidth: number): LevelCircuit | undefined {
	for (const expand of [true, false]) {
		const parts = levelCircuitParts(level, play, expand);
		if (minCircuitWidth(parts.nodes) > maxWidth) continue;
		const lines = renderCircuit(parts.nodes);
		// A last row with no gradients on it is left out.
		while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
		if (circuitWidth(lines) <= maxWidth) return {lines, legend: parts.legend};
	}
	return undefined;
}

/**
 * The graph as a list of its steps (`q = x + y = 3`), for terminals too narrow
 * for the circuit. Asked values stay hidden as `?` until answered.
 */
export function levelStepList(level: Level, play: PlayState | undefined, maxWidth: number): string[] {
	const nodes = new Map(levelCircuitNodes(level, play).map(n => [n.name, n]));
	return (level.graph?.nodes ?? [])
		.filter(node => node.op !== 'input' && nodes.has(node.name))
		.map(node => truncateToWidth(`${node.name} = ${node.text} = ${nodes.get(node.name)?.value ?? '?'}`, maxWidth));
}
