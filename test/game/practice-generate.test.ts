import {describe, expect, it} from 'vitest';
import {checkField, figuresFor, roundTo} from '../../src/game/check.js';
import {concepts} from '../../src/game/practice/concepts.js';
import {difficulties} from '../../src/game/practice/family.js';
import {generateLevel} from '../../src/game/practice/generate.js';
import {parseChapterFile} from '../../src/levels/loader.js';

// 10,000 seeds per concept run in several minutes on the project's 2-core
// machines; the suite runs a spread of them, PRACTICE_SEEDS=10000 runs them all.
const seeds = Number(process.env.PRACTICE_SEEDS ?? 100);
// About 2 ms a level on a busy 2-core machine, three levels a seed, with room to spare.
const timeout = Math.max(60_000, seeds * 30);

function reload(spec: unknown) {
	const text = JSON.stringify({formatVersion: 1, chapter: {id: 'practice', title: {en: 'P', ko: 'P'}}, levels: [spec]});
	return parseChapterFile('practice.json', text, 1);
}

describe.each(concepts)('generated %s levels', concept => {
	it(
		`over ${seeds} seeds at every difficulty: valid, finite, fair, in their domain, and the same for the same seed`,
		() => {
			for (let seed = 0; seed < seeds; seed++) {
				for (const difficulty of difficulties) {
					const generated = generateLevel(concept, seed, 0, difficulty);
					// The spec as a level file loads through the ordinary loader, to the same answers.
					const loaded = reload(generated.spec);
					expect(loaded.errors).toEqual([]);
					const level = loaded.levels[0];
					expect(level?.fields.map(f => f.expected)).toEqual(generated.level.fields.map(f => f.expected));
					for (const text of [
						generated.spec.title,
						generated.spec.intro,
						generated.spec.explain,
						...generated.spec.hints,
					]) {
						expect(text.en.length).toBeGreaterThan(0);
						expect(text.ko.length).toBeGreaterThan(0);
					}
					for (const node of level?.graph?.nodes ?? []) {
						expect(Number.isFinite(node.value.data)).toBe(true);
						if (node.op === 'sigmoid' || node.op === 'tanh')
							expect(Math.abs(node.value.inputs[0]?.data ?? 0)).toBeLessThanOrEqual(3);
					}
					for (const field of level?.fields ?? []) {
						expect(Number.isFinite(field.expected)).toBe(true);
						// A max gate's passed-over input gets exactly 0, which is its lesson; anything else is typeable.
						// (A gradient check's relative error is small by nature, and its verdict is a word.)
						if (!(concept === 'max-gate' && field.expected === 0) && field.role !== 'error' && field.role !== 'verdict')
							expect(Math.abs(field.expected)).toBeGreaterThanOrEqual(1e-3);
						expect(checkField(field, field.expected).kind).toBe('right');
						expect(
							checkField(field, {value: roundTo(field.expected, figuresFor(field)), figures: figuresFor(field)}).kind,
						).toBe('right');
						for (const mistake of field.mistakes) {
							const verdict = checkField(field, mistake.value);
							expect(verdict, `${concept} seed ${seed}: ${field.label} ${mistake.reason}`).toMatchObject({
								kind: 'wrong',
								mistake: {reason: mistake.reason},
							});
							expect(checkField(field, {value: roundTo(mistake.value, 3), figures: 3}).kind).toBe('wrong');
						}
					}
					expect(JSON.stringify(generateLevel(concept, seed, 0, difficulty).spec)).toBe(JSON.stringify(generated.spec));
				}
			}
		},
		timeout,
	);
});

describe('the generator', () => {
	it('gives different numbers for different seeds and positions', () => {
		const formulas = new Set<string>();
		for (let seed = 0; seed < 20; seed++)
			formulas.add(JSON.stringify((generateLevel('multiply-node', seed, 0, 2).spec as {inputs: unknown}).inputs));
		expect(formulas.size).toBeGreaterThan(15);
		const a = generateLevel('chain-rule', 1, 0, 1).spec;
		const b = generateLevel('chain-rule', 1, 1, 1).spec;
		expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
	});

	it('uses whole numbers at the easiest step and grows the chain and the fan-out with the step', () => {
		for (let seed = 0; seed < 30; seed++) {
			const easy = generateLevel('multiply-node', seed, 0, 1).spec as {inputs: Record<string, number>};
			for (const v of Object.values(easy.inputs)) expect(Number.isInteger(v)).toBe(true);
		}
		const links = (d: 1 | 2 | 3) => (generateLevel('chain-rule', 3, 0, d).spec as {path: string[]}).path.length - 1;
		expect([links(1), links(2), links(3)]).toEqual([3, 4, 5]);
		const paths = (d: 1 | 2 | 3) => generateLevel('many-paths', 3, 0, d).level.fields.length - 1;
		expect([paths(1), paths(2), paths(3)]).toEqual([2, 3, 4]);
	});

	it('never gives an easy chain of ones: at most one ±1 link, and only the last link or a link left out is always named', () => {
		for (let seed = 0; seed < 100; seed++) {
			const {level} = generateLevel('chain-rule', seed, 0, 1);
			const links = level.fields.filter(f => f.role === 'local');
			expect(links.filter(f => Math.abs(f.expected) === 1).length, `seed ${seed}`).toBeLessThanOrEqual(1);
			const product = level.fields.find(f => f.role === 'product');
			const reasons = product?.mistakes.map(m => m.reason) ?? [];
			expect(reasons).toContain('lastLinkOnly');
			expect(reasons).toContain('leftOutLink');
			// Typing the last link alone is named, never silently right.
			const last = links[links.length - 1]?.expected ?? 0;
			const verdict = product === undefined ? undefined : checkField(product, last);
			expect(verdict?.kind === 'wrong' && verdict.mistake?.reason).toBe('lastLinkOnly');
		}
	});

	it('never lets "only the local derivative" be right: the upstream gradient of an add node is never 1', () => {
		for (let seed = 0; seed < 50; seed++) {
			const {level} = generateLevel('add-node', seed, 0, 1);
			const field = level.fields.find(f => f.id === 'grad:f:x' || f.id === 'grad:L:a');
			expect(field?.mistakes.map(m => m.reason)).toContain('localOnly');
			expect(field?.expected).not.toBe(1);
		}
	});
});

describe('generated multiply nodes', () => {
	// With x = y, "its own value" and "the other input" are one number: the swap can't be seen, nor its mistake told.
	it.each(concepts)('%s: no product multiplies two equal values', concept => {
		const found: string[] = [];
		for (let seed = 0; seed < seeds; seed++)
			for (const difficulty of difficulties) {
				const {level} = generateLevel(concept, seed, 0, difficulty);
				for (const node of level.graph?.nodes ?? []) {
					const [a, b] = node.deps;
					if (node.op !== 'mul' || a === undefined || b === undefined || node.deps.length !== 2) continue;
					const [x, y] = [a, b].map(d => level.graph?.byName.get(d.name)?.value.data);
					if (x === y)
						found.push(
							`seed ${seed} step ${difficulty}: ${node.name} = ${node.text} with ${a.name} = ${b.name} = ${x}`,
						);
				}
			}
		expect(found.slice(0, 5)).toEqual([]);
	});
});
