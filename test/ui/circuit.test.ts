import {describe, expect, it} from 'vitest';
import {levelCircuitNodes, levelCircuitParts} from '../../src/ui/graph/level-circuit.js';
import {renderCircuit} from '../../src/ui/graph/render-graph.js';
import {levelById} from '../support/levels.js';

describe('circuit drawing', () => {
	it('joins the inputs of a gate on a bus and carries values on the wires', () => {
		expect(
			renderCircuit([
				{name: 'a', gate: '', value: '2', grad: undefined, deps: []},
				{name: 'b', gate: '', value: '3', grad: '?', deps: []},
				{name: 'c', gate: '×', value: '6', grad: '1', deps: ['a', 'b']},
			]),
		).toEqual(['a 2 ──┐', '      │', 'b 3 ──┴─×c 6', ' ∂ ?     ∂ 1']);
	});

	it('runs a single wire on the same row straight through', () => {
		expect(
			renderCircuit([
				{name: 'x', gate: '', value: '1', grad: undefined, deps: []},
				{name: 'y', gate: 'σ', value: '0.73', grad: undefined, deps: ['x']},
			]),
		).toEqual(['x 1 ───σy 0.73', '']);
	});

	it('marks a part left out of the view with ⋯ on the wire instead of bridging it', () => {
		const {nodes, legend} = levelCircuitParts(levelById('network-hidden-paths'), undefined);
		const [mark] = nodes.find(n => n.name === 'H1')?.deps ?? [];
		expect(nodes.find(n => n.name === mark)).toMatchObject({gate: '⋯', value: '0.378', deps: ['w11']});
		expect(legend).toContainEqual({
			symbol: expect.stringMatching(/^⋯/),
			text: 'h1 = w11·x1 + w13·x2 + b1',
			hidden: true,
		});
	});

	it('seeds the gradient 1 on the node a chain starts from', () => {
		const nodes = levelCircuitNodes(levelById('network-output-weight'), undefined);
		expect(nodes.find(n => n.name === 'E1')?.grad).toBe('1');
		expect(nodes.find(n => n.name === 'w21')?.grad).toBe('?');
	});

	it('hides an asked forward value until it is answered', () => {
		const nodes = levelCircuitNodes(levelById('weighted-sum'), undefined);
		expect(nodes.find(n => n.name === 'z')?.value).toBe('?');
		expect(nodes.find(n => n.name === 'w')?.value).toBe('2');
	});
});

describe('narrow terminals', () => {
	it('the footer drops keys from the end but keeps "? help"', async () => {
		const {fitKeys} = await import('../../src/ui/components/Footer.js');
		expect(fitKeys('a one · b two · c three · ? help · q quit', 30)).toBe('a one · b two · ? help');
		expect(fitKeys('a one · ? help', 30)).toBe('a one · ? help');
	});

	it('a graph too wide to draw is listed step by step instead', async () => {
		const {levelStepList} = await import('../../src/ui/graph/level-circuit.js');
		expect(levelStepList(levelById('apples-and-oranges'), undefined, 58)).toEqual([
			'apples = apple·count = 200',
			'oranges = orange·count = 300',
			'sum = apples + oranges = 500',
			'total = sum·tax = 550',
		]);
	});
});
