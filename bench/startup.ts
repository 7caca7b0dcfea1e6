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

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)] as number;
}

/**
 * Time to first frame of the game against a minimal bundled Ink app, both
 * started in tmux, alternating, so noise falls on both alike.
 */
export type StartupFigures = {
	gameMs: number;
	minimalMs: number;
	ratio: number;
	/** Inside the process: wall time from its start, and CPU time, to the first frame. */
	inside: {gameMs: number; minimalMs: number; ratio: number; gameCpuMs: number; minimalCpuMs: number; cpuRatio: number};
};

export function benchStartup(runs = 7): StartupFigures {
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
	for (let i = 0; i < runs; i++) {
		gameTimes.push(timeToText(game, 'backprop-quest', socket));
		minimalTimes.push(timeToText(minimal, 'ready', socket));
	}
	const gameMs = median(gameTimes);
	const minimalMs = median(minimalTimes);
	const gameInside: {wallMs: number; cpuMs: number}[] = [];
	const minimalInside: {wallMs: number; cpuMs: number}[] = [];
	for (let i = 0; i < 2 * runs - 3; i++) {
		gameInside.push(insideToText(gameEnv, 'dist/cli.js', 'backprop-quest', socket));
		minimalInside.push(insideToText('CI=false', '.bench/minimal.js', 'ready', socket));
	}
	const inside = {
		gameMs: median(gameInside.map(f => f.wallMs)),
		minimalMs: median(minimalInside.map(f => f.wallMs)),
		gameCpuMs: median(gameInside.map(f => f.cpuMs)),
		minimalCpuMs: median(minimalInside.map(f => f.cpuMs)),
	};
	return {
		gameMs,
		minimalMs,
		ratio: gameMs / minimalMs,
		inside: {...inside, ratio: inside.gameMs / inside.minimalMs, cpuRatio: inside.gameCpuMs / inside.minimalCpuMs},
	};
}
