import {readdirSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {finishDeferred, formatLevelError, loadLevelPack} from '../../src/levels/loader.js';

const shipped = loadLevelPack('levels');

describe('the shipped curriculum', () => {
	it('loads without a single error', () => {
		expect(shipped.errors.map(formatLevelError)).toEqual([]);
	});

	it('has at least 24 levels in at least 8 chapters', () => {
		expect(shipped.levels.length).toBeGreaterThanOrEqual(24);
		expect(new Set(shipped.levels.map(l => l.chapter.id)).size).toBeGreaterThanOrEqual(8);
	});

	it('follows the notes: forward, add, multiply, chain, paths, network, update, descent; then goes past them', () => {
		const chapters = [...new Set(shipped.levels.map(l => l.chapter.id))];
		expect(chapters.slice(0, 9)).toEqual([
			'forward-pass',
			'add-node',
			'multiply-node',
			'chain-rule',
			'many-paths',
			'network',
			'weight-update',
			'gradient-descent',
			'layer-and-batch',
		]);
		expect(chapters).toContain('softmax-lab');
		expect(chapters).toContain('check-derive-debug');
	});

	for (const level of shipped.levels) {
		describe(level.id, () => {
			it('has English and Korean text, and 1–3 hints', () => {
				for (const text of [level.spec.title, level.spec.intro, level.spec.explain, ...level.spec.hints]) {
					expect(text.en.trim()).not.toBe('');
					expect(text.ko).toMatch(/[가-힣]/);
				}
			});

			const spec = level.spec;
			if (spec.kind === 'update') {
				it('states its learning rate η in the introduction, in both languages', () => {
					for (const text of [spec.intro.en, spec.intro.ko]) expect(text).toContain(`η = ${spec.learningRate}`);
				});
			}
			if (spec.kind === 'lab' || spec.kind === 'descent') {
				it('declares a learning-rate range around its start', () => {
					const {min, max, start} = spec.learningRate;
					expect(min).toBeLessThanOrEqual(start);
					expect(start).toBeLessThanOrEqual(max);
				});
			} else {
				it('asks for something, and every answer is a finite engine value', () => {
					expect(level.fields.length).toBeGreaterThan(0);
					for (const field of level.fields) expect(Number.isFinite(field.expected)).toBe(true);
				});
			}
		});
	}
});

describe('reference numbers', () => {
	const field = (levelId: string, label: string) =>
		shipped.levels.find(l => l.id === levelId)?.fields.find(f => f.label === label)?.expected;

	it('CS231n: (x+y)·z at (−2, 5, −4)', () => {
		expect(field('add-pass-through', '∂f/∂x')).toBe(-4);
		expect(field('add-pass-through', '∂f/∂y')).toBe(-4);
	});

	it('apple shopping: 2.2, 110, 200', () => {
		expect(field('apple-shopping', '∂total/∂price')).toBeCloseTo(2.2, 12);
		expect(field('apple-shopping', '∂total/∂count')).toBeCloseTo(110, 12);
		expect(field('apple-shopping', '∂total/∂tax')).toBeCloseTo(200, 12);
	});

	it('apples and oranges: the count used twice, 110 + 165 = 275', () => {
		const level = shipped.levels.find(l => l.id === 'apples-and-oranges');
		expect(level?.fields.map(f => Math.round(f.expected * 1e6) / 1e6)).toEqual([110, 165, 275]);
	});

	it('the 2-2-2 network matches the worked example', () => {
		expect(field('network-output-weight', '∂E1/∂w21')).toBeCloseTo(0.082167041, 8);
		expect(field('network-hidden-paths', '∂E/∂w11')).toBeCloseTo(0.000438568, 8);
		expect(field('network-update-w21', 'w21 − η·∂E/∂w21')).toBeCloseTo(0.35891648, 8);
	});

	it('the player computes every step of the worked example once: E = E1 + E2 and the updated w11', () => {
		// Mazur's figures, checked with an independent Python computation.
		expect(field('network-forward', 'E1')).toBeCloseTo(0.274811083, 8);
		expect(field('network-forward', 'E2')).toBeCloseTo(0.023560026, 8);
		expect(field('network-forward', 'E')).toBeCloseTo(0.298371109, 8);
		expect(field('network-update-w11', '∂E/∂w11')).toBeCloseTo(0.000438568, 8);
		expect(field('network-update-w11', 'w11 − η·∂E/∂w11')).toBeCloseTo(0.149780716, 8);
	});
});

describe('broken level packs', () => {
	const pack = loadLevelPack('test/fixtures/broken-levels');
	const messages = pack.errors.map(formatLevelError);
	const expected: Record<string, string> = {
		'invalid-json.json': 'invalid JSON',
		'missing-field.json': 'levels[0].formula: missing field',
		'unknown-formula-name.json': "levels[0].formula: unknown name 'w' in step 'f' at column 9",
		'syntax-error.json': "levels[0].formula: expected a number, a name or '(', found ';' at column 9",
		'ask-not-a-node.json': "levels[0].ask[0]: 'z' is not a node of the graph",
		'log-of-negative.json': "levels[0].formula: step 'f' has no finite value at the given inputs: log of x = -1",
		'division-by-zero.json': "levels[0].formula: step 'f' has no finite value at the given inputs: division by zero",
		'duplicate-id-b.json': "levels[0].id: the id 'shared-id' is already used in duplicate-id-a.json",
		'unknown-kind.json': 'levels[0].kind: kind must be one of',
		'wrong-format-version.json': 'formatVersion: must be 1',
	};

	for (const [file, message] of Object.entries(expected)) {
		it(`${file} is reported: ${message}`, () => {
			const hit = messages.find(m => m.includes(file));
			expect(hit, messages.join('\n')).toBeDefined();
			expect(hit).toContain(message);
		});
	}

	it('names every broken file, and still loads the one good file', () => {
		const files = readdirSync('test/fixtures/broken-levels').filter(f => f !== 'duplicate-id-a.json');
		for (const file of files) expect(messages.some(m => m.includes(file))).toBe(true);
		expect(pack.levels.map(l => l.id)).toEqual(['shared-id']);
	});

	it('reports a missing folder instead of throwing', () => {
		expect(loadLevelPack('no/such/folder').errors[0]?.message).toBe('no such file or folder');
	});
});

describe('a custom pack', () => {
	it('loads a teacher’s own levels', () => {
		const pack = loadLevelPack('test/fixtures/custom-pack');
		expect(pack.errors).toEqual([]);
		expect(pack.levels.map(l => [l.id, l.fields.map(f => f.expected)])).toEqual([['square-then-add', [6, 1]]]);
	});
});

describe('deferred loading', () => {
	it('lists every schema-valid level at once and finds the broken ones when built', () => {
		const pack = loadLevelPack('test/fixtures/broken-levels', {defer: true});
		const {brokenIds, errors} = finishDeferred(pack.levels);
		expect(brokenIds.sort()).toEqual(['ask-not-node', 'divide-zero', 'log-negative', 'syntax', 'unknown-name']);
		expect(errors.map(formatLevelError).join('\n')).toContain("unknown name 'w' in step 'f' at column 9");
	});

	it('builds a level’s answers on first read, the same as an eager load', () => {
		const eager = loadLevelPack('levels').levels;
		const lazy = loadLevelPack('levels', {defer: true}).levels;
		expect(lazy.map(l => l.fields.map(f => f.expected))).toEqual(eager.map(l => l.fields.map(f => f.expected)));
		expect(finishDeferred(lazy).errors).toEqual([]);
	});
});
