import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {generatePack} from '../../src/cli/commands/generate.js';
import {hintLadder, writesValue} from '../../src/game/hints.js';
import {concepts} from '../../src/game/practice/concepts.js';
import {writtenNumberPattern} from '../../src/levels/format.js';
import {loadLevelPack} from '../../src/levels/loader.js';
import type {LevelSpec} from '../../src/levels/schema.js';

// Written apart from the pack writer's own check, so the two can't share a slip.
const figures3 = (x: number) => Number(x.toPrecision(3));

/** Every number a text states, leaving out those inside a name (w21, x0). */
function numbersIn(text: string): number[] {
	return [...text.matchAll(/(^|[^\p{L}\d._^])([-−]?\d+(?:\.\d+)?(?:e[-+]?\d+)?)/gu)].map(m =>
		Number((m[2] ?? '').replace('−', '-')),
	);
}

const students = ['Kim Minji', 'Lee Jun', '박서연'];
const count = 9;

function classFolder(): string {
	const dir = mkdtempSync(join(tmpdir(), 'bpq-secrets-'));
	const roster = join(dir, 'roster.txt');
	writeFileSync(roster, `${students.join('\n')}\n`);
	const result = generatePack({
		concept: concepts.join(','),
		count: String(count),
		seed: undefined,
		out: join(dir, 'class'),
		force: false,
		roster,
	});
	expect(result.stderr).toContain(`${students.length} student packs written`);
	return join(dir, 'class');
}

