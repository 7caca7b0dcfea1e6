import type {PlayState} from '../../game/store.js';
import {formatNumber} from '../../levels/format.js';
import type {NodeOp} from '../../levels/graph.js';
import type {Level} from '../../levels/loader.js';
import {truncateToWidth} from '../text-width.js';
import {type CircuitNode, circuitWidth, renderCircuit} from './render-graph.js';

const gateGlyph: Record<NodeOp, string> = {
	input: '',
	'+': '+',
	'−': '−',
	'×': '×',
	'÷': '÷',
	neg: '−',
	'^': '^',
	exp: 'exp ',
	log: 'ln ',
	tanh: 'tanh ',
	σ: 'σ',
	relu: 'relu ',
	'=': '=',
	ƒ: 'ƒ',
};

const gradientRoles = new Set(['gradient', 'product', 'total']);

/**
 * The level's circuit as the player has proved it so far: asked values show
 * `?` until answered, asked gradients appear once found. Nodes left out of a
 * level's view are skipped over, so their neighbours stay connected.
 */
export function levelCircuitNodes(level: Level, play: PlayState | undefined): CircuitNode[] {
	const graph = level.graph;
	if (graph === undefined) return [];
	const inView = new Set(level.view);
	const solved = (fieldId: string) => play?.solved[fieldId] === true;
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
	return graph.nodes
		.filter(node => inView.has(node.name))
		.map(node => {
			const valueField = level.fields.find(f => f.role === 'value' && f.node === node.name);
			const gradField = level.fields.find(f => gradientRoles.has(f.role) && f.node === node.name);
			let grad: string | undefined;
			if (gradField !== undefined) grad = solved(gradField.id) ? formatNumber(gradField.expected, 3) : '?';
			else if (roots.has(node.name)) grad = '1';
			return {
				name: node.name,
				gate: gateGlyph[node.op],
				value: valueField !== undefined && !solved(valueField.id) ? '?' : formatNumber(node.value.data, 3),
				grad,
				deps: visibleDeps(node.name),
			};
		});
}

/** The drawing, or undefined when it can't fit `maxWidth` columns. */
export function levelCircuit(level: Level, play: PlayState | undefined, maxWidth: number): string[] | undefined {
	const lines = renderCircuit(levelCircuitNodes(level, play));
	return circuitWidth(lines) <= maxWidth ? lines : undefined;
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
