import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parse} from 'csv-parse/sync';
import {describe, expect, it} from 'vitest';
import {classCommand} from '../../src/cli/commands/class.js';
import {generatePack} from '../../src/cli/commands/generate.js';
import {parseRoster} from '../../src/game/practice/roster.js';
import {loadLevelPack} from '../../src/levels/loader.js';

const folder = () => mkdtempSync(join(tmpdir(), 'bpq-kit-'));

function rosterFile(text: string): string {
	const file = join(folder(), 'roster.txt');
	writeFileSync(file, text);
	return file;
}

const classPacks = (roster: string, out: string, more: Partial<Parameters<typeof generatePack>[0]> = {}) =>
	generatePack({concept: 'chain-rule', count: '6', seed: undefined, out, force: false, roster, ...more});

describe('generate --roster', () => {
	it('gives each student a pack of the same shape with other numbers, a worksheet, and the class one key', () => {
		const out = folder();
		const result = classPacks(rosterFile('Kim Minji\nLee Jun\n박서연\n'), out);
		expect(result.code).toBe(0);
		const seeds = [...result.stderr.matchAll(/seed (\d+)/g)].map(m => m[1]);
		expect(new Set(seeds).size).toBe(3);
		const packs = ['kim-minji', 'lee-jun', '박서연'].map(name => loadLevelPack(join(out, name)).levels);
		// Level i asks the same kind of work of every student: as many links, at the same step.
		const shape = (levels: (typeof packs)[number]) => levels.map(l => l.fields.map(f => f.role).join(','));
		expect(shape(packs[1] ?? [])).toEqual(shape(packs[0] ?? []));
		expect(shape(packs[2] ?? [])).toEqual(shape(packs[0] ?? []));
		expect(packs[1]?.map(l => l.spec.intro.en)).not.toEqual(packs[0]?.map(l => l.spec.intro.en));
		const key = parse(readFileSync(join(out, 'answers.csv'), 'utf8'), {columns: true}) as Record<string, string>[];
		expect(key).toHaveLength(packs.flat().reduce((n, l) => n + l.fields.length, 0));
		expect(Object.keys(key[0] ?? {})).toEqual([
			'student',
			'seed',
			'concept',
			'level',
			'title',
			'field',
			'answer',
			'working',
			'explanation',
		]);
		// A negative answer stays a number for the spreadsheet, not text with a guard quote.
		expect(key.every(r => !r.answer?.startsWith("'"))).toBe(true);
		const sheet = readFileSync(join(out, 'lee-jun', 'worksheet.md'), 'utf8');
		expect(sheet.match(/^## \d+\. /gm)).toHaveLength(6);
		expect(sheet).toContain('- ∂f/∂x = ________');
	});

	it('writes the same bytes for the same roster; a second run needs --force', () => {
		const roster = rosterFile('Kim Minji\n');
		const [a, b] = [folder(), folder()];
		classPacks(roster, a);
		classPacks(roster, b);
		const pack = (dir: string) => readFileSync(join(dir, 'kim-minji', 'chain-rule.json'), 'utf8');
		expect(pack(a)).toBe(pack(b));
		const again = classPacks(roster, a);
		expect(again.code).toBe(1);
		expect(again.stderr).toContain('already exists; add --force to overwrite it');
		expect(classPacks(roster, a, {force: true}).code).toBe(0);
		// Another concept set, or the teacher's own --seed, gives new numbers.
		const c = folder();
		classPacks(roster, c, {seed: 'second set'});
		expect(pack(c)).not.toBe(pack(a));
	});

	it('says in one line what is wrong with a roster, in English and Korean, and writes nothing', () => {
		const cases: [string, string, string][] = [
			['# nobody\n\n', 'names no student: write one name a line', '학생이 없습니다'],
			['Kim Minji\nkim  minji\n', 'line 2: this name gives the folder', '2번째 줄'],
			['Kim\n***\n', 'line 2: a name needs at least one letter or digit', '글자나 숫자'],
		];
		for (const [text, en, ko] of cases) {
			const out = folder();
			const roster = rosterFile(text);
			const english = classPacks(roster, out);
			expect(english.code).toBe(1);
			expect(english.stderr).toContain(en);
			expect(english.stderr.trimEnd().split('\n')).toHaveLength(1);
			expect(
				generatePack({concept: 'chain-rule', count: '2', seed: undefined, out, force: false, roster}, 'ko').stderr,
			).toContain(ko);
			expect(() => readFileSync(join(out, 'answers.csv'))).toThrow();
		}
		const missing = classPacks(join(folder(), 'none.txt'), folder());
		expect(missing.stderr).toMatch(/could not read the roster .*none\.txt \(ENOENT\)/);
	});

	it('refuses a count that would take each student past the pack limit', () => {
		const result = generatePack({
			concept: 'chain-rule,many-paths',
			count: '150',
			seed: undefined,
			out: folder(),
			force: false,
			roster: rosterFile('Kim\n'),
		});
		expect(result).toMatchObject({code: 2});
		expect(result.stderr).toContain("each student's pack would hold 300 levels");
		expect(result.stderr).toContain('--count 100 or less');
	});

	it('reads a CSV roster by its first cell, skips comments and a byte-order mark', () => {
		expect(parseRoster('\uFEFFname\n# x\nKim Minji, 3B\n')).toEqual({
			ok: true,
			students: [
				{name: 'name', folder: 'name'},
				{name: 'Kim Minji', folder: 'kim-minji'},
			],
		});
	});
});

describe('generate with several concepts', () => {
	it('writes one file per concept', () => {
		const out = folder();
		const result = generatePack({concept: 'add-node,chain-rule', count: '2', seed: '7', out, force: false});
		expect(result.code).toBe(0);
		expect(loadLevelPack(out).levels.map(l => l.id)).toEqual([
			'add-node-1',
			'add-node-2',
			'chain-rule-1',
			'chain-rule-2',
		]);
	});
});

/** An export as `export --format json` writes it, with only what a class report reads. */
function exportFile(player: string | undefined, concepts: object[]): string {
	const file = join(folder(), `${player ?? 'unnamed'}.json`);
	const doc = {schemaVersion: 3, app: {name: 'backprop-quest', version: '0.1.0'}, player, pack: 'p', concepts};
	writeFileSync(file, JSON.stringify(doc));
	return file;
}

const row = (
	concept: string,
	accuracy: number,
	mistakes: Record<string, number>,
	firstTimeByField?: Record<string, number>,
) => ({
	concept,
	name: concept,
	levels: 2,
	attempts: 8,
	right: 6,
	firstTimeAccuracy: accuracy,
	...(firstTimeByField === undefined ? {} : {firstTimeByField}),
	mistakes,
	nextDue: '',
	lastPracticedAt: '',
});

describe('class', () => {
	const files = [
		exportFile('Ana', [
			row('add-node', 1, {}, {gradient: 1}),
			row('chain-rule', 0.5, {lastLinkOnly: 3, wrongSign: 1}, {local: 0.75, product: 0}),
		]),
		// An export from before per-field accuracy was kept.
		exportFile('Ben', [row('add-node', 0.75, {wrongSign: 1}), row('chain-rule', 0.25, {lastLinkOnly: 1})]),
		exportFile('Cho', [row('chain-rule', 0.8, {}, {local: 0.9, product: 0.5})]),
	];

	it('CSV: one row per student × concept, the weakest concept first and its weakest student first', () => {
		const report = classCommand({files, format: undefined, lang: 'en'});
		expect(report.code).toBe(0);
		const rows = parse(report.stdout, {columns: true}) as Record<string, string>[];
		expect(rows.map(r => `${r.concept} ${r.student} ${r.topMistake}`)).toEqual([
			'chain-rule Ben only the last link',
			'chain-rule Ana only the last link',
			'chain-rule Cho ',
			'add-node Ben sign',
			'add-node Ana ',
		]);
		// Which kind of answer each student gets wrong: Ana's links are fine, her products are not.
		expect(rows.map(r => `${r.student} ${r.weakestField} ${r.weakestFieldAccuracy}`)).toEqual([
			'Ben  ',
			'Ana product of the links 0',
			'Cho product of the links 0.5',
			'Ben  ',
			'Ana gradient 1',
		]);
	});

	it('Markdown: a table and the class misconceptions, most frequent first', () => {
		const md = classCommand({files, format: 'md', lang: 'en'}).stdout;
		expect(md).toContain('3 students, 2 concepts; weakest concepts first');
		expect(md).toContain('| Ben | chain rule | 8 | 25% | — | only the last link ×1 | p |');
		expect(md).toContain('| Ana | chain rule | 8 | 50% | product of the links 0% | only the last link ×3 | p |');
		const rowsOf = (section: string) =>
			section.split('\n').filter(l => l.startsWith('| ') && !l.startsWith('| concept'));
		const mistakes = md.slice(md.indexOf('## Misconceptions'), md.indexOf('### Right first time'));
		expect(rowsOf(mistakes)).toEqual([
			'| chain rule | only the last link | 4 | 2 |',
			'| chain rule | sign | 1 | 1 |',
			'| add node | sign | 1 | 1 |',
		]);
		// By kind of answer across the class: the chain's product is where it goes wrong, and who is weakest at it.
		expect(rowsOf(md.slice(md.indexOf('### Right first time, by kind of answer')))).toEqual([
			'| chain rule | product of the links | 25% | 2 | Ana |',
			'| chain rule | local derivative | 83% | 2 | Ana |',
		]);
		const korean = classCommand({files, format: 'md', lang: 'ko'}).stdout;
		expect(korean).toContain('### 답 종류별로 한 번에 맞힌 비율 (약한 것부터)');
		expect(korean).toContain('| 연쇄법칙 | 국소 기울기들의 곱 | 25% | 2 | Ana |');
	});

	it('exits 1 naming a file that is not an export, and 2 without files or with an unknown format', () => {
		const other = join(folder(), 'notes.json');
		writeFileSync(other, '{"levels": []}');
		expect(classCommand({files: [...files, other], format: 'md', lang: 'en'})).toEqual({
			stdout: '',
			stderr: `backprop-quest: ${other} is not a backprop-quest export (make one with: backprop-quest export --format json)\n`,
			code: 1,
		});
		expect(classCommand({files: [], format: undefined, lang: 'ko'})).toMatchObject({code: 2});
		expect(classCommand({files, format: 'xlsx', lang: 'en'}).stderr).toContain("takes csv or md, not 'xlsx'");
	});

	it('names a student without a player name by the file, and says so', () => {
		const report = classCommand({files: [exportFile(undefined, [row('add-node', 1, {})])], format: 'csv', lang: 'en'});
		expect(report.stderr).toContain('names no player; its file name stands in');
		expect(parse(report.stdout, {columns: true})[0]).toMatchObject({student: 'unnamed'});
	});
});
