import {describe, expect, it} from 'vitest';
import {consumersOf, inputsOf, moveWalk, startWalk} from '../../src/game/graph-walk.js';
import {levelById} from '../support/levels.js';

const graphOf = (id: string) => {
	const graph = levelById(id).graph;
	if (graph === undefined) throw new Error(`no graph for level ${id}`);
	return graph;
};

describe('walking a graph', () => {
	// f = (x + y)·z: x, y, z, q = x + y, f = q·z
	const graph = graphOf('add-pass-through');

	it('knows inputs and consumers', () => {
		expect(inputsOf(graph, 'f')).toEqual(['q', 'z']);
		expect(consumersOf(graph, 'x')).toEqual(['q']);
		expect(consumersOf(graph, 'f')).toEqual([]);
	});

	it('goes along the steps in computing order and stops at both ends', () => {
		let walk = startWalk(graph);
		expect(walk.at).toBe('x');
		expect(moveWalk(graph, walk, 'previous')).toMatchObject({kind: 'stayed', reason: 'first'});
		const names: string[] = [walk.at];
		for (;;) {
			const result = moveWalk(graph, walk, 'next');
			if (result.kind === 'stayed') {
				expect(result.reason).toBe('last');
				break;
			}
			walk = result.walk;
			names.push(walk.at);
		}
		expect(names).toEqual(['x', 'y', 'z', 'q', 'f']);
	});

	it('repeated ← presses reach every input of the step they started from', () => {
		const atF = {at: 'f'};
		const first = moveWalk(graph, atF, 'input');
		expect(first).toMatchObject({
			kind: 'moved',
			walk: {at: 'q'},
			relation: {kind: 'input', of: 'f', index: 0, count: 2},
		});
		const second = moveWalk(graph, first.walk, 'input');
		expect(second).toMatchObject({kind: 'moved', walk: {at: 'z'}, relation: {of: 'f', index: 1}});
		// Around again to the first.
		expect(moveWalk(graph, second.walk, 'input').walk.at).toBe('q');
	});

	it('a ← after another move starts from where the walk is', () => {
		const onQ = moveWalk(graph, {at: 'f'}, 'input').walk;
		const fresh = {at: onQ.at};
		expect(moveWalk(graph, fresh, 'input')).toMatchObject({walk: {at: 'x'}, relation: {of: 'q'}});
	});

	it('→ goes to the steps that use a node; an input has no ←, the output no →', () => {
		expect(moveWalk(graph, {at: 'z'}, 'consumer')).toMatchObject({
			walk: {at: 'f'},
			relation: {kind: 'consumer', of: 'z'},
		});
		expect(moveWalk(graph, {at: 'x'}, 'input')).toMatchObject({kind: 'stayed', reason: 'no-inputs'});
		expect(moveWalk(graph, {at: 'f'}, 'consumer')).toMatchObject({kind: 'stayed', reason: 'no-consumers'});
	});
});
