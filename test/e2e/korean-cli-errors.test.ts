// Every refusal the command line can give without a terminal, run from the
// built CLI under --lang ko (and a Korean locale): each is said in Korean.
import {spawnSync} from 'node:child_process';
import {chmodSync, mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {maxSaveBytes, saveProgress} from '../../src/cli/storage.js';
import {emptyProgress} from '../../src/game/progress.js';
import {validateInTest} from '../support/validate.js';
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
// A save far larger than any save (sparse, so it costs no disk), and one with a bad record and fields of each kind.
mkdirSync(join(dir, 'huge-home'));
writeFileSync(join(dir, 'huge-home', 'progress.json'), '');
truncateSync(join(dir, 'huge-home', 'progress.json'), maxSaveBytes + 4 * 1024 * 1024);
mkdirSync(join(dir, 'bad-records-home'));
const record = {status: 'solved', stars: 1, attempts: 1, hints: 0, timeMs: 10};
writeFileSync(
	join(dir, 'bad-records-home', 'progress.json'),
	JSON.stringify({
		version: 2,
		playerName: 3,
		practice: [],
		levels: {
			'too-many-stars': {...record, stars: 5},
			'unknown-status': {...record, status: 'won'},
			'extra-field': {...record, extra: 1},
			'text-for-a-count': {...record, attempts: '1'},
			'no-status': {stars: 1, attempts: 1, hints: 0, timeMs: 10},
			'a-bad-date': {...record, lastSolvedAt: 'yesterday'},
			'a-list': [],
		},
	}),
);

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
	'export with a save too large to read': {
		args: ['export', '--data-dir', join(dir, 'huge-home'), '--lang', 'ko'],
		code: 0,
	},
	'export with bad records and fields in its save': {
		args: ['export', '--data-dir', join(dir, 'bad-records-home'), '--lang', 'ko'],
		code: 0,
	},
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

	it('a save too large to read says its size in Korean', () => {
		const result = spawnSync(process.execPath, [cli, 'export', '--data-dir', join(dir, 'huge-home'), '--lang', 'ko'], {
			encoding: 'utf8',
			env: {...process.env, BACKPROP_QUEST_HOME: home},
		});
		expect(result.stderr).toContain('크기가 20MB로 저장 파일이라기엔 너무 큽니다(16MB까지만 읽습니다)');
	});

	it('each dropped record of a save is described in Korean: seven records, two fields', () => {
		const result = spawnSync(
			process.execPath,
			[cli, 'export', '--data-dir', join(dir, 'bad-records-home'), '--lang', 'ko'],
			{encoding: 'utf8', env: {...process.env, BACKPROP_QUEST_HOME: home}},
		);
		const lines = result.stderr.split('\n').filter(line => line.includes('버렸습니다'));
		expect(lines).toHaveLength(9);
		expect(result.stderr).toContain('(levels.too-many-stars.stars: 3 이하여야 합니다)');
		expect(result.stderr).toContain('(playerName: 문자열이 아니라 수입니다)');
		expect(result.stderr).toContain('(practice: 개념 표가 아니라 목록입니다)');
		expect(englishSentences(result.stderr)).toEqual([]);
	});

	it('validate says in Korean which part of a level is too slow to play', () => {
		const result = validateInTest('test/fixtures/custom-pack', 'ko', {build: -1, firstDraw: -1, keystroke: -1});
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(
			/레벨은 너무 느려서 플레이할 수 없습니다: 레벨을 만드는 데 \d+ms\(최대 -1ms\), 화면을/,
		);
		expect(englishSentences(result.stderr)).toEqual([]);
	}, 60_000);

	it('a save that is not written over an unreadable one says why in Korean', () => {
		// Written after the game started: the save finds it on disk, not set aside.
		mkdirSync(join(dir, 'corrupted-later'));
		writeFileSync(join(dir, 'corrupted-later', 'progress.json'), '{"version": 2, "levels": ');
		const warning = saveProgress(join(dir, 'corrupted-later'), emptyProgress, '0.1.0', new Date(), {lang: 'ko'});
		expect(warning).toMatch(/이미 있는 저장 파일을 읽을 수 없으므로\(JSON 형식이 아닙니다/);
		expect(englishSentences(warning ?? '')).toEqual([]);
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
