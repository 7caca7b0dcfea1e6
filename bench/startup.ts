import {execFileSync} from 'node:child_process';
import {readFileSync, rmSync} from 'node:fs';
import {resolve} from 'node:path';

/** Milliseconds from starting a command in a fresh tmux pane until the pane shows `marker`. */
let sessions = 0;
function timeToText(command: string, marker: string, prefix: string, done: () => boolean = () => false): number {
	// A fresh server each time: reusing a socket right after kill-server races its shutdown.
	const socket = `${prefix}-${sessions++}`;
	const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], {encoding: 'utf8'});
	const t0 = performance.now();
	tmux('new-session', '-d', '-s', 'b', '-x', '80', '-y', '24', command);
	try {
		for (;;) {
			if (done() || tmux('capture-pane', '-p', '-t', 'b').includes(marker)) return performance.now() - t0;
			if (performance.now() - t0 > 10_000) throw new Error(`no "${marker}" after 10 s from: ${command}`);
		}
	} finally {
		tmux('kill-server');
	}
}

/**
 * The same start timed inside the process (bench/first-frame-probe.mjs): wall time
 * from the process's start and the CPU it used, up to its first frame.
 */
function insideToText(env: string, script: string, marker: string, prefix: string): {wallMs: number; cpuMs: number} {
	const out = execFileSync('mktemp', {encoding: 'utf8'}).trim();
	const probe = resolve('bench/first-frame-probe.mjs');
	const command = `env ${env} FIRST_FRAME_MARKER='${marker}' FIRST_FRAME_OUT='${out}' '${process.execPath}' --import '${probe}' ${script}`;
	// The pane stays open a moment after the probe ends the program, until the figures are read.
	timeToText(`${command}; sleep 5`, marker, prefix, () => readFileSync(out, 'utf8') !== '');
	const figures: unknown = JSON.parse(readFileSync(out, 'utf8'));
	rmSync(out);
	if (typeof figures !== 'object' || figures === null || !('wallMs' in figures) || !('cpuMs' in figures))
		throw new Error(`no first-frame figures from: ${command}`);
	return {wallMs: Number(figures.wallMs), cpuMs: Number(figures.cpuMs)};
}

/** The value a fraction `q` of the way up the sorted values (0 the lowest, 1 the highest), interpolated. */
function quantile(xs: readonly number[], q: number): number {
	const s = [...xs].sort((a, b) => a - b);
	const at = (s.length - 1) * q;
	const below = s[Math.floor(at)] ?? Number.NaN;
	const above = s[Math.ceil(at)] ?? below;
	return below + (above - below) * (at - Math.floor(at));
}

/**
 * One way of timing the first frame, game against the minimal app: each side's
 * median, their ratio, and how the ratio of each alternating pair of runs spread
 * (lowest, quartiles, highest), so one run's figure can be judged against the noise.
 */
export type Compared = {
	readonly gameMs: number;
	readonly minimalMs: number;
	readonly ratio: number;
	readonly runs: number;
	readonly spread: {readonly low: number; readonly q1: number; readonly q3: number; readonly high: number};
};

function compared(game: readonly number[], minimal: readonly number[]): Compared {
	const pairs = game.map((g, i) => g / (minimal[i] ?? Number.NaN));
	const gameMs = quantile(game, 0.5);
	const minimalMs = quantile(minimal, 0.5);
	return {
		gameMs,
		minimalMs,
		ratio: gameMs / minimalMs,
		runs: game.length,
		spread: {low: quantile(pairs, 0), q1: quantile(pairs, 0.25), q3: quantile(pairs, 0.75), high: quantile(pairs, 1)},
	};
}

/**
 * Time to first frame of the game (a first start, English, no save yet) against a
 * minimal bundled Ink app, alternating run by run so noise falls on both alike:
 * in tmux, from starting the command to the frame on screen; and inside each
 * process, its wall and CPU time from its start to its first write of the frame.
 */
export type StartupFigures = {readonly tmux: Compared; readonly wall: Compared; readonly cpu: Compared};

export function benchStartup(tmuxRuns = 9, insideRuns = 15): StartupFigures {
	const socket = `bpq-bench-${process.pid}`;
	const node = process.execPath;
	const home = execFileSync('mktemp', ['-d'], {encoding: 'utf8'}).trim();
	const gameEnv = `CI=false BACKPROP_QUEST_HOME='${home}'`;
	const game = `${gameEnv} '${node}' dist/cli.js`;
	const minimal = `CI=false '${node}' .bench/minimal.js`;
	const gameTimes: number[] = [];
	const minimalTimes: number[] = [];
	// One warm-up each, so the file cache is equally warm for both.
	timeToText(game, 'backprop-quest', socket);
	timeToText(minimal, 'ready', socket);
	for (let i = 0; i < tmuxRuns; i++) {
		gameTimes.push(timeToText(game, 'backprop-quest', socket));
		minimalTimes.push(timeToText(minimal, 'ready', socket));
	}
	const gameInside: {wallMs: number; cpuMs: number}[] = [];
	const minimalInside: {wallMs: number; cpuMs: number}[] = [];
	for (let i = 0; i < insideRuns; i++) {
		gameInside.push(insideToText(gameEnv, 'dist/cli.js', 'backprop-quest', socket));
		minimalInside.push(insideToText('CI=false', '.bench/minimal.js', 'ready', socket));
	}
	rmSync(home, {recursive: true, force: true});
	return {
		tmux: compared(gameTimes, minimalTimes),
		wall: compared(
			gameInside.map(f => f.wallMs),
			minimalInside.map(f => f.wallMs),
		),
		cpu: compared(
			gameInside.map(f => f.cpuMs),
			minimalInside.map(f => f.cpuMs),
		),
	};
}
