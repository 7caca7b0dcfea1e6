import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

export const cli = join(process.cwd(), 'dist', 'cli.js');
export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/** The built CLI running in a real terminal: a private tmux server, one session. */
export class TerminalSession {
	private readonly socket = `bpq-e2e-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
	readonly dir: string;
	// Beside the data folder, not in it, so a test can list the data folder as the game left it.
	private readonly signals = mkdtempSync(join(tmpdir(), 'bpq-e2e-signals-'));
	private readonly exitFile = join(this.signals, 'exit-code');
	private readonly readyFile = join(this.signals, 'ready');
	private ready = false;

	constructor(
		args: readonly string[],
		{
			columns = 80,
			rows = 24,
			env = {},
			home,
			shellPrefix = '',
			program = cli,
		}: {
			columns?: number;
			rows?: number;
			env?: Record<string, string>;
			/** The data folder to play in; a fresh one by default. */
			home?: string;
			/** Shell commands run before the CLI, such as `ulimit -f 64;`. */
			shellPrefix?: string;
			/** The CLI to run: the built dist/cli.js by default, or an installed copy's. */
			program?: string;
		} = {},
	) {
		this.dir = home ?? mkdtempSync(join(tmpdir(), 'bpq-e2e-'));
		const exports = Object.entries({
			CI: 'false',
			BACKPROP_QUEST_HOME: this.dir,
			BACKPROP_QUEST_READY_FILE: this.readyFile,
			...env,
		})
			.map(([k, v]) => `${k}='${v}'`)
			.join(' ');
		const quoted = args.map(a => `'${a}'`).join(' ');
		// CI=true would make Ink hold every frame until exit.
		const command = `${shellPrefix} ${exports} '${process.execPath}' '${program}' ${quoted}; echo $? > '${this.exitFile}'; sleep 30`;
		this.tmux('new-session', '-d', '-s', 'e2e', '-x', String(columns), '-y', String(rows), command);
	}

	private tmux(...args: string[]): string {
		return execFileSync('tmux', ['-L', this.socket, ...args], {encoding: 'utf8'});
	}

	screen(): string {
		return this.tmux('capture-pane', '-p', '-t', 'e2e');
	}

	/** Everything printed so far, scrollback included, with wrapped lines joined: what a screen reader has read. */
	transcript(): string {
		return this.tmux('capture-pane', '-p', '-J', '-S', '-', '-t', 'e2e');
	}

	/** Polls the transcript until it shows `text`; throws with the transcript after the timeout. */
	async waitForLine(text: string | RegExp, timeoutMs = 8000): Promise<string> {
		const deadline = Date.now() + timeoutMs;
		let transcript = '';
		while (Date.now() < deadline) {
			transcript = this.transcript();
			if (typeof text === 'string' ? transcript.includes(text) : text.test(transcript)) return transcript;
			await new Promise(resolve => setTimeout(resolve, 50));
		}
		throw new Error(`timed out waiting for ${String(text)}; the transcript is:\n${transcript}`);
	}

	/** The screen with its colour escape codes. */
	screenWithEscapes(): string {
		return this.tmux('capture-pane', '-p', '-e', '-t', 'e2e');
	}

	/**
	 * The first frame can be drawn a moment before the game switches the terminal
	 * to raw mode and starts reading keys; a key sent in that gap is lost. The game
	 * writes a line to BACKPROP_QUEST_READY_FILE once it reads keys: the first key
	 * waits for it (or for the CLI to have exited, for commands that never read keys).
	 */
	private untilReady(timeoutMs = 8000): void {
		const deadline = Date.now() + timeoutMs;
		while (!this.ready) {
			this.ready = existsSync(this.readyFile) || existsSync(this.exitFile);
			if (this.ready) return;
			if (Date.now() > deadline)
				throw new Error(`the game never started reading keys; the screen shows:\n${this.screen()}`);
			// Keys are sent synchronously, so the poll blocks briefly between looks.
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
		}
	}

	/** Types text literally, once the game reads keys. */
	type(text: string): void {
		this.untilReady();
		this.tmux('send-keys', '-t', 'e2e', '-l', '--', text);
	}

	/** Presses named keys such as Enter, Escape, C-c, BSpace, once the game reads keys. */
	press(...names: string[]): void {
		this.untilReady();
		for (const name of names) this.tmux('send-keys', '-t', 'e2e', name);
	}

	/** Sends a signal to the CLI itself (the shell that started it is the pane's process). */
	signal(name: NodeJS.Signals): void {
		const shell = this.tmux('list-panes', '-t', 'e2e', '-F', '#{pane_pid}').trim();
		const child = execFileSync('pgrep', ['-P', shell], {encoding: 'utf8'}).trim().split('\n')[0] ?? '';
		process.kill(Number(child), name);
	}

	resize(columns: number, rows: number): void {
		this.tmux('resize-window', '-t', 'e2e', '-x', String(columns), '-y', String(rows));
	}

	/** Polls the screen until it shows `text` (or matches it); throws with the screen after the timeout. */
	async waitFor(text: string | RegExp, timeoutMs = 8000): Promise<string> {
		const deadline = Date.now() + timeoutMs;
		let screen = '';
		while (Date.now() < deadline) {
			screen = this.screen();
			if (typeof text === 'string' ? screen.includes(text) : text.test(screen)) return screen;
			await new Promise(resolve => setTimeout(resolve, 50));
		}
		throw new Error(`timed out waiting for ${String(text)}; the screen shows:\n${screen}`);
	}

	/** The CLI's exit code once it has exited. */
	async exitCode(timeoutMs = 8000): Promise<number> {
		const deadline = Date.now() + timeoutMs;
		while (Date.now() < deadline) {
			if (existsSync(this.exitFile)) {
				const text = readFileSync(this.exitFile, 'utf8').trim();
				if (text !== '') return Number(text);
			}
			await new Promise(resolve => setTimeout(resolve, 50));
		}
		throw new Error(`the CLI did not exit; the screen shows:\n${this.screen()}`);
	}

	close(): void {
		try {
			this.tmux('kill-server');
		} catch {
			// already gone
		}
	}
}
