import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {cli, hasTmux} from './tmux.js';

const run = (args: string[], env: Record<string, string> = {}) =>
	spawnSync(process.execPath, [cli, ...args], {
		encoding: 'utf8',
		env: {...process.env, BACKPROP_QUEST_HOME: mkdtempSync(join(tmpdir(), 'bpq-cli-')), ...env},
	});

describe('exit codes and one-line messages', () => {
	it('refuses arguments a command does not take', () => {
		for (const args of [
			['list', 'extra'],
			['export', 'x'],
			['validate', 'levels', 'more'],
			['play', 'x'],
		]) {
			const result = run(args);
			expect(result.status, args.join(' ')).toBe(2);
			expect(result.stderr).toMatch(/takes (no arguments|one level file or folder), but (also )?got '(extra|x|more)'/);
			expect(result.stdout).toBe('');
		}
	});

	it('list and export fail when the pack folder is missing', () => {
		const list = run(['list', '--levels', '/nonexistent']);
		expect(list.status).toBe(1);
		expect(list.stderr).toContain('/nonexistent: no such file or folder');
		const exported = run(['export', '--levels', '/nonexistent']);
		expect(exported.status).toBe(1);
		expect(exported.stderr).toContain('no levels to export scores for in /nonexistent');
	});

	it('list and export of a pack with errors show the good levels and exit 1', () => {
		const list = run(['list', '--levels', 'test/fixtures/broken-levels']);
		expect(list.status).toBe(1);
		expect(list.stderr).toMatch(/warning: /);
		const exported = run(['export', '--levels', 'test/fixtures/broken-levels']);
		expect(exported.status).toBe(1);
		expect(JSON.parse(exported.stdout).levels.length).toBeGreaterThan(0);
	});

	it('a reader that goes away ends quietly; a full disk is one line and exit 1', () => {
		const piped = spawnSync('bash', ['-c', `"$0" "$1" list | head -c 10 > /dev/null`, process.execPath, cli], {
			encoding: 'utf8',
		});
		expect(piped.stderr).toBe('');
		if (existsSync('/dev/full')) {
			const full = spawnSync('bash', ['-c', `"$0" "$1" list > /dev/full`, process.execPath, cli], {encoding: 'utf8'});
			expect(full.status).toBe(1);
			expect(full.stderr).toBe('backprop-quest: could not write the output (ENOSPC: the disk is full)\n');
		}
	});

	it('says the data folder is a file, and exports anyway', () => {
		const dir = mkdtempSync(join(tmpdir(), 'bpq-cli-'));
		writeFileSync(join(dir, 'file'), '');
		const result = run(['export'], {BACKPROP_QUEST_HOME: join(dir, 'file')});
		expect(result.status).toBe(0);
		expect(result.stderr).toMatch(/the data folder .*file is not a folder/);
		expect(result.stderr).not.toMatch(/EEXIST/);
	});
});

describe.skipIf(!hasTmux)('the game with its output redirected', () => {
	it('refuses to start blind, like without a terminal for input', () => {
		const dir = mkdtempSync(join(tmpdir(), 'bpq-cli-'));
		const socket = `bpq-redirect-${process.pid}`;
		const command = `'${process.execPath}' '${cli}' > '${dir}/out' 2> '${dir}/err'; echo $? > '${dir}/code'`;
		execFileSync('tmux', ['-L', socket, 'new-session', '-d', '-x', '80', '-y', '24', command]);
		for (let i = 0; i < 200 && !existsSync(join(dir, 'code')); i++) execFileSync('sleep', ['0.05']);
		spawnSync('tmux', ['-L', socket, 'kill-server']);
		expect(readFileSync(join(dir, 'code'), 'utf8').trim()).toBe('2');
		expect(readFileSync(join(dir, 'err'), 'utf8')).toMatch(
			/needs an interactive terminal for its input and its output/,
		);
		expect(readFileSync(join(dir, 'out'), 'utf8')).toBe('');
	});
});
