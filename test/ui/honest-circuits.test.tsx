import {describe, expect, it} from 'vitest';
import {formatNumber} from '../../src/levels/format.js';
import type {Expr} from '../../src/levels/formula.js';
import {namedPaths} from '../../src/levels/graph.js';
import type {Level} from '../../src/levels/loader.js';
import {Grid} from '../../src/ui/graph/grid.js';
import {levelCircuit, levelCircuitNodes} from '../../src/ui/graph/level-circuit.js';
import {drawingText, levelDrawing} from '../../src/ui/graph/level-drawing.js';
import {
	askedPaths,
	figureNumber,
	figureText,
	isNotesNetwork,
	networkFigure,
} from '../../src/ui/graph/network-figure.js';
import {levelRows} from '../../src/ui/screens/level-rows.js';
import {messages} from '../../src/ui/strings.js';
import {displayWidth} from '../../src/ui/text-width.js';
import {keys, shippedLevels, startGame} from '../support/game.js';
import {fieldById, levelById, playState} from '../support/levels.js';

describe('circuits read as maths', () => {
	it('draws a weighted sum as its product feeding the + gate', () => {
		expect(levelCircuit(levelById('weighted-sum'), undefined, 80)?.lines).toEqual([
			'w 2 ──┐',
			'      │',
			'x 3 ──┴─× ? ──┐',
			'              │',
			'        b 1 ──┴─+z ?',
		]);
	});

	it('writes constants and exponents on their gates', () => {
		expect(levelCircuit(levelById('chain-three-links'), undefined, 80)?.lines).toEqual([
			'x 1.5 ───×2 a 3 ───+1 b 4 ───² c 16',
			' ∂ ?                          ∂ 1',
		]);
	});

	it("draws CS231n's neuron with both products, each with its value", () => {
		expect(levelCircuit(levelById('chain-cs231n-neuron'), undefined, 80)?.lines).toEqual([
			'w0 2 ───┐',
			' ∂ ?    │',
			'x0 -1 ──┴──× -2 ───┐',
			' ∂ ?               │',
			'w1 -3 ───┐         │',
			'         │         │',
			'x1 -2 ───┴─× 6 ────┼─+s 1 ───σf 0.731',
			'                   │  ∂ ?     ∂ 1',
			'           w2 -3 ──┘',
			'            ∂ ?',
		]);
	});

	it('passes a solved sum gradient on to its products unchanged', () => {
		const level = levelById('chain-cs231n-neuron');
		const products = (solved: string[]) =>
			levelCircuitNodes(level, playState(level, {solved})).filter(n => n.gate === '×');
		expect(products([]).map(p => [p.value, p.grad])).toEqual([
			['-2', undefined],
			['6', undefined],
		]);
		const ds = fieldById(level, 'grad:f:s').expected;
		expect(products(['grad:f:s']).map(p => [p.value, p.grad])).toEqual([
			['-2', formatNumber(ds, 3)],
			['6', formatNumber(ds, 3)],
		]);
	});

	it('spells out a step that is not one operation in the legend', () => {
		expect(levelCircuit(levelById('chain-sigmoid-neuron'), undefined, 80)?.legend).toEqual([
			{symbol: 'ƒ', text: 'L = ½·(a − t)²', hidden: false},
		]);
	});

	it('spells out z = 2x − 1 rather than drawing a bare − gate that hides the 2x', () => {
		const circuit = levelCircuit(levelById('gradcheck-kink'), undefined, 80);
		expect(circuit?.lines[0]).toMatch(/^x 0\.5 ─+ƒz 0 ─+relu f 0$/);
		expect(circuit?.legend).toEqual([{symbol: 'ƒ', text: 'z = 2·x − 1', hidden: false}]);
	});

	for (const l of shippedLevels.filter(l => l.graph !== undefined)) {
		it(`${l.id}: no + gate takes a product's factors without the product drawn`, () => {
			const exprOf = new Map(l.steps.map(s => [s.name, s.expr]));
			for (const expand of [true, false]) {
				for (const node of levelCircuitNodes(l, undefined, expand)) {
					if (!node.gate.startsWith('+')) continue;
					const expr = exprOf.get(node.name);
					const factors = expr === undefined ? [] : productFactors(expr);
					expect(node.deps.filter(d => factors.includes(d))).toEqual([]);
				}
			}
		});
	}
});

/** Names multiplied inside an expression (`w` and `x` in `w * x + b`). */
function productFactors(expr: Expr): string[] {
	if (expr.kind === 'binary' && expr.op === '*')
		return [expr.left, expr.right].flatMap(e => (e.kind === 'name' ? [e.name] : productFactors(e)));
	if (expr.kind === 'binary') return [...productFactors(expr.left), ...productFactors(expr.right)];
	if (expr.kind === 'negate') return productFactors(expr.arg);
	if (expr.kind === 'call') return expr.args.flatMap(productFactors);
	return [];
}

