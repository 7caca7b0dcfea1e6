import {describe, expect, it} from 'vitest';
import {listLevels} from '../../src/cli/commands/list.js';
import {pickLanguage} from '../../src/cli/lang.js';
import {loadLevelPack} from '../../src/levels/loader.js';
import {overBudget} from '../../src/ui/play-cost.js';
import {validateInTest} from '../support/validate.js';

describe('list', () => {
	const pack = loadLevelPack('levels');

	it('prints JSON with id, chapter, kind and title in play order', () => {
		const rows = JSON.parse(listLevels(pack, 'en', true).stdout) as {
			id: string;
			chapter: string;
			kind: string;
			title: string;
		}[];
		expect(rows[0]).toMatchObject({
			id: 'weighted-sum',
			chapter: 'forward-pass',
			kind: 'forward',
			title: 'The weighted sum',
		});
		expect(rows.map(r => r.id)).toEqual(pack.levels.map(l => l.id));
	});

	it('uses Korean titles under --lang ko', () => {
		const rows = JSON.parse(listLevels(pack, 'ko', true).stdout) as {title: string}[];
		expect(rows[0]?.title).toBe('가중합');
	});

	it('prints a table, one level a line', () => {
		const lines = listLevels(pack, 'en', false).stdout.trimEnd().split('\n');
		expect(lines).toHaveLength(pack.levels.length);
		expect(lines[0]).toMatch(/^ {2}1 {2}1\. Forward pass +weighted-sum +forward +The weighted sum$/);
	});
});

describe('validate', () => {
	it('passes the shipped levels with a count', () => {
		expect(validateInTest('levels')).toMatchObject({
			code: 0,
			stdout: expect.stringMatching(/^✓ \d+ levels in \d+ files: all valid\n$/),
		});
		// Every level is built, drawn twice and typed into, with React's development build under test.
	}, 60_000);

	it('fails a broken pack, naming every file, with no stack trace', () => {
		const result = validateInTest('test/fixtures/broken-levels');
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/invalid-json\.json: invalid JSON: .+ at line 2, column 1\n/);
		expect(result.stderr).toMatch(/10 problems in 10 files/);
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});

	it('plays every level it accepts, and refuses one over the budget with what took too long', () => {
		const result = validateInTest('test/fixtures/custom-pack', 'en', {build: 1000, firstDraw: -1, keystroke: 1000});
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(
			/custom-pack\/.*\.json: level '[a-z-]+' is too slow to play: drawing its screen takes \d+ ms \(at most -1 ms\); use fewer steps/,
		);
		expect(result.stderr).not.toMatch(/building it|one keystroke/);
		expect(overBudget({build: 301, firstDraw: 10, keystroke: 151})).toEqual([
			'building it takes 301 ms (at most 300 ms)',
			'one keystroke takes 151 ms (at most 150 ms)',
		]);
	});

	it('asks for a path when given none', () => {
		expect(validateInTest(undefined).code).toBe(2);
	});
});

describe('language', () => {
	it('takes --lang first, then the locale', () => {
		expect(pickLanguage('en', {LANG: 'ko_KR.UTF-8'})).toBe('en');
		expect(pickLanguage(undefined, {LANG: 'ko_KR.UTF-8'})).toBe('ko');
		expect(pickLanguage(undefined, {LC_ALL: 'ko_KR.UTF-8', LANG: 'en_US.UTF-8'})).toBe('ko');
		expect(pickLanguage(undefined, {LANG: 'en_US.UTF-8'})).toBe('en');
		expect(pickLanguage(undefined, {})).toBe('en');
	});
});
