// A find-the-bug level: a complete backward pass as a table (node, value,
// local derivative, gradient) in which one row carries a diagnosed mistake,
// planted by running the diagnosis in reverse, and every row below it carries
// the consequence, as the same bug in real code would. On a node one step
// reads, the bug sits in its local derivative (the buggy backward rule) and
// the row's gradient follows from it; on a node several steps read, in the sum.

import type {Field} from './answers.js';
import type {Mistake, MistakeReason} from './diagnosis.js';
import {gradientFields} from './fields/gradients.js';
import {countPaths, GraphError, gradientsFrom, type LevelGraph} from './graph.js';

export type BugRow = {
	readonly node: string;
	readonly value: number;
	/** ∂consumer/∂node for each step that reads this node; none for the output. */
	readonly locals: readonly {readonly of: string; readonly local: number}[];
	/** The gradient the worked pass shows: wrong on the bug's row and wherever it flows. */
	readonly shown: number;
	readonly right: number;
};

export type BugTable = {
	readonly output: string;
	/** Output first, inputs last: the order a backward pass visits them. */
	readonly rows: readonly BugRow[];
	/** The row with the planted mistake. */
	readonly bugRow: number;
	readonly planted: Mistake;
};

/** The table with the mistake planted at `node`, and the field that asks for that row's right gradient. */
export function bugFields(
	graph: LevelGraph,
	bug: {readonly node: string; readonly mistake: string},
): {fields: Field[]; table: BugTable} {
	const out = graph.output.name;
	if (bug.node === out) throw new GraphError(`the bug can't sit on the output '${out}': its gradient is always 1`);
	const [field] = gradientFields(graph, [`d${out}/d${bug.node}`]);
	if (field === undefined) throw new GraphError(`no gradient of '${out}' by '${bug.node}'`);
	const planted = field.mistakes.find(m => m.reason === bug.mistake);
	if (planted === undefined) {
		const known = [...new Set(field.mistakes.map(m => m.reason))];
		throw new GraphError(
			`'${bug.mistake}' is not a mistake the game diagnoses on ∂${out}/∂${bug.node}; here it knows ${known.join(', ') || 'none'}`,
		);
	}
	const right = gradientsFrom(graph, graph.output);
	const shown = new Map<string, number>([[out, 1]]);
	const reaching = [...graph.nodes].reverse().filter(n => n.name === out || countPaths(graph, out, n.name) > 0);
	const rows: BugRow[] = reaching.map(node => {
		const consumers = reaching.filter(c => c.deps.some(dep => dep.name === node.name));
		const rightLocals = consumers.map(c => ({
			of: c.name,
			local: c.deps.find(dep => dep.name === node.name)?.local ?? 0,
		}));
		// A bug lives in a node's backward rule: where one step reads the node, its local derivative is
		// what the buggy rule computed, and the gradient follows from it, so only the rule can find it.
		const [only] = consumers;
		const upstream = only === undefined ? 0 : (shown.get(only.name) ?? 0);
		const locals =
			node.name === bug.node && only !== undefined && consumers.length === 1 && upstream !== 0
				? [{of: only.name, local: planted.value / upstream}]
				: rightLocals;
		const gradient =
			node.name === out
				? 1
				: node.name === bug.node
					? planted.value
					: locals.reduce((sum, l) => sum + (shown.get(l.of) ?? 0) * l.local, 0);
		shown.set(node.name, gradient);
		return {node: node.name, value: node.value.data, locals, shown: gradient, right: right.get(node.name) ?? 0};
	});
	const bugRow = rows.findIndex(r => r.node === bug.node);
	return {fields: [{...field, id: `bug:${out}:${bug.node}`}], table: {output: out, rows, bugRow, planted}};
}

/** Every mistake the game can plant on a node's gradient row. */
export function plantableMistakes(graph: LevelGraph, node: string): MistakeReason[] {
	const out = graph.output.name;
	if (node === out) return [];
	const [field] = gradientFields(graph, [`d${out}/d${node}`]);
	return [...new Set(field?.mistakes.map(m => m.reason) ?? [])];
}