/** The inputs whose values a level's answers are computed from: those read by the steps the level asks about. */
function inputsAnswersNeed(l: Level): string[] {
	const graph = l.graph;
	if (graph === undefined) return [];
	const spec = l.spec;
	const steps = new Set<string>();
	const along = (of: string, wrt: string) => {
		for (const path of namedPaths(graph, of, wrt)) for (const n of path.nodes) steps.add(n);
	};
	if (spec.kind === 'forward') for (const n of spec.ask) steps.add(n);
	if (spec.kind === 'chain') for (const n of spec.path) steps.add(n);
	if (spec.kind === 'paths') along(spec.of, spec.wrt);
	if (spec.kind === 'update') along(graph.output.name, spec.param);
	if (spec.kind === 'gradients')
		for (const ask of spec.ask) {
			const [, of = '', wrt = ''] = /^d(\w+)\/d(\w+)$/.exec(ask) ?? [];
			along(of, wrt);
		}
	const inputs = new Set<string>();
	for (const name of steps) {
		const node = graph.byName.get(name);
		if (node?.op === 'input') inputs.add(name);
		for (const dep of node?.deps ?? []) if (graph.byName.get(dep.name)?.op === 'input') inputs.add(dep.name);
	}
	return [...inputs];
}

describe('every number an answer needs is on screen', () => {
	for (const l of shippedLevels.filter(l => l.graph !== undefined)) {
		for (const lang of ['en', 'ko'] as const) {
			it(`${l.id} (${lang}): each input the answers use is shown with its value at 80×24`, async () => {
				const game = await startGame({startLevel: l.id, lang});
				const frame = game.frame();
				for (const name of inputsAnswersNeed(l)) {
					const value = formatNumber(l.graph?.byName.get(name)?.value.data ?? Number.NaN, 3);
					expect(frame).toMatch(new RegExp(`(^|[^\\w])${name} ${value.replace(/[.]/g, '\\.')}(?![\\d])`, 'm'));
				}
			});
		}
	}
});

describe("the note's 2-2-2 network", () => {
	const network = shippedLevels.filter(l => isNotesNetwork(l.graph));

	for (const l of network) {
		for (const lang of ['en', 'ko'] as const) {
			it(`${l.id} (${lang}) at 60×20: the listed form shows every value that is not asked, none cut off`, async () => {
				const game = await startGame({startLevel: l.id, lang, columns: 60, rows: 20});
				const frame = game.frame();
				const asked = new Set(l.fields.filter(f => f.role === 'value').map(f => f.node));
				for (const node of l.graph?.nodes ?? []) {
					if (asked.has(node.name)) continue;
					const value = figureNumber(node.value.data).replace(/[.]/g, '\\.');
					expect(frame).toMatch(new RegExp(`(^|[^\\w])${node.name}\\b[^\\n]*[ =]${value}(?![\\d])`, 'm'));
				}
				expect(frame).not.toContain(messages(lang).drawingHidden);
			});
		}
	}

	it('is recognised on every chapter 6 level', () => {
		const chapter6 = shippedLevels.filter(l => l.chapter.number === 6);
		expect(chapter6.length).toBeGreaterThan(0);
		for (const l of chapter6) expect(network).toContain(l);
	});

	it('draws the green path and the red path in line styles of their own', () => {
		const l = levelById('network-hidden-paths');
		const lines = networkFigure(
			{value: n => figureNumber(l.graph?.byName.get(n)?.value.data ?? 0), paths: askedPaths(l)},
			80,
		);
		expect(figureText(lines ?? [])).toEqual([
			'                         0.378│0.593            1.11│0.751',
			'x1 0.05 ━┳━w11 0.15━━━┳▶ h1│H1 ━┳━w21 0.4━━━━┳▶ y1│Y1 ━▶ E1 0.275  ━┓',
			'         └─w12 0.25╮ ╭┘         ╚═w22 0.5═╗ ╭┘           t1 0.01    ┃',
			'          +b1 0.35  ╳            +b2 0.6   ╳                        ┣▶ E 0.298',
			'         ┌─w13 0.2─╯ ╰┐         ┌─w23 0.45╯ ╚╗           t2 0.99    ║',
			'x2 0.1  ─┴─w14 0.3────┴▶ h2│H2 ─┴─w24 0.55───╩▶ y2│Y2 ═▶ E2 0.0236 ═╝',
			'                         0.392│0.597            1.22│0.773',
		]);
	});

	it('highlights only the E1 path for ∂E1/∂w21', () => {
		const text = drawingText(levelDrawing(levelById('network-output-weight'), undefined, 78, messages('en'))).join(
			'\n',
		);
		expect(text).toContain('━w21 0.4━');
		expect(text).not.toContain('═');
		expect(text).toContain("━━ E1 path (the note's green)");
	});

	it('hides an asked value until it is answered', () => {
		const text = drawingText(levelDrawing(levelById('network-forward'), undefined, 78, messages('en')));
		expect(text[0]?.trim()).toMatch(/^\?│\? +1\.11│0\.751$/);
	});

	for (const l of network) {
		for (const lang of ['en', 'ko'] as const) {
			it(`${l.id} (${lang}): the figure and the answer fields fit 80×24`, async () => {
				const game = await startGame({startLevel: l.id, lang});
				const lines = game.frame().split('\n');
				expect(lines.length).toBeLessThanOrEqual(23);
				for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
				expect(game.frame()).toContain('▶ h1│H1');
				for (const field of l.fields) expect(game.frame()).toContain(field.label);
			});
		}

		it(`${l.id}: below 60 columns the network is listed with every number`, () => {
			const drawing = levelDrawing(l, undefined, 58, messages('en'));
			expect(drawing.kind).toBe('list');
			const text = drawingText(drawing);
			for (const line of text) expect(displayWidth(line)).toBeLessThanOrEqual(58);
			expect(text[0]).toBe('x1 0.05  x2 0.1  b1 0.35  b2 0.6  t1 0.01  t2 0.99');
		});
	}
});

