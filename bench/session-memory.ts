import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';

/** Peak resident memory (VmHWM) of a live process, in MB; Linux only. */
function peakRssMb(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
	if (kb === undefined) throw new Error(`no VmHWM for process ${pid}`);
	return Number(kb) / 1024;
}

/**
 * Drives a program in a fresh tmux server through `play`, then reads its peak
 * resident memory while it is still running.
 */
function peakOf(
	command: string,
	socket: string,
	play: (screen: Screen) => void,
	[columns, rows]: readonly [number, number] = [80, 24],
): number {
	const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], {encoding: 'utf8'});
	tmux('new-session', '-d', '-s', 'b', '-x', String(columns), '-y', String(rows), `exec ${command}`);
	try {
		const pid = Number(tmux('display-message', '-p', '-t', 'b', '#{pane_pid}').trim());
		play({
			keys: (...keys) => {
				for (const key of keys) tmux('send-keys', '-t', 'b', key);
			},
			waitFor: (marker, timeoutMs = 30_000) => {
				const t0 = performance.now();
				while (!tmux('capture-pane', '-p', '-t', 'b').includes(marker)) {
					if (performance.now() - t0 > timeoutMs) throw new Error(`no "${marker}" on screen after ${timeoutMs} ms`);
					execFileSync('sleep', ['0.1']);
				}
			},
		});
		return peakRssMb(pid);
	} finally {
		tmux('kill-server');
	}
}

type Screen = {
	keys(...keys: string[]): void;
	waitFor(marker: string, timeoutMs?: number): void;
};

export type SessionMemory = {
	gameMb: number;
	minimalMb: number;
	animatedMb: number;
	/** The moons lab alone at 120×40, trained to its goal. */
	moonsWideMb: number;
	/** The minimal app redrawing the same 120×40 area at 20 frames/s, for as long. */
	animatedWideMb: number;
	/** The same, bundled with the game's Ink patches. */
	patchedWideMb: number;
};

/**
 * Peak RSS of the built game through a scripted session in a real terminal:
 * the moons lab (the heaviest screen) trained to its goal, its result, then
 * the menu and a few levels opened and closed. Two minimal bundled Ink apps
 * are measured the same way for scale: one that draws a box, one that redraws
 * a screenful 20 times a second. Then the moons lab alone at 120×40 against
 * that yardstick redrawing the same area for as long as the lab took.
 */
export function benchSessionMemory(): SessionMemory | undefined {
	if (!existsSync('/proc/self/status')) return undefined;
	const node = process.execPath;
	const home = execFileSync('mktemp', ['-d'], {encoding: 'utf8'}).trim();
	const socket = `bpq-mem-${process.pid}`;
	const gameMb = peakOf(
		`env CI=false BACKPROP_QUEST_HOME='${home}' '${node}' dist/cli.js --level lab-moons`,
		`${socket}-game`,
		screen => {
			screen.waitFor('Two moons');
			screen.keys('Space');
			screen.waitFor('Goal reached', 120_000);
			screen.keys('Escape');
			screen.waitFor('solved');
			for (let i = 0; i < 6; i++) {
				screen.keys('Down', 'Down', 'Down', 'Enter');
				screen.keys('Escape');
			}
			screen.waitFor('solved');
		},
	);
	const minimalMb = peakOf(`env CI=false '${node}' .bench/minimal.js`, `${socket}-minimal`, screen =>
		screen.waitFor('ready'),
	);
	const animatedMb = peakOf(`env CI=false '${node}' .bench/minimal-animation.js`, `${socket}-animated`, screen => {
		screen.waitFor('frame 1');
		// As long as the lab took to reach its goal, give or take.
		execFileSync('sleep', ['8']);
	});
	const wide = [120, 40] as const;
	let moonsSeconds = 0;
	const moonsWideMb = peakOf(
		`env CI=false BACKPROP_QUEST_HOME='${home}-wide' '${node}' dist/cli.js --level lab-moons`,
		`${socket}-moons-wide`,
		screen => {
			screen.waitFor('Two moons');
			const t0 = performance.now();
			screen.keys('Space');
			screen.waitFor('Goal reached', 120_000);
			moonsSeconds = (performance.now() - t0) / 1000;
		},
		wide,
	);
	const animatedWideMb = peakOf(
		`env CI=false YARDSTICK_COLUMNS=${wide[0]} YARDSTICK_ROWS=${wide[1]} '${node}' .bench/minimal-animation.js`,
		`${socket}-animated-wide`,
		screen => {
			screen.waitFor('frame 1');
			execFileSync('sleep', [String(Math.max(3, Math.round(moonsSeconds)))]);
		},
		wide,
	);
	const patchedWideMb = peakOf(
		`env CI=false YARDSTICK_COLUMNS=${wide[0]} YARDSTICK_ROWS=${wide[1]} '${node}' .bench/minimal-animation-patched.js`,
		`${socket}-patched-wide`,
		screen => {
			screen.waitFor('frame 1');
			execFileSync('sleep', [String(Math.max(3, Math.round(moonsSeconds)))]);
		},
		wide,
	);
	return {gameMb, minimalMb, animatedMb, moonsWideMb, animatedWideMb, patchedWideMb};
}
