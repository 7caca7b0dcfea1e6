import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {attackChapter, attackLevel} from '../support/attack-levels.js';
import {hasTmux, TerminalSession} from './tmux.js';

let session: TerminalSession | undefined;
afterEach(() => {
	session?.close();
	session = undefined;
});

describe.skipIf(!hasTmux)('the game refuses what it cannot play', () => {
	it('a pack whose every level fails to build: a message naming the problem and exit 1, never "every level solved"', async () => {
		const pack = mkdtempSync(join(tmpdir(), 'bpq-broken-pack-'));
		writeFileSync(
			join(pack, 'broken.json'),
			attackChapter('broken', [
				attackLevel('unknown-name', {kind: 'gradients', formula: 'f = x * z', inputs: {x: 1}, ask: ['df/dx']}),
				attackLevel('no-such-ask', {kind: 'gradients', formula: 'f = x * 2', inputs: {x: 1}, ask: ['df/dq']}),
			]),
		);
		session = new TerminalSession(['--levels', pack]);
		expect(await session.exitCode(15_000)).toBe(1);
		const screen = await session.waitFor('no playable levels');
		expect(screen).toMatch(/every level in the pack has a problem/);
		expect(screen).toMatch(/unknown name 'z'/);
		expect(screen).not.toMatch(/Every level solved/);
	});

	it('TERM=dumb: says why and how to fix it, and exits 2', async () => {
		session = new TerminalSession([], {env: {TERM: 'dumb'}});
		expect(await session.exitCode()).toBe(2);
		expect(session.screen()).toMatch(/TERM=dumb/);
	});
});