describe('level screen rows', () => {
	it('gives the drawing its rows and drops blank separators before dropping it', () => {
		expect(levelRows({height: 23, drawing: 5, fields: 2, ask: 1, feedback: 0, intro: 12})).toMatchObject({
			intro: 10,
			gapBeforeDrawing: 1,
			drawing: 5,
			gapBeforeFields: 1,
		});
		expect(levelRows({height: 19, drawing: 8, fields: 6, ask: 1, feedback: 0, intro: 5})).toMatchObject({
			intro: 1,
			gapBeforeDrawing: 0,
			drawing: 8,
			drawingHidden: 0,
		});
		expect(levelRows({height: 19, drawing: 8, fields: 6, ask: 1, feedback: 2, intro: 5})).toMatchObject({
			drawing: 0,
			drawingHidden: 1,
		});
	});

	it('keeps the circuit on screen after a hint and a wrong answer at 80×24', async () => {
		const game = await startGame({startLevel: 'chain-cs231n-neuron'});
		await game.press('h', 'y');
		await game.type('5');
		await game.press(keys.enter);
		expect(game.frame()).toContain('Hint 1/');
		expect(game.frame()).toContain('σf 0.731');
	});

	it('says when the drawing had to go, and i shows it', async () => {
		const game = await startGame({startLevel: 'network-hidden-chain', columns: 60, rows: 20});
		await game.press('h', 'y');
		expect(game.frame()).toContain('Circuit hidden: enlarge the terminal or press i.');
		await game.press('i');
		expect(game.frame()).toContain('h1 = w11 0.15·x1 + w13 0.2·x2 + b1 = 0.378');
	});
});

describe('grid', () => {
	it('refuses a cell outside the canvas instead of dropping it', () => {
		const grid = new Grid(2, 1, ' ');
		grid.set(1, 0, 'x');
		expect(grid.row(0)).toEqual([' ', 'x']);
		expect(() => grid.set(2, 0, 'y')).toThrow(RangeError);
	});
});

describe('glossary', () => {
	for (const lang of ['en', 'ko'] as const) {
		it(`opens from the help on a level screen and explains the drawing's symbols (${lang})`, async () => {
			const game = await startGame({startLevel: 'chain-sigmoid-neuron', lang});
			await game.press('?');
			expect(game.frame()).toContain(lang === 'en' ? 'g glossary' : 'g 용어 풀이');
			await game.press('g');
			const frame = game.frame();
			for (const symbol of ['∂ -4', 'σ′ = σ(1 − σ)', 'tanh′ = 1 − tanh²', 'ƒ', '⋯', 'h1│H1'])
				expect(frame).toContain(symbol);
			if (lang === 'ko') expect(frame).toContain('편미분');
			else expect(frame).not.toMatch(/[\uAC00-\uD7A3]/);
			expect(frame).toContain(lang === 'en' ? 'upstream × local' : '상류 × 국소');
			await game.press('x');
			expect(game.frame()).toContain('ƒL 0.125');
		});
	}

	it('fits a 60×20 terminal', async () => {
		const game = await startGame({startLevel: 'weighted-sum', columns: 60, rows: 20});
		await game.press('?', 'g');
		expect(game.frame().split('\n').length).toBeLessThanOrEqual(19);
		expect(game.frame()).toContain('any key: close');
	});
});

describe('the notes lab', () => {
	it("draws the note's network at the weights it has reached, under i", async () => {
		const game = await startGame({startLevel: 'lab-notes-network'});
		await game.press('i');
		const frame = game.frame();
		expect(frame).toContain('x1 0.05 ─┬─w11 0.15');
		expect(frame).toContain('├▶ E 0.298');
		for (const line of frame.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
	});
});
