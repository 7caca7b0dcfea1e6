import {render as inkRender} from 'ink-testing-library';
import {act} from 'react';
import {emptyProgress} from '../../src/game/progress.js';
import {createGameStore, type GameOptions} from '../../src/game/store.js';
import {loadLevelPack} from '../../src/levels/loader.js';
import {App} from '../../src/ui/App.js';

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
	ctrlC: '\u0003',
} as const;

export const shippedLevels = loadLevelPack('levels').levels;

/** Renders the whole game at a given terminal size; every write goes through act(). */
export async function renderGame(options: Partial<GameOptions> & {columns?: number; rows?: number} = {}) {
	let clock = 1_000_000;
	const store = createGameStore({
		lang: 'en',
		levels: shippedLevels,
		progress: emptyProgress,
		now: () => clock,
		...options,
	});
	let instance: ReturnType<typeof inkRender> | undefined;
	await act(async () => {
		instance = inkRender(<App store={store} />);
	});
	const view = instance as ReturnType<typeof inkRender>;
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
		advanceClock: (ms: number) => {
			clock += ms;
		},
		resize,
		unmount: async () => {
			await act(async () => view.unmount());
		},
	};
}
