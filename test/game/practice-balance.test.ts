import {describe, expect, it} from 'vitest';
import {concepts} from '../../src/game/practice/concepts.js';
import {difficulties} from '../../src/game/practice/family.js';
import {levelFingerprint} from '../../src/game/practice/fingerprint.js';
import {generateLevel} from '../../src/game/practice/generate.js';
import type {Level} from '../../src/levels/loader.js';

const seeds = Array.from({length: 100}, (_, i) => i);

/** The work a level asks: its links (answer fields, or a find-the-bug table's rows) and its largest number. */
function work(level: Level): {links: number; magnitude: number | undefined; steps: Set<string>} {
	const numbers = level.fields
		.filter(f => f.choice === undefined && f.formula === undefined && f.role !== 'error')
		.map(f => Math.abs(f.expected))
		.filter(x => x > 0);
	return {
		links: level.table?.rows.length ?? level.fields.length,
		// A find-the-bug level's one answer is the planted row's gradient: its size says little about the work.
		magnitude: level.table !== undefined || numbers.length === 0 ? undefined : Math.log10(Math.max(...numbers)),
		steps: new Set((level.graph?.nodes ?? []).map(n => n.op).filter(op => op !== 'input')),
	};
}

const quantile = (sorted: readonly number[], p: number) => sorted[Math.floor(p * (sorted.length - 1))] ?? Number.NaN;

describe('generated levels are balanced across seeds', () => {
	for (const concept of concepts)
		it(`${concept}: every seed gets comparable work at each step, and every kind of step often`, () => {
			for (const difficulty of difficulties) {
				const levels = seeds.map(seed => work(generateLevel(concept, seed, 1, difficulty).level));
				const at = `${concept} at step ${difficulty}`;
				// As many links for every seed; where a step has two shapes, each is common.
				const links = new Map<number, number>();
				for (const l of levels) links.set(l.links, (links.get(l.links) ?? 0) + 1);
				expect(links.size, at).toBeLessThanOrEqual(2);
				for (const [n, count] of links)
					expect(count, `${at}: ${n} links in ${count} of 100`).toBeGreaterThanOrEqual(30);
				// The middle 80% of seeds' largest answers lie within a factor of 30 of each other.
				const sizes = levels.flatMap(l => (l.magnitude === undefined ? [] : [l.magnitude])).sort((a, b) => a - b);
				if (sizes.length > 0) expect(quantile(sizes, 0.9) - quantile(sizes, 0.1), at).toBeLessThanOrEqual(1.5);
				// Every kind of step the family draws turns up in at least 15 of the 100 seeds.
				const steps = new Map<string, number>();
				for (const l of levels) for (const op of l.steps) steps.set(op, (steps.get(op) ?? 0) + 1);
				for (const [op, count] of steps) expect(count, `${at}: ${op} in ${count} of 100`).toBeGreaterThanOrEqual(15);
			}
		}, 60_000);

	it('the easy step gives a learner kept there variety: 30 seeds, at least 20 different exercises', () => {
		for (const concept of concepts) {
			const prints = new Set(seeds.slice(0, 30).map(seed => levelFingerprint(generateLevel(concept, seed, 0, 1).spec)));
			expect(prints.size, concept).toBeGreaterThanOrEqual(20);
		}
	});

	it('an easy chain has at most one link of ±1, so leaving a link out is never silently right', () => {
		for (const seed of seeds) {
			const {level} = generateLevel('chain-rule', seed, 0, 1);
			const unit = level.fields.filter(f => f.role === 'local' && Math.abs(f.expected) === 1);
			expect(unit.length, `seed ${seed}: ${level.spec.intro.en}`).toBeLessThanOrEqual(1);
		}
	});
});
