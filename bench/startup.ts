import {execFileSync} from 'node:child_process';

/** Milliseconds from starting a command in a fresh tmux pane until the pane shows `marker`. */
let sessions = 0;
function timeToText(command: string, marker: string, prefix: string): number {
	// A fresh server each time: reusing a socket right after kill-server races its shutdown.
	const socket = `${prefix}-${sessions++}`;
	const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], {encoding: 'utf8'});
	const t0 = performance.now();
	tmux('new-session', '-d', '-s', 'b', '-x', '80', '-y', '24', command);
	try {
		for (;;) {
			if (tmux('capture-pane', '-p', '-t', 'b').includes(marker)) return performance.now() - t0;
			if (performance.now() - t0 > 10_000) throw new Error(`no "${marker}" after 10 s from: ${command}`);
		}
	} finally {
		tmux('kill-server');
	}
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)] as number;
}

/**
 * Time to first frame of the game against a minimal bundled Ink app, both
 * started in tmux, alternating, so noise falls on both alike.
 */
export function benchStartup(runs = 7): {gameMs: number; minimalMs: number; ratio: number} {
	const socket = `bpq-bench-${process.pid}`;
	const node = process.execPath;
	const home = execFileSync('mktemp', ['-d'], {encoding: 'utf8'}).trim();
	const game = `CI=false BACKPROP_QUEST_HOME='${home}' '${node}' dist/cli.js`;
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
	return {gameMs, minimalMs, ratio: gameMs / minimalMs};
}
