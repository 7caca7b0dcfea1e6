import {spawn, spawnSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanText, printable} from '../../src/levels/clean-text.js';
import {maximumPackFiles} from '../support/attack-levels.js';
import {cli, hasTmux, TerminalSession} from './tmux.js';

const corpus = 'test/fixtures/hostile-packs';
// Escape, C1 controls and bidi controls: none may reach the terminal from a pack.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what the test looks for.
const controlBytes = /[\u001B\u0080-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u0007]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the start of an OSC sequence.
const oscStart = /\u001B\]/;

/** The static corpus plus what can't be committed: links out, devices, a FIFO, a 30 MB file. */
function hostileFolder(): string {
	const dir = mkdtempSync(join(tmpdir(), 'bpq-hostile-'));
	cpSync(corpus, dir, {recursive: true});
	symlinkSync('/etc/passwd', join(dir, '20-passwd.json'));
	symlinkSync('/dev/zero', join(dir, '21-zero.json'));
	spawnSync('mkfifo', [join(dir, '22-fifo.json')]);
	writeFileSync(join(dir, '23-huge.json'), '');
	truncateSync(join(dir, '23-huge.json'), 30 * 1024 * 1024);
	symlinkSync(join(dir, 'nowhere'), join(dir, '24-dangling.json'));
	mkdirSync(join(dir, '25-folder.json'));
	symlinkSync('10-bom.json', join(dir, '26-link-inside.json'));
	return dir;
}

/** The CLI with a memory ceiling and a time limit: a hang or a blow-up fails the test instead of the machine. */
function runBounded(args: string[], timeout = 15_000) {
	return spawnSync(process.execPath, ['--max-old-space-size=192', '--stack-size=900', cli, ...args], {
		encoding: 'utf8',
		timeout,
		env: {...process.env, BACKPROP_QUEST_HOME: mkdtempSync(join(tmpdir(), 'bpq-hostile-home-'))},
	});
}

describe('the sanitiser', () => {
	it('removes escape sequences whole, C0/C1 and bidi controls, and keeps tabs and line breaks', () => {
		expect(cleanText('a\u001B]52;c;aGk=\u0007b\u001B[31mc\u009B1m\u202Ed\te\nf')).toBe('ab' + 'c1md\te\nf');
		expect(cleanText('한국어 · η')).toBe('한국어 · η');
	});

	it('shows controls in names as codes', () => {
		expect(printable('x\u001B[2J\ty')).toBe('x\\u001b[2J\\u0009y');
	});
});

