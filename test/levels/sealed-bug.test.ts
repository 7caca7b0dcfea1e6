// A find-the-bug level as a pack file for students holds it: the planted
// mistake sealed, so the file doesn't name the wrong row, and the same level
// once the game has opened it.
import {describe, expect, it} from 'vitest';
import {difficulties} from '../../src/game/practice/family.js';
import {generateLevel, packText} from '../../src/game/practice/generate.js';
import {plantableMistakes} from '../../src/levels/find-the-bug.js';
import {parseChapterFile} from '../../src/levels/loader.js';
import {openBug, sealBug} from '../../src/levels/sealed-bug.js';
import {shippedLevels} from '../support/levels.js';

// Each its own index, so the levels can share a pack file.
const bugLevels = Array.from({length: 30}, (_, seed) =>
	generateLevel('find-the-bug', seed, seed, difficulties[seed % difficulties.length] ?? 1),
);

/** A one-level chapter file around a find-the-bug level whose bug is written as `bug`. */
function fileWith(bug: unknown, id = 'b'): string {
	return JSON.stringify({
		formatVersion: 1,
		chapter: {id: 'c', title: {en: 'c', ko: 'c'}},
		levels: [
			{
				id,
				kind: 'find-the-bug',
				title: {en: 't', ko: 't'},
				intro: {en: 'i', ko: 'i'},
				hints: [{en: 'h', ko: 'h'}],
				explain: {en: 'e', ko: 'e'},
				formula: 'q = x + y; f = q * z',
				inputs: {x: -2, y: 5, z: -4},
				bug,
			},
		],
	});
}

describe('a sealed bug', () => {
	it('opens to the bug it sealed, for every node and mistake a shipped or generated level can plant', () => {
		const graphs = [...shippedLevels.filter(l => l.spec.kind === 'find-the-bug'), ...bugLevels.map(g => g.level)];
		expect(graphs.length).toBeGreaterThan(30);
		for (const level of graphs) {
			const graph = level.graph;
			if (graph === undefined) throw new Error(`${level.id} has no graph`);
			for (const node of graph.nodes)
				for (const mistake of plantableMistakes(graph, node.name)) {
					const sealed = sealBug(level.id, {node: node.name, mistake});
					expect(sealed).toMatch(/^sealed:[A-Za-z0-9_-]+$/);
					expect(sealed).not.toContain(mistake);
					expect(openBug(level.id, sealed)).toEqual({node: node.name, mistake});
				}
		}
	});

	it('reads differently in another level, and does not open there', () => {
		const bug = {node: 'q', mistake: 'ownValue'};
		expect(sealBug('bug-a', bug)).not.toBe(sealBug('bug-b', bug));
		expect(openBug('bug-b', sealBug('bug-a', bug))).toBeUndefined();
	});

	it('is what generate writes, and the game loads the same level from it: same table, same field, same answer', () => {
		const text = packText(
			'find-the-bug',
			bugLevels.map(g => g.spec),
		);
		expect(text).not.toContain('"mistake"');
		expect(text).not.toMatch(/"bug": \{/);
		const parsed = parseChapterFile('find-the-bug.json', text, 1);
		expect(parsed.errors).toEqual([]);
		expect(parsed.levels).toHaveLength(bugLevels.length);
		for (const [i, loaded] of parsed.levels.entries()) {
			const made = bugLevels[i]?.level;
			expect(loaded.table).toEqual(made?.table);
			expect(loaded.fields.map(f => [f.id, f.expected])).toEqual(made?.fields.map(f => [f.id, f.expected]));
		}
	});

	it('is named where it is written when it does not open or is not one', () => {
		const errors = (bug: unknown, id?: string) =>
			parseChapterFile('pack.json', fileWith(bug, id), 1).errors.map(e => `${e.path}: ${e.message}`);
		// Sealed for another level's id: the file was edited by hand.
		expect(errors(sealBug('other', {node: 'q', mistake: 'ownValue'}))).toEqual([
			'levels[0].bug: this sealed bug does not open: it was sealed for another level id, or changed since',
		]);
		expect(errors('sealed:not base64!').join('\n')).toContain('levels[0].bug');
		// A plain bug still loads, and a sealed one opens to a node the graph must have.
		expect(errors({node: 'q', mistake: 'ownValue'})).toEqual([]);
		expect(errors(sealBug('b', {node: 'q', mistake: 'ownValue'}))).toEqual([]);
		expect(errors(sealBug('b', {node: 'w', mistake: 'ownValue'}))).toEqual([
			"levels[0].bug: 'w' is not a node of the graph",
		]);
	});
});
