import {render as inkRender} from 'ink-testing-library';
import {act} from 'react';
import {onTestFinished} from 'vitest';
import {emptyProgress} from '../../src/game/progress.js';
import {createGameStore, type GameOptions} from '../../src/game/store.js';
import {App} from '../../src/ui/App.js';
import {RenderCount} from '../../src/ui/render-count.js';
import {shippedLevels} from './levels.js';

export {shippedLevels} from './levels.js';

export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	enter: '\r',
	escape: '\u001B',
	tab: '\t',
	shiftTab: '\u001B[Z',
	backspace: '\u007F',
	/** The Delete key (Ink 6 reports it as `delete`, as it does Backspace). */
	delete: '\u001B[3~',
	home: '\u001B[H',
	end: '\u001B[F',
	ctrlA: '\u0001',
	ctrlE: '\u0005',
	ctrlC: '\u0003',
} as const;

export type StartOptions = Partial<GameOptions> & {
	columns?: number;
	rows?: number;
	/** Told each render of a counted part of a screen (see src/ui/render-count.ts). */
	countRenders?: (part: string) => void;
};

/**
 * The whole game at a given terminal size, started inside a test; every write goes
 * through act(), and the game is unmounted when the test ends, pass or fail.
 */
export async function startGame(options: StartOptions = {}) {
	let clock = 1_000_000;
	const store = createGameStore({
		lang: 'en',
		levels: shippedLevels,
		progress: emptyProgress,
		now: () => clock,
		...options,
	});
	const app = <App store={store} />;
	const view = await act(async () =>
		inkRender(
			options.countRenders === undefined ? (
				app
			) : (
				<RenderCount.Provider value={options.countRenders}>{app}</RenderCount.Provider>
			),
		),
	);
	let mounted = true;
	const unmount = async () => {
		if (!mounted) return;
		mounted = false;
		await act(async () => view.unmount());
	};
	onTestFinished(unmount);
	const resize = async (columns: number, rows: number) => {
		Object.defineProperty(view.stdout, 'columns', {value: columns, configurable: true});
		Object.defineProperty(view.stdout, 'rows', {value: rows, configurable: true});
		await act(async () => {
			view.stdout.emit('resize');
		});
	};
	await resize(options.columns ?? 80, options.rows ?? 24);
	return {
		store,
		frame: () => view.lastFrame() ?? '',
		press: async (...inputs: string[]) => {
			for (const input of inputs) {
				await act(async () => {
					view.stdin.write(input);
				});
			}
		},
		type: async (text: string) => {
			for (const ch of text) {
				await act(async () => {
					view.stdin.write(ch);
				});
			}
		},
		/**
		 * Lets work the game queues between frames (setImmediate, as the fastest-η
		 * sweep does) run, a turn at a time inside act(), until `done` holds;
		 * fails the test after `turns` turns.
		 */
		waitFor: async (done: () => boolean, turns = 5000) => {
			for (let turn = 0; !done(); turn++) {
				if (turn === turns) throw new Error(`still waiting after ${turns} turns; the frame:\n${view.lastFrame()}`);
				await act(async () => {
					await new Promise(resolve => setImmediate(resolve));
				});
			}
		},
		advanceClock: (ms: number) => {
			clock += ms;
		},
		resize,
		unmount,
	};
}
