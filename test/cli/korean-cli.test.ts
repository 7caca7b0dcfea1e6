import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {cliMessages} from '../../src/cli/cli-strings.js';
import {exportScores} from '../../src/cli/commands/export.js';
import {practiceRequest} from '../../src/cli/commands/generate.js';
import {resetProgress} from '../../src/cli/commands/reset.js';
import {validateLevels} from '../../src/cli/commands/validate.js';
import {helpText} from '../../src/cli/help.js';
import {pickLanguage} from '../../src/cli/lang.js';
import {emptyProgress} from '../../src/game/progress.js';

describe('the command line speaks Korean under --lang ko or a Korean locale', () => {
	it('a Korean locale picks Korean, --lang wins over it', () => {
		expect(pickLanguage(undefined, {LANG: 'ko_KR.UTF-8'})).toBe('ko');
		expect(pickLanguage('en', {LANG: 'ko_KR.UTF-8'})).toBe('en');
	});

	it('--help lists every command and option of the English help, explained in Korean', () => {
		const en = helpText('1.0.0', '/data', 'en');
		const ko = helpText('1.0.0', '/data', 'ko');
		expect(ko).toContain('사용법');
		expect(ko).toContain('진행 상황 저장 위치: /data');
		const flags = (text: string) => [...text.matchAll(/(?<![\w-])--?[a-z][\w-]*/g)].map(m => m[0]).sort();
		const commands = (text: string) => [...text.matchAll(/backprop-quest (\w+)/g)].map(m => m[1]).sort();
		expect(flags(ko)).toEqual(flags(en));
		expect(commands(ko)).toEqual(commands(en));
		for (const line of ko.split('\n').filter(l => l.trim().startsWith('--') || l.includes('backprop-quest ')))
			expect(line, line).toMatch(/[가-힣]|backprop-quest 1\.0\.0/);
	});

	it('reset says in Korean that there is nothing to reset, and asks for --yes without a terminal', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'bq-ko-reset-'));
		const nothing = await resetProgress(dir, {yes: false, interactive: false, appVersion: '1', lang: 'ko'});
		expect(nothing.stdout).toContain('지울 진행 상황이 없습니다');
		expect(cliMessages.ko.reset.needsYes).toContain('--yes');
		expect(cliMessages.ko.reset.question('/x')).toContain('[y/N]');
	});

	it('the reset question takes y, and ㅛ typed on a Korean keyboard, as yes', () => {
		for (const answer of ['y', 'yes', 'ㅛ', '예', '네']) expect(cliMessages.ko.reset.isYes(answer)).toBe(true);
		for (const answer of ['', 'n', '아니요']) expect(cliMessages.ko.reset.isYes(answer)).toBe(false);
	});

	it('the no-terminal message names the commands that work without one', () => {
		for (const word of ['list', 'export', 'validate', '--help']) expect(cliMessages.ko.noTerminal).toContain(word);
		expect(cliMessages.ko.noTerminal).toMatch(/터미널/);
	});

	it('validate without a path, export with an unknown format and practice with an unknown concept refuse in Korean', () => {
		expect(validateLevels(undefined, 'ko').stderr).toBe(
			'backprop-quest: validate에는 검사할 레벨 파일이나 폴더가 필요합니다\n',
		);
		expect(validateLevels(undefined, 'en').stderr).toBe('backprop-quest: validate needs a level file or folder\n');
		const request = {
			levels: [],
			progress: emptyProgress,
			out: undefined,
			force: false,
			appVersion: '1',
			now: new Date(0),
		};
		expect(exportScores({...request, lang: 'ko', format: 'xml'}).stderr).toContain(
			"--format에는 json이나 csv만 쓸 수 있습니다. 받은 값: 'xml'",
		);
		expect(exportScores({...request, lang: 'en', format: 'xml'}).stderr).toContain(
			"--format takes json or csv, not 'xml'",
		);
		expect(practiceRequest({concept: 'nope', seed: undefined}, 'ko')).toMatch(
			/^없는 개념입니다: 'nope'\. 쓸 수 있는 개념: add-node/,
		);
	});
});
