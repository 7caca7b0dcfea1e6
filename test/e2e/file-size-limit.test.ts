import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {emptyProgress} from '../../src/game/progress.js';
import {serializeProgress} from '../../src/game/save-file.js';
import {formatNumber} from '../../src/levels/format.js';
import {loadLevelPack} from '../../src/levels/loader.js';
import {hasTmux, TerminalSession} from './tmux.js';

const first = loadLevelPack('levels').levels[0];
let session: TerminalSession | undefined;
afterEach(() => {
	session?.close();
	session = undefined;
});

describe.skipIf(!hasTmux || process.platform === 'win32')('the game under a file-size limit (ulimit -f)', () => {
	it('reports a save, an export and the save at quit that hit the limit, and leaves the old save and the terminal as they were', async () => {
		if (first === undefined) throw new Error('no shipped levels');
		// A save of about 100 KB (a long player name) under a limit of 64 KB: every write of it fails.
		const home = mkdtempSync(join(tmpdir(), 'bpq-ulimit-'));
		const before = serializeProgress({...emptyProgress, playerName: 'x'.repeat(100_000)}, '0.1.0', new Date());
		writeFileSync(join(home, 'progress.json'), before);
		session = new TerminalSession([], {home, shellPrefix: 'ulimit -f 64;'});
		await session.waitFor(`Continue: ${first.spec.title.en}`);

		session.type('e');
		await session.waitFor(/✗ Could not export the scores: EFBIG/);

		session.press('Enter');
		await session.waitFor(`› ${first.spec.title.en}`);
		for (const field of first.fields) {
			session.type(formatNumber(field.expected, 8));
			session.press('Enter');
		}
		await session.waitFor('✓ Solved!');
		session.press('Escape');
		await session.waitFor(/could not save progress to [\s\S]*\(EFBIG: the\s+file size limit was reached\)/);

		session.press('q');
		// Quitting tries once more, says why it failed and exits 1, on the normal screen.
		expect(await session.exitCode()).toBe(1);
		const screen = await session.waitFor('progress was NOT saved');
		expect(screen).toMatch(/EFBIG/);
		expect(readFileSync(join(home, 'progress.json'), 'utf8')).toBe(before);
		expect(readdirSync(home).sort()).toEqual(['progress.json']);
	}, 40_000);
});
