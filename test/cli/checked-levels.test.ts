import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {levelFileSum} from '../../src/cli/built-in-levels.js';
import {parseChapterFile} from '../../src/levels/loader.js';

const shipped = readdirSync('levels')
	.filter(name => name.endsWith('.json'))
	.map(name => join('levels', name));

describe('shipped levels checked when the game is built', () => {
	it('the built game trusts every shipped level file as it is now', () => {
		// npm test builds before it tests, so dist/ holds this checkout's levels.
		const bundle = ['dist/cli.js', ...readdirSync('dist/chunks').map(name => join('dist/chunks', name))]
			.map(file => readFileSync(file, 'utf8'))
			.join('\n');
		for (const file of shipped) expect(bundle.includes(levelFileSum(readFileSync(file, 'utf8'))), file).toBe(true);
	});

	it('a trusted file skips the schema check, and any other text is checked', () => {
		const text = readFileSync(shipped[0] ?? '', 'utf8');
		// A key the schema refuses: only a file that was never checked can hold it.
		const edited = text.replace('"chapter": {', '"chapter": {"colour": "red", ');
		expect(edited).not.toBe(text);
		const trusted = (candidate: string) => candidate === text;
		expect(parseChapterFile('a.json', text, 1, {defer: true, trusted}).errors).toEqual([]);
		const checked = parseChapterFile('a.json', edited, 1, {defer: true, trusted});
		expect(checked.levels).toEqual([]);
		expect(checked.errors.map(e => e.path)).toContain('chapter');
	});
});
