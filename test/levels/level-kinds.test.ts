import {describe, expect, it} from 'vitest';
import {levelKindRegistry} from '../../src/levels/level-kinds.js';
import {formatLevelError, loadLevelPack, parseChapterFile} from '../../src/levels/loader.js';
import type {LevelKind} from '../../src/levels/schema.js';

const shipped = loadLevelPack('levels');

/** One chapter holding one level of the given kind-specific fields, over q = x + y; f = q * z. */
function load(level: Record<string, unknown>) {
	const text = JSON.stringify({
		formatVersion: 1,
		chapter: {id: 'kinds', title: {en: 'Kinds', ko: '종류'}},
		levels: [
			{
				id: 'one',
				title: {en: 'One', ko: '하나'},
				intro: {en: 'Intro', ko: '소개'},
				hints: [{en: 'Hint', ko: '힌트'}],
				explain: {en: 'Why', ko: '이유'},
				formula: 'q = x + y; f = q * z',
				inputs: {x: -2, y: 5, z: -4},
				...level,
			},
		],
	});
	const parsed = parseChapterFile('kinds.json', text, 1);
	return {level: parsed.levels[0], errors: parsed.errors.map(formatLevelError)};
}

describe('the level-kind registry', () => {
	it('has an entry for every kind the shipped levels use, and a graph only for kinds with a formula', () => {
		const used = new Set(shipped.levels.map(l => l.spec.kind));
		for (const kind of used) expect(Object.keys(levelKindRegistry)).toContain(kind);
		expect(levelKindRegistry.lab.graph).toBeUndefined();
		for (const kind of ['forward', 'gradients', 'chain', 'paths', 'update', 'descent'] as const)
			expect(levelKindRegistry[kind].graph).toBeDefined();
	});

	it('builds each graph kind’s fields through its entry', () => {
		const expectedOf = (spec: Record<string, unknown>) => load(spec).level?.fields.map(f => [f.label, f.expected]);
		expect(expectedOf({kind: 'forward', ask: ['q', 'f']})).toEqual([
			['q', 3],
			['f', -12],
		]);
		expect(expectedOf({kind: 'gradients', ask: ['df/dx', 'df/dz']})).toEqual([
			['∂f/∂x', -4],
			['∂f/∂z', 3],
		]);
		expect(load({kind: 'update', param: 'z', learningRate: 0.1}).level?.fields.at(-1)?.expected).toBeCloseTo(-4.3, 12);
	});

	it('points at the spec field a kind names when the name is not a node', () => {
		expect(load({kind: 'chain', path: ['f', 'w']}).errors).toEqual([
			"kinds.json: levels[0].path[1]: 'w' is not a node of the graph",
		]);
		expect(load({kind: 'paths', of: 'f', wrt: 'w'}).errors).toEqual([
			"kinds.json: levels[0].wrt: 'w' is not a node of the graph",
		]);
		// A paths level over a single path is refused where the level names its input.
		expect(load({kind: 'paths', of: 'f', wrt: 'x'}).errors).toEqual([
			"kinds.json: levels[0].wrt: 'x' reaches 'f' by 1 path(s); a paths level needs at least two",
		]);
		expect(load({kind: 'gradients', ask: ['df/dw']}).errors).toEqual([
			"kinds.json: levels[0].ask[0]: 'w' is not a node of the graph",
		]);
	});

	it('runs a kind’s own checks: a descent level’s η range must hold its start', () => {
		const {errors} = load({
			kind: 'descent',
			param: 'z',
			learningRate: {min: 0.1, max: 1, start: 2},
			goal: {loss: 0.01, steps: 10},
		});
		expect(errors).toEqual(['kinds.json: levels[0].learningRate: needs min ≤ start ≤ max (got 0.1, 2, 1)']);
	});

	it('refuses to compile without an entry for every kind', () => {
		const {lab: _, ...withoutLab} = levelKindRegistry;
		// @ts-expect-error: the lab kind has no entry
		const missing: typeof levelKindRegistry = withoutLab;
		expect(Object.keys(missing)).not.toContain('lab' satisfies LevelKind);
	});
});
