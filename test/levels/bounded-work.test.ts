import {describe, expect, it} from 'vitest';
import {parseFormula} from '../../src/levels/formula.js';
import {buildGraph, countPaths, GraphError, namedPaths} from '../../src/levels/graph.js';
import {parseChapterFile} from '../../src/levels/loader.js';
import {levelCircuit} from '../../src/ui/graph/level-circuit.js';
import {drawingText, levelDrawing} from '../../src/ui/graph/level-drawing.js';
import {minCircuitWidth, renderCircuit} from '../../src/ui/graph/render-graph.js';
import {messages} from '../../src/ui/strings.js';
import {attackChapter, attackLevels, fibonacciFormula} from '../support/attack-levels.js';

// Each of these took longer than a test's time limit (most of them for ever) before the walks were bounded.

const fibonacci = buildGraph(parseFormula(fibonacciFormula), {x: 0.001, y: 1});

describe('graph walks are linear in the graph', () => {
	it('counts the 10⁸ paths of a 40-step Fibonacci formula without listing them', () => {
		// One path from a0 to x, two from a1, then each a(i) adds the two before (counted independently in Python).
		expect(countPaths(fibonacci, 'a39', 'x')).toBe(165580141);
		expect(countPaths(fibonacci, 'f', 'x')).toBe(165580141);
	});

	it('lists the one path from f to y without entering the branches below a39', () => {
		expect(namedPaths(fibonacci, 'f', 'y')).toEqual([
			{nodes: ['f', 'y'], product: fibonacci.byName.get('a39')?.value.data},
		]);
	});

	it('refuses a listing beyond its limit before building it', () => {
		expect(() => namedPaths(fibonacci, 'f', 'x')).toThrow(GraphError);
		expect(() => namedPaths(fibonacci, 'f', 'x')).toThrow(/by 165580141 paths; a level can show at most 64/);
	});

	it('builds a gradients, a paths and an update level on the Fibonacci formula', () => {
		const {levels, errors} = parseChapterFile(
			'fib.json',
			attackChapter('fib', [
				attackLevels.fibonacciGradients,
				attackLevels.fibonacciPaths,
				attackLevels.fibonacciUpdate,
			]),
			1,
		);
		expect(errors).toEqual([]);
		// a39 = 267914.296 (Python); ∂g/∂y = f + y·∂f/∂y = 2·a39 at y = 1; the update is 1 − 0.1·a39.
		const answers = levels.map(l => l.fields.at(-1)?.expected ?? Number.NaN);
		expect(answers[0]).toBeCloseTo(267914.296, 6);
		expect(answers[1]).toBeCloseTo(535828.592, 6);
		expect(answers[2]).toBeCloseTo(-26790.4296, 6);
		// The paths level's two paths, in the order g reads its inputs.
		expect(levels[1]?.fields.map(f => f.label)).toEqual(['g→f→y', 'g→y', '∂g/∂y']);
	});
});

describe('a drawing that cannot fit is refused before it is laid out', () => {
	const [fanOut] = parseChapterFile('fan.json', attackChapter('fan', [attackLevels.fanOut]), 1).levels;

	it('knows a chain of 100 steps needs at least 397 columns', () => {
		const chain = [
			{name: 'x', gate: '', value: '1', grad: undefined, deps: []},
			...Array.from({length: 100}, (_, k) => ({
				name: `s${k}`,
				gate: '+',
				value: '1',
				grad: undefined,
				deps: [k === 0 ? 'x' : `s${k - 1}`, 'x'],
			})),
		];
		expect(minCircuitWidth(chain)).toBe(401);
		// The bound never exceeds a real drawing.
		expect(Math.max(...renderCircuit(chain.slice(0, 6)).map(l => l.length))).toBeGreaterThanOrEqual(
			minCircuitWidth(chain.slice(0, 6)),
		);
	});

	it('lists the steps of the fan-out chain at once, at 80 and at 300 columns', () => {
		if (fanOut === undefined) throw new Error('the fan-out level did not build');
		expect(levelCircuit(fanOut, undefined, 300)).toBeUndefined();
		const drawing = levelDrawing(fanOut, undefined, 80, messages('en'));
		expect(drawing.kind).toBe('list');
		expect(drawingText(drawing).slice(0, 3)).toEqual([
			'Given: x 0.5  y 0.25',
			'b0 = x·y = 0.125',
			'b1 = b0·x + y = 0.313',
		]);
	});
});
