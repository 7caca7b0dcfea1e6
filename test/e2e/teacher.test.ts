import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parse} from 'csv-parse/sync';
import {afterEach, describe, expect, it} from 'vitest';
import {formatNumber} from '../../src/levels/format.js';
import {loadLevelPack} from '../../src/levels/loader.js';
import {cli, hasTmux, TerminalSession} from './tmux.js';

let session: TerminalSession | undefined;
afterEach(() => {
	session?.close();
	session = undefined;
});

/** The built CLI run as a teacher runs it, without a terminal. */
function run(...args: string[]) {
	const result = spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8', env: {...process.env, CI: 'true'}});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe.skipIf(!hasTmux)("a teacher's kit, from roster to class report", () => {
	it('generates a pack per student, one plays with a mistake, and the class report names it', async () => {
		const root = mkdtempSync(join(tmpdir(), 'bpq-class-'));
		const roster = join(root, 'roster.txt');
		writeFileSync(roster, '# period 3\nKim Minji\nLee Jun\n\n박서연\n');
		const out = join(root, 'class');
		const made = run('generate', '--concept', 'chain-rule', '--count', '3', '--roster', roster, '--out', out);
		expect(made.code).toBe(0);
		expect(made.stderr).toMatch(/^Kim Minji: seed \d+, 3 levels and worksheet.md in .*kim-minji$/m);
		expect(made.stderr).toMatch(/^박서연: seed \d+, 3 levels/m);
		expect(made.stderr).toContain('3 student packs written; the answer key is');

		// The key: every student's every field, from the engine; the packs hold no worked answers.
		const key = parse(readFileSync(join(out, 'answers.csv'), 'utf8'), {columns: true}) as Record<string, string>[];
		const kimPack = loadLevelPack(join(out, 'kim-minji'));
		expect(kimPack.errors).toEqual([]);
		const kimFields = kimPack.levels.flatMap(l => l.fields);
		expect(key.filter(r => r.student === 'Kim Minji').map(r => Number(r.answer))).toEqual(
			kimFields.map(f => Number(formatNumber(f.expected, 4))),
		);
		expect(new Set(key.map(r => r.student))).toEqual(new Set(['Kim Minji', 'Lee Jun', '박서연']));
		const packText = readFileSync(join(out, 'kim-minji', 'chain-rule.json'), 'utf8');
		const product = kimPack.levels[0]?.fields.find(f => f.role === 'product');
		expect(packText).toContain('The chain rule multiplies local slopes along the path');
		expect(packText).not.toContain(`= ${formatNumber(product?.expected ?? 0)}.`);
		expect(readFileSync(join(out, 'kim-minji', 'worksheet.md'), 'utf8')).toContain(
			`# Backpropagation practice: Kim Minji`,
		);

		// Kim plays the first level from the menu, typing only the last link as the product, twice.
		const home = mkdtempSync(join(tmpdir(), 'bpq-kim-'));
		const level = kimPack.levels[0];
		const last = level?.fields.find(f => f.role === 'product')?.mistakes.find(m => m.reason === 'lastLinkOnly');
		expect(last).toBeDefined();
		session = new TerminalSession(['--levels', join(out, 'kim-minji'), '--name', 'Kim Minji'], {home});
		await session.waitFor('A chain of 3 links · 1');
		session.press('Enter');
		for (const field of level?.fields ?? []) {
			if (field.role === 'product')
				for (let i = 0; i < 2; i++) {
					session.type(formatNumber(last?.value ?? 0, 8));
					session.press('Enter');
					await session.waitFor('That is only the last link');
					session.type('u');
					// u clears only as a key of its own: the next text waits until the field is empty.
					await session.waitFor(/▸[^\n]*\[▏ +\]/);
				}
			session.type(formatNumber(field.expected, 8));
			session.press('Enter');
		}
		await session.waitFor('✓ Solved!');
		session.press('i');
		await session.waitFor('Worked solution:');
		session.press('Escape');
		// q straight after Esc can reach the game as one Alt-q: wait for the overlay to close first.
		await session.waitFor(/^(?![\s\S]*Esc close)/);
		session.type('q');
		expect(await session.exitCode()).toBe(0);

		// Each student exports; the others have not played yet.
		const exports = ['kim-minji', 'lee-jun', '박서연'].map((folder, i) => {
			const file = join(root, `${folder}.json`);
			const dir = i === 0 ? home : mkdtempSync(join(tmpdir(), 'bpq-student-'));
			const name = ['Kim Minji', 'Lee Jun', '박서연'][i] as string;
			const args = ['export', '--format', 'json', '--levels', join(out, folder), '--data-dir', dir, '--name', name];
			expect(run(...args, '--out', file).code).toBe(0);
			return file;
		});
		const doc = JSON.parse(readFileSync(exports[0] as string, 'utf8'));
		expect(doc).toMatchObject({player: 'Kim Minji', pack: 'kim-minji'});
		expect(doc.concepts[0]).toMatchObject({
			concept: 'chain-rule',
			mistakes: {lastLinkOnly: 2},
			firstTimeByField: {local: 1, product: 0},
		});
		const csv = run('export', '--format', 'csv', '--concepts', '--levels', join(out, 'kim-minji'), '--data-dir', home);
		expect(parse(csv.stdout, {columns: true})[0]).toMatchObject({
			player: 'Kim Minji',
			pack: 'kim-minji',
			mistakes: 'only the last link 2',
		});

		const report = run('class', ...exports);
		expect(report.code).toBe(0);
		expect(parse(report.stdout, {columns: true})).toEqual([
			expect.objectContaining({
				student: 'Kim Minji',
				pack: 'kim-minji',
				concept: 'chain-rule',
				topMistake: 'only the last link',
				topMistakeCount: '2',
				weakestField: 'product of the links',
				weakestFieldAccuracy: '0',
			}),
		]);
		const table = run('class', '--format', 'md', '--lang', 'ko', ...exports);
		expect(table.stdout).toContain('| Kim Minji | 연쇄법칙 |');
		expect(table.stdout).toContain('| 연쇄법칙 | 마지막 국소 기울기만 | 2 | 1 |');
		expect(table.stdout).toContain('| 연쇄법칙 | 국소 기울기들의 곱 | 0% | 1 | Kim Minji |');

		const notExport = run('class', exports[0] as string, roster);
		expect(notExport.code).toBe(1);
		expect(notExport.stderr).toBe(
			`backprop-quest: ${roster} is not a backprop-quest export (make one with: backprop-quest export --format json)\n`,
		);
	}, 60_000);
});