describe('hostile packs through validate, list and export', () => {
	const dir = hostileFolder();

	it('validate answers every file with its problem and JSON path, printing no control byte', () => {
		const result = runBounded(['validate', dir]);
		expect(result.error).toBeUndefined();
		expect(result.status).toBe(1);
		expect(result.stdout + result.stderr).not.toMatch(controlBytes);
		const expected: [string, RegExp][] = [
			['01-escapes.json', /levels\[0\]\.title\.en: contains escape sequences, control characters; they were removed/],
			['01-escapes.json', /levels\[1\]\.x\\u001b\[2J: contains escape sequences/],
			['02-bidi.json', /levels\[0\]\.title\.en: contains bidirectional text controls/],
			['03-exponential-paths.json', /levels\[0\]\.wrt: 'a0' reaches 'a40' by 165580141 paths; at most six/],
			['04-deep-parentheses.json', /levels\[0\]\.formula: nested more than 32 deep/],
			['05-many-terms.json', /levels\[0\]\.formula: step 'z' has 699 operations; a step has at most 200/],
			['06-deep-minus.json', /levels\[0\]\.formula: nested more than 32 deep/],
			['07-many-steps.json', /levels\[0\]\.formula: a formula has at most 100 steps/],
			['08-deep-json.json', /levels(\[0\]){15}: nests deeper than 16 levels/],
			['09-special-numbers.json', /levels\[0\]\.inputs\.w: is too large a number/],
			['12-long-text.json', /levels\[0\]\.intro\.en: the English text is longer than 2000 characters/],
			['12-long-text.json', /levels\[1\]\.title\.en: the English text is longer than 80 characters/],
			['20-passwd.json', /is a link to a file outside the pack folder/],
			['21-zero.json', /is a link to a file outside the pack folder/],
			['23-huge.json', /is far larger than the 512 KB a level file may have/],
			['24-dangling.json', /is a link to nothing/],
			['25-folder.json', /is a folder, not a regular file/],
		];
		for (const [file, message] of expected) {
			const line = result.stderr.split('\n').find(l => l.includes(`/${file}: `) && message.test(l));
			expect(line, `${file} ${message}`).toBeDefined();
		}
		if (spawnSync('test', ['-p', join(dir, '22-fifo.json')]).status === 0) {
			expect(result.stderr).toMatch(/22-fifo\.json: is a FIFO, not a regular file/);
		}
		// The BOM file, the proto file and the link inside the folder are fine.
		expect(result.stderr).not.toMatch(/\/(10-bom|11-proto)\.json: /);
		expect(result.stderr).not.toContain('root:');
	});

	it('list and export show the good levels, clean, and exit 1', () => {
		for (const args of [
			['list', '--levels', dir],
			['list', '--json', '--levels', dir],
			['export', '--format', 'csv', '--levels', dir],
			['export', '--levels', dir],
		]) {
			const result = runBounded(args);
			expect(result.error, args.join(' ')).toBeUndefined();
			expect(result.status, args.join(' ')).toBe(1);
			expect(result.stdout + result.stderr).not.toMatch(controlBytes);
			expect(result.stdout).toContain('gradients-explode');
			expect(result.stdout).toContain('abcdcba and isolate');
		}
	});
});

let session: TerminalSession | undefined;
afterEach(() => {
	session?.close();
	session = undefined;
});

describe.skipIf(!hasTmux)('hostile packs in the game', () => {
	it('opens the menu with the good levels, opens the exponential one, and quits cleanly', async () => {
		session = new TerminalSession(['--levels', hostileFolder()]);
		await session.waitFor('problems while loading (the rest plays fine)');
		await session.waitFor('abcdcba and isolate');
		expect(session.screenWithEscapes()).not.toMatch(oscStart);
		// The first frame can come before the game reads keys on a loaded machine: press again only
		// while the cursor has not moved (two moves would land on the row below).
		const onExponential = /▸ new\s+The weighted sum\s+gradients/;
		for (let tries = 1; ; tries++) {
			session.press('Down');
			try {
				await session.waitFor(onExponential, 2000);
				break;
			} catch (error) {
				if (tries === 4 || !session.screen().includes('▸ new   abcdcba')) throw error;
			}
		}
		session.press('Enter');
		await session.waitFor('∂a40/∂a0');
		session.press('Escape');
		await session.waitFor('abcdcba and isolate');
		session.press('q');
		expect(await session.exitCode()).toBe(0);
	});
});

/** The largest pack the limits allow, written once for the tests below. */
function maximumPack(): string {
	const dir = mkdtempSync(join(tmpdir(), 'bpq-maximum-'));
	for (const file of maximumPackFiles()) writeFileSync(join(dir, file.name), file.text);
	return dir;
}

/** Starts the CLI, sends `signal` once it has been busy for `afterMs`, and resolves with how it ended and how long that took. */
function signalWhileBusy(args: string[], signal: NodeJS.Signals, afterMs: number) {
	return new Promise<{code: number | null; signal: NodeJS.Signals | null; msAfterSignal: number}>((resolve, reject) => {
		const proc = spawn(process.execPath, [cli, ...args], {
			stdio: 'ignore',
			env: {...process.env, BACKPROP_QUEST_HOME: mkdtempSync(join(tmpdir(), 'bpq-hostile-home-'))},
		});
		let sentAt = 0;
		const timer = setTimeout(() => {
			sentAt = Date.now();
			proc.kill(signal);
		}, afterMs);
		proc.on('error', reject);
		proc.on('exit', (code, sig) => {
			clearTimeout(timer);
			resolve({code, signal: sig, msAfterSignal: sentAt === 0 ? -1 : Date.now() - sentAt});
		});
	});
}

describe('the largest pack the limits allow', () => {
	const dir = maximumPack();

	it('lists its 200 levels and names what was left out, in bounded time and memory', () => {
		const result = runBounded(['list', '--levels', dir], 60_000);
		expect(result.error).toBeUndefined();
		expect(result.status).toBe(1);
		expect(result.stdout.trimEnd().split('\n')).toHaveLength(200);
		expect(result.stderr).toMatch(
			/008\.json: levels\[8\]: a pack holds at most 200 levels; this one and those after it are left out/,
		);
		expect(result.stderr).toMatch(/099\.json: left out unread: the files before it already hold the 200 levels/);
	}, 70_000);

	it('validate plays every level it keeps within the budget and names only what was left out', () => {
		const result = runBounded(['validate', dir], 240_000);
		expect(result.error).toBeUndefined();
		expect(result.stderr).not.toMatch(/too slow to play/);
		expect(result.stderr).toMatch(/^92 problems in 92 files$/m);
	}, 250_000);

	it.each([['list', '--levels'], ['validate']])(
		'%s ends at once on SIGINT and SIGTERM while it works',
		async (...args) => {
			for (const signal of ['SIGINT', 'SIGTERM'] as const) {
				const ended = await signalWhileBusy([...args, dir], signal, 400);
				expect(ended.signal ?? ended.code, signal).not.toBe(0);
				// 200 ms on an idle machine; a busy test machine gets slack.
				expect(ended.msAfterSignal, signal).toBeLessThan(2000);
			}
		},
		30_000,
	);
});

describe.skipIf(!hasTmux)('the largest pack in the game', () => {
	it('opens the menu and plays a level while the rest build', async () => {
		session = new TerminalSession(['--levels', maximumPack()]);
		await session.waitFor('Continue: ', 60_000);
		session.press('Enter');
		await session.waitFor('Find the gradients:', 20_000);
		session.type('1');
		await session.waitFor(/▸ ∂s99\/∂x = \[1▏ /, 20_000);
		session.press('Escape');
		await session.waitFor('Continue: ', 20_000);
		session.press('q');
		expect(await session.exitCode(20_000)).toBe(0);
	}, 150_000);

	it('ends at once on SIGTERM while its levels are still being built, leaving the terminal as it was', async () => {
		session = new TerminalSession(['--levels', maximumPack()]);
		await session.waitFor('Continue: ', 60_000);
		const sentAt = Date.now();
		session.signal('SIGTERM');
		expect(await session.exitCode(20_000)).toBe(0);
		// 200 ms on an idle machine; a busy test machine gets slack.
		expect(Date.now() - sentAt).toBeLessThan(3000);
		expect(session.screen()).not.toMatch(/Continue: /);
	}, 120_000);
});

describe.skipIf(!hasTmux)('the packs that once hung, in the game', () => {
	it('opens each Fibonacci level and the fan-out chain from the menu, takes a key on each, and quits', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'bpq-hung-'));
		for (const name of ['13-fibonacci.json', '14-fan-out.json']) cpSync(join(corpus, name), join(dir, name));
		session = new TerminalSession(['--levels', dir]);
		const asks = ['∂f/∂y', 'g→f→y', '∂f/∂y', '∂b99/∂x'];
		for (const [i, ask] of asks.entries()) {
			await session.waitFor('↑↓ move', 20_000);
			// The menu keeps its cursor on the level just left: one step down is the next.
			if (i > 0) session.press('Down');
			session.press('Enter');
			await session.waitFor(ask, 20_000);
			session.type('7');
			await session.waitFor(/▸ .*\[7▏ /, 20_000);
			session.press('Escape');
		}
		await session.waitFor('↑↓ move', 20_000);
		session.press('q');
		expect(await session.exitCode(20_000)).toBe(0);
	}, 120_000);
});
