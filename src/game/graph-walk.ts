// Walking a level's graph with the arrow keys, for players who listen to the
// screen rather than look at it: ↑ ↓ go along the steps in the order they are
// computed, ← to the inputs of a step and → to the steps that use it.

import {itemAt} from '../engine/checked.js';
import type {LevelGraph} from '../levels/graph.js';

export type WalkMove = 'previous' | 'next' | 'input' | 'consumer';

/**
 * Where the walk is. Repeated ← (or →) presses go through the neighbours of the
 * node the run started from, one per press, so every input of a step is reached;
 * any other move ends the run, and the next ← starts from where the walk is then.
 */
export type GraphWalk = {
	readonly at: string;
	readonly run?: {readonly direction: 'input' | 'consumer'; readonly from: string; readonly index: number};
};

/** How the walk got to a node, so it can be said: "input 2 of 2 of q". */
export type WalkRelation =
	| {readonly kind: 'order'; readonly index: number; readonly count: number}
	| {readonly kind: 'input' | 'consumer'; readonly of: string; readonly index: number; readonly count: number};

export type WalkResult =
	| {readonly kind: 'moved'; readonly walk: GraphWalk; readonly relation: WalkRelation}
	/** Nowhere to go: the walk stays; `reason` says why. */
	| {
			readonly kind: 'stayed';
			readonly walk: GraphWalk;
			readonly reason: 'first' | 'last' | 'no-inputs' | 'no-consumers';
	  };

/** The nodes a step reads, in order of first use. */
export function inputsOf(graph: LevelGraph, name: string): string[] {
	return graph.byName.get(name)?.deps.map(d => d.name) ?? [];
}

/** The steps that read a node, in the order they are computed. */
export function consumersOf(graph: LevelGraph, name: string): string[] {
	return graph.nodes.filter(n => n.deps.some(d => d.name === name)).map(n => n.name);
}

/** The walk's start: the first node in computing order. */
export function startWalk(graph: LevelGraph): GraphWalk {
	return {at: graph.nodes[0]?.name ?? graph.output.name};
}

export function moveWalk(graph: LevelGraph, walk: GraphWalk, move: WalkMove): WalkResult {
	const names = graph.nodes.map(n => n.name);
	const here = Math.max(0, names.indexOf(walk.at));
	if (move === 'previous' || move === 'next') {
		const to = here + (move === 'next' ? 1 : -1);
		const name = names[to];
		if (name === undefined) return {kind: 'stayed', walk: {at: walk.at}, reason: move === 'next' ? 'last' : 'first'};
		return {kind: 'moved', walk: {at: name}, relation: {kind: 'order', index: to, count: names.length}};
	}
	const direction = move;
	const continuing = walk.run !== undefined && walk.run.direction === direction;
	const from = continuing && walk.run !== undefined ? walk.run.from : walk.at;
	const neighbours = direction === 'input' ? inputsOf(graph, from) : consumersOf(graph, from);
	if (neighbours.length === 0) {
		return {kind: 'stayed', walk: {at: walk.at}, reason: direction === 'input' ? 'no-inputs' : 'no-consumers'};
	}
	const index = continuing && walk.run !== undefined ? (walk.run.index + 1) % neighbours.length : 0;
	const at = itemAt(neighbours, index);
	return {
		kind: 'moved',
		walk: {at, run: {direction, from, index}},
		relation: {kind: direction, of: from, index, count: neighbours.length},
	};
}
