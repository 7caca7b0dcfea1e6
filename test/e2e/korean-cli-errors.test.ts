// Every refusal the command line can give without a terminal, run from the
// built CLI under --lang ko (and a Korean locale): each is said in Korean.
import {spawnSync} from 'node:child_process';
import {chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {cli} from './tmux.js';

const dir = mkdtempSync(join(tmpdir(), 'bq-ko-cli-'));
const home = join(dir, 'home');
mkdirSync(home);
writeFileSync(join(dir, 'exists.csv'), 'old\n');
writeFileSync(join(dir, 'read-only.csv'), 'old\n');
chmodSync(join(dir, 'read-only.csv'), 0o444);
symlinkSync(join(dir, 'nowhere.csv'), join(dir, 'dangling.csv'));
mkdirSync(join(dir, 'not-json'));
writeFileSync(join(dir, 'not-json', 'broken.json'), '{"formatVersion": 1,\n  oops');
// A file where the data folder should be, and a save that is not JSON.
writeFileSync(join(dir, 'data-file'), 'not a folder');
mkdirSync(join(dir, 'corrupt-home'));
writeFileSync(join(dir, 'corrupt-home', 'progress.json'), '{"version": 2, "levels": ');

type Run = {readonly args: readonly string[]; readonly env?: Record<string, string>; readonly code: number};

/** Each path, with the exit code that shows it was the path taken. */
const paths: Readonly<Record<string, Run>> = {
	'an unknown option': {args: ['--lang', 'ko', '--bogus'], code: 2},
	'an unknown command': {args: ['--lang', 'ko', 'frobnicate'], code: 2},
	'an option without its value (Korean locale)': {args: ['--levels'], env: {LANG: 'ko_KR.UTF-8'}, code: 2},
	'a value given to a switch': {args: ['--lang=ko', '--json=yes'], code: 2},
	'an unknown language (Korean locale)': {args: ['--lang', 'xx'], env: {LANG: 'ko_KR.UTF-8'}, code: 2},
	'list with an extra argument': {args: ['list', 'extra', '--lang', 'ko'], code: 2},
	'export with an extra argument': {args: ['export', 'x', '--lang', 'ko'], code: 2},
	'validate with two packs': {args: ['validate', 'levels', 'more', '--lang', 'ko'], code: 2},
	'play with an argument': {args: ['play', 'x', '--lang', 'ko'], code: 2},
	'list of a missing pack': {args: ['list', '--levels', join(dir, 'missing'), '--lang', 'ko'], code: 1},
	'export of a missing pack': {args: ['export', '--levels', join(dir, 'missing'), '--lang', 'ko'], code: 1},
	'validate of a missing pack': {args: ['validate', join(dir, 'missing'), '--lang', 'ko'], code: 1},
	'validate of a file that is not JSON': {args: ['validate', join(dir, 'not-json'), '--lang', 'ko'], code: 1},
	'validate without a path': {args: ['validate', '--lang', 'ko'], code: 2},
	'export in an unknown format': {args: ['export', '--format', 'xml', '--lang', 'ko'], code: 2},
	'export --out onto a file that exists': {args: ['export', '--out', join(dir, 'exists.csv'), '--lang', 'ko'], code: 1},
	'export --out onto a folder': {args: ['export', '--out', dir, '--force', '--lang', 'ko'], code: 1},
	'export --out through a dangling link': {
		args: ['export', '--out', join(dir, 'dangling.csv'), '--lang', 'ko'],
		code: 1,
	},
	'export --out onto a read-only file': {
		args: ['export', '--out', join(dir, 'read-only.csv'), '--force', '--lang', 'ko'],
		code: 1,
	},
	'export --out written': {args: ['export', '--out', join(dir, 'new.csv'), '--lang', 'ko'], code: 0},
	'play without a terminal': {args: ['--lang', 'ko'], code: 2},
	'play without a terminal (Korean locale)': {args: [], env: {LANG: 'ko_KR.UTF-8'}, code: 2},
	'play in a dumb terminal': {args: ['--lang', 'ko'], env: {TERM: 'dumb'}, code: 2},
	'practice of an unknown concept': {args: ['practice', '--concept', 'nope', '--lang', 'ko'], code: 2},
	'reset without a terminal': {args: ['reset', '--lang', 'ko'], code: 0},
	'generate without a concept': {args: ['generate', '--lang', 'ko'], code: 2},
	'generate without a seed': {args: ['generate', '--concept', 'add-node', '--lang', 'ko'], code: 2},
	'generate without --out': {args: ['generate', '--concept', 'add-node', '--seed', '1', '--lang', 'ko'], code: 2},
	'class without files': {args: ['class', '--lang', 'ko'], code: 2},
	'class of a missing file': {args: ['class', join(dir, 'missing.json'), '--lang', 'ko'], code: 1},
	'export with a file for a data folder': {
		args: ['export', '--data-dir', join(dir, 'data-file'), '--lang', 'ko'],
		code: 0,
	},
	'export of a corrupt save': {args: ['export', '--data-dir', join(dir, 'corrupt-home'), '--lang', 'ko'], code: 0},
};

// Names the Korean messages keep as they are: commands, formats, the terminal type, the program.
const names =
	/\b(list|export|validate|reset|practice|generate|class|play|json|csv|md|xterm-256color|TERM=dumb|chmod u\+r?w|backprop-quest|BACKPROP_QUEST_HOME)\b/g;

/**
 * English sentences in a message: three or more English words in a row, once
 * paths, quoted arguments, options and the names above are taken out.
 */
function englishSentences(output: string): string[] {
	const bare = output
		.replaceAll(dir, 'DIR')
		.replace(/'[^']*'/g, "''")
		.replace(names, '')
		.replace(/(?<![\w-])--?[a-z][\w-]*(=\S*)?/g, '')
		// Practice concepts are named as they are typed: add-node, many-paths.
		.replace(/\b[a-z]+(-[a-z]+)+\b/g, '');
	return [...bare.matchAll(/\b[A-Za-z]{2,}(?:[ ,;:]+[A-Za-z]{2,}){2,}/g)].map(m => m[0]);
}

describe('every command-line message in Korean under --lang ko or a Korean locale', () => {
	it.each(Object.entries(paths))('%s', (_, {args, env, code}) => {
		const result = spawnSync(process.execPath, [cli, ...args], {
			encoding: 'utf8',
			env: {...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', BACKPROP_QUEST_HOME: home, ...env},
		});
		const output = `${result.stdout}${result.stderr}`;
		expect(result.status, output).toBe(code);
		expect(output).toMatch(/[가-힣]/);
		expect(englishSentences(output)).toEqual([]);
	});

	it('the check finds an English sentence and passes Korean with names in it', () => {
		expect(englishSentences('backprop-quest: could not write the output (ENOSPC)')).toEqual([
			'could not write the output',
		]);
		expect(englishSentences('x: no such file or folder')).toEqual(['no such file or folder']);
		expect(
			englishSentences('backprop-quest: 터미널 없이도 list, export, validate, --help는 쓸 수 있습니다 (chmod u+w)'),
		).toEqual([]);
	});
});
