import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {cliMessages} from '../../src/cli/cli-strings.js';
import {resetProgress} from '../../src/cli/commands/reset.js';
import {helpText} from '../../src/cli/help.js';
import {pickLanguage} from '../../src/cli/lang.js';

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
});