describe('a class pack file', () => {
	const out = classFolder();
	const folders = ['kim-minji', 'lee-jun', '박서연'];

	it.each(concepts)('holds none of the values %s asks for, in any text', concept => {
		for (const folder of folders) {
			const file = readFileSync(join(out, folder, `${concept}.json`), 'utf8');
			const specs = (JSON.parse(file) as {levels: LevelSpec[]}).levels;
			const levels = loadLevelPack(join(out, folder)).levels.filter(l => l.chapter.id === `practice-${concept}`);
			expect(levels).toHaveLength(count);
			for (const [i, level] of levels.entries()) {
				const spec = specs[i] as LevelSpec;
				const {title, intro, hints, explain, ...data} = spec;
				const fieldHints = 'fieldHints' in data ? data.fieldHints : undefined;
				// What the exercise has to give: its inputs, the formula's constants, η, h, the given values.
				const given = new Set(
					numbersIn(JSON.stringify({...data, fieldHints: undefined}).replace(/"\w+":/g, ' ')).map(figures3),
				);
				for (const g of level.given ?? []) given.add(figures3(g.value));
				// So is a batch's size, which an intro names ("a batch of 2").
				for (const value of Object.values('inputs' in data ? data.inputs : {}))
					if (Array.isArray(value) && Array.isArray(value[0])) given.add(value.length);
				// A title's whole numbers count links and levels.
				const texts = JSON.stringify([
					title.en.replace(/\d+/g, ''),
					title.ko.replace(/\d+/g, ''),
					intro,
					hints,
					explain,
					fieldHints,
				]);
				const stated = new Set(numbersIn(texts).map(figures3));
				for (const field of level.fields) {
					// A formula or a word is asked, not the number behind it.
					if (field.formula !== undefined || field.choice !== undefined) continue;
					const answer = figures3(field.expected);
					// 0 and ±1 are what the rules say (an add node's slope, a max node's loser).
					if (answer === 0 || Math.abs(answer) === 1 || given.has(answer)) continue;
					expect(stated.has(answer), `${folder}/${concept}.json, ${level.id}: ${field.label} = ${answer}`).toBe(false);
				}
			}
		}
	});

	it('does not name the planted bug of a find-the-bug level where it can be read', () => {
		for (const folder of folders) {
			const file = readFileSync(join(out, folder, 'find-the-bug.json'), 'utf8');
			const specs = (JSON.parse(file) as {levels: LevelSpec[]}).levels;
			const levels = loadLevelPack(join(out, folder)).levels.filter(l => l.chapter.id === 'practice-find-the-bug');
			expect(levels).toHaveLength(count);
			expect(file).not.toContain('"node"');
			expect(file).not.toContain('"mistake"');
			for (const [i, level] of levels.entries()) {
				const spec = specs[i];
				const bug = spec?.kind === 'find-the-bug' ? spec.bug : undefined;
				expect(typeof bug, `${folder} ${level.id}`).toBe('string');
				// The game still plants it: the loaded level has its wrong row.
				const planted = level.table?.planted.reason ?? '';
				expect(planted).not.toBe('');
				expect(file).not.toContain(planted);
			}
		}
	});

	it('still gives every field a ladder that ends in its worked answer, from the engine at play time', () => {
		const levels = loadLevelPack(join(out, 'kim-minji')).levels;
		expect(levels.length).toBe(concepts.length * count);
		for (const level of levels)
			for (const field of level.fields) {
				const last = hintLadder(level, field).at(-1);
				const text = typeof last?.text === 'string' ? last.text : (last?.text.en ?? '');
				if (field.formula === undefined && field.choice === undefined)
					expect(
						[...text.matchAll(writtenNumberPattern)].some(m => writesValue(m[0], field.expected)),
						`${level.id} ${field.label}: ${text}`,
					).toBe(true);
				else expect(text, `${level.id} ${field.label}`).not.toBe('');
			}
	});

	it.each(folders)('%s/worksheet.md states no answer and no worked step or explanation', folder => {
		const sheet = readFileSync(join(out, folder, 'worksheet.md'), 'utf8');
		const sections = sheet.split(/^## \d+\. /m).slice(1);
		// The worksheet lists the levels in the pack's order: concept by concept, each as the game loads it.
		const pack = loadLevelPack(join(out, folder)).levels;
		const levels = concepts.flatMap(concept => pack.filter(l => l.chapter.id === `practice-${concept}`));
		expect(sections).toHaveLength(levels.length);
		for (const [i, level] of levels.entries()) {
			const section = sections[i] ?? '';
			const {title, intro, hints, explain, ...data} = level.spec;
			// What the exercise shows: its inputs and constants, given numbers, a worked pass's rows.
			const given = new Set(numbersIn(JSON.stringify(data).replace(/"\w+":/g, ' ')).map(figures3));
			for (const g of level.given ?? []) given.add(figures3(g.value));
			for (const value of Object.values('inputs' in data ? data.inputs : {}))
				if (Array.isArray(value) && Array.isArray(value[0])) given.add(value.length);
			for (const row of level.table?.rows ?? [])
				for (const shown of [row.value, row.shown, ...row.locals.map(l => l.local)]) given.add(figures3(shown));
			// Not the title line (a level's number) nor the blanks, whose labels hold indices (∂L/∂b[3]).
			const stated = new Set(numbersIn(section.replace(/^[^\n]*\n/, '').replace(/^- .* = _+$/gm, '')).map(figures3));
			for (const field of level.fields) {
				// A step worked out (`a·b = c`); a bare `label = value` is the number checked below.
				if (field.work.split(' = ').length > 2)
					expect(section, `${folder} ${level.id}: ${field.label}'s worked step`).not.toContain(field.work);
				if (field.formula !== undefined || field.choice !== undefined) continue;
				const answer = figures3(field.expected);
				if (answer === 0 || Math.abs(answer) === 1 || given.has(answer)) continue;
				expect(stated.has(answer), `${folder}/worksheet.md, ${level.id}: ${field.label} = ${answer}`).toBe(false);
			}
			for (const text of [explain, ...hints]) {
				expect(section, `${folder} ${level.id}: an explanation or hint`).not.toContain(text.en);
				expect(section).not.toContain(text.ko);
			}
		}
	});

	it('says where the worked steps went, and the key still holds them', () => {
		const pack = readFileSync(join(out, 'lee-jun', 'chain-rule.json'), 'utf8');
		expect(pack).toContain('"explainWithheld": true');
		const key = readFileSync(join(out, 'answers.csv'), 'utf8');
		const chain = loadLevelPack(join(out, 'lee-jun')).levels.find(l => l.id === 'chain-rule-9');
		expect(chain).toBeDefined();
		for (const field of chain?.fields ?? []) expect(key).toContain(field.work);
	});
});
