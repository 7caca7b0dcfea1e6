import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {generatePack, practiceRequest} from '../../src/cli/commands/generate.js';
import {loadLevelPack} from '../../src/levels/loader.js';
import {validateInTest} from '../support/validate.js';

const request = (out: string, more: Partial<Parameters<typeof generatePack>[0]> = {}) =>
	generatePack({concept: 'chain-rule', count: '6', seed: '42', out, force: false, ...more});

describe('generate', () => {
	it('writes a pack that validate accepts and the loader plays, ramping from easy to hard', () => {
		const dir = mkdtempSync(join(tmpdir(), 'bpq-gen-'));
		const result = request(dir);
		expect(result).toMatchObject({code: 0, stdout: ''});
		expect(result.stderr).toContain(`6 chain-rule levels written to ${join(dir, 'chain-rule.json')}`);
		expect(validateInTest(dir)).toMatchObject({code: 0, stderr: ''});
		const pack = loadLevelPack(dir);
		expect(pack.levels.map(l => l.id)).toEqual([1, 2, 3, 4, 5, 6].map(i => `chain-rule-${i}`));
		expect(pack.levels[0]?.chapter.title.en).toBe('Practice: chain rule');
		// Three links at the easy end, five at the hard end.
		expect(pack.levels.map(l => l.fields.length)).toEqual([4, 4, 5, 5, 6, 6]);
	});

	it('writes the same bytes for the same seed, and other numbers for another seed or a name', () => {
		const [a, b, c, d] = [0, 1, 2, 3].map(() => mkdtempSync(join(tmpdir(), 'bpq-gen-')));
		request(a as string);
		request(b as string);
		request(c as string, {seed: '43'});
		request(d as string, {seed: 'kim-minji'});
		const read = (dir: string | undefined) => readFileSync(join(dir as string, 'chain-rule.json'), 'utf8');
		expect(read(a)).toBe(read(b));
		expect(read(c)).not.toBe(read(a));
		expect(read(d)).not.toBe(read(a));
	});

	it('refuses a count that would take the folder past the pack limit, and writes nothing', () => {
		const dir = mkdtempSync(join(tmpdir(), 'bpq-gen-'));
		expect(request(dir, {count: '150'}).code).toBe(0);
		const over = request(dir, {concept: 'many-paths', count: '60'});
		expect(over.code).toBe(1);
		expect(over.stderr).toContain('already holds 150 levels; 60 more would pass the pack limit of 200');
		expect(over.stderr).toContain('--count 50 or less');
		expect(() => readFileSync(join(dir, 'many-paths.json'))).toThrow();
		expect(request(dir, {concept: 'many-paths', count: '50'}).code).toBe(0);
		// Every level written is loaded: none dropped past the limit (validate plays each one, too slow here).
		const pack = loadLevelPack(dir);
		expect(pack.errors).toEqual([]);
		expect(pack.levels).toHaveLength(200);
		// Replacing a file counts its new levels, not the old ones as well.
		expect(request(dir, {count: '150', force: true}).code).toBe(0);
	});

	it('refuses to overwrite without --force and says what to do', () => {
		const dir = mkdtempSync(join(tmpdir(), 'bpq-gen-'));
		writeFileSync(join(dir, 'chain-rule.json'), 'mine');
		expect(request(dir)).toMatchObject({code: 1, stderr: expect.stringContaining('add --force to overwrite it')});
		expect(readFileSync(join(dir, 'chain-rule.json'), 'utf8')).toBe('mine');
		expect(request(dir, {force: true}).code).toBe(0);
	});

	it('gives one clear line for a missing or unknown concept, a bad count, no seed or no folder', () => {
		const dir = mkdtempSync(join(tmpdir(), 'bpq-gen-'));
		const cases: [Partial<Parameters<typeof generatePack>[0]>, string][] = [
			[{concept: undefined}, 'generate needs --concept NAME; one of: add-node, multiply-node, max-gate'],
			[{concept: 'calculus'}, "no concept 'calculus'; one of:"],
			[{count: '0'}, "--count takes a whole number from 1 to 200, not '0'"],
			[{count: 'many'}, "not 'many'"],
			[{count: '1e2'}, "--count takes a whole number from 1 to 200, not '1e2'"],
			[{count: '0x10'}, "not '0x10'"],
			[{count: ' 5'}, "not ' 5'"],
			[{concept: 'x\u001B[2Jy'}, "no concept 'x\\u001b[2Jy'; one of:"],
			[{seed: undefined}, 'generate needs --seed S'],
			[{out: undefined}, 'generate needs --out DIR'],
		];
		for (const [change, message] of cases) {
			const result = generatePack({concept: 'chain-rule', count: '3', seed: '1', out: dir, force: false, ...change});
			expect(result.code).toBe(2);
			expect(result.stderr).toContain(message);
			expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
			expect(result.stderr).not.toContain('\u001B');
		}
	});
});

describe('practice --concept', () => {
	it('names an unknown concept with any control character in it shown as a code', () => {
		expect(practiceRequest({concept: 'x\u001B]0;t\u0007', seed: undefined})).toMatch(
			/^no concept 'x\\u001b\]0;t\\u0007'; one of: add-node, /,
		);
	});
});
