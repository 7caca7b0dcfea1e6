import {PassThrough} from 'node:stream';
import {render} from 'ink';
import {act} from 'react';
import {describe, expect, it, vi} from 'vitest';
import {guardedStdin, keepKnownKeys} from '../../src/cli/key-guard.js';
import {emptyProgress} from '../../src/game/progress.js';
import {createGameStore} from '../../src/game/store.js';
import {App} from '../../src/ui/App.js';
import {shippedLevels} from '../support/levels.js';

const esc = '\u001B';

/** Every way a terminal sends a function or editing key, with every xterm modifier (2–16), plus oddities. */
function everyKeySequence(): string[] {
	const sequences: string[] = [];
	const letters = 'ABCDEFHPQRS';
	const numbers = [
		1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 23, 24, 25, 26, 28, 29, 31, 32, 33, 34,
	];
	for (const letter of letters) {
		sequences.push(`${esc}O${letter}`, `${esc}[${letter}`, `${esc}${esc}[${letter}`);
		for (let m = 2; m <= 16; m++)
			sequences.push(`${esc}[1;${m}${letter}`, `${esc}O${m}${letter}`, `${esc}[${m}${letter}`);
	}
	for (const n of numbers) {
		sequences.push(`${esc}[${n}~`, `${esc}[${n}$`, `${esc}[${n}^`);
		for (let m = 2; m <= 16; m++) sequences.push(`${esc}[${n};${m}~`);
	}
	for (const letter of 'abcdeABCDE') sequences.push(`${esc}O${letter}`, `${esc}[${letter}`, `${esc}[[${letter}`);
	sequences.push(
		`${esc}[5n`,
		`${esc}[6n`,
		`${esc}[0n`,
		`${esc}[3n`,
		`${esc}[?1;2c`,
		`${esc}[>0;95;0c`,
		`${esc}[12;40R`,
		`${esc}[<0;10;5M`,
		`${esc}[M !!`,
		`${esc}[200~${esc}[201~`,
		`${esc}[97;5u`,
		`${esc}[57399;5u`,
		`${esc}[1114112;5u`,
		`${esc}[Z`,
		`${esc}[1;5Z`,
		`${esc}[[5~`,
		`${esc}[[6~`,
		`${esc}N`,
		`${esc}[`,
		`${esc}O`,
		`${esc}${esc}`,
		`${esc}[99999999999999999999;5P`,
	);
	return sequences;
}

describe('the key filter', () => {
	it('drops what Ink cannot name and keeps every key the game reads', () => {
		for (const dropped of [`${esc}[1;5P`, `${esc}[1;5S`, `${esc}[5n`, `${esc}[6n`, `${esc}O5X`, `${esc}[?1;2c`]) {
			expect(keepKnownKeys(`a${dropped}b`), JSON.stringify(dropped)).toEqual({text: 'ab', rest: ''});
		}
		for (const kept of [`${esc}[A`, `${esc}[1;5A`, `${esc}OP`, `${esc}[15~`, `${esc}[3~`, `${esc}[Z`, esc, `${esc}x`]) {
			expect(keepKnownKeys(`q${kept}q`).text).toBe(`q${kept}q`);
		}
	});

	it('waits for the rest of a sequence split across reads', () => {
		expect(keepKnownKeys(`x${esc}[1;5`)).toEqual({text: 'x', rest: `${esc}[1;5`});
		expect(keepKnownKeys(`${esc}[1;5P`).text).toBe('');
	});
});

describe('the game under every key and modifier', () => {
	it('keeps running and still answers the arrows afterwards', async () => {
		const source = Object.assign(new PassThrough({encoding: 'utf8'}), {
			isTTY: true,
			setRawMode: () => source,
			ref: () => source,
			unref: () => source,
		});
		const stdout = Object.assign(new PassThrough(), {columns: 80, rows: 24, isTTY: true});
		stdout.resume();
		const store = createGameStore({lang: 'en', levels: shippedLevels, progress: emptyProgress});
		let app: ReturnType<typeof render> | undefined;
		await act(async () => {
			app = render(<App store={store} />, {
				stdin: guardedStdin(source as unknown as NodeJS.ReadStream),
				stdout: stdout as unknown as NodeJS.WriteStream,
				exitOnCtrlC: false,
				patchConsole: false,
			});
		});
		const send = async (text: string) => {
			await act(async () => {
				source.write(text);
				await new Promise(resolve => setImmediate(resolve));
			});
		};
		const sequences = everyKeySequence();
		expect(sequences.length).toBeGreaterThan(700);
		// Escape and the letter keys would move between screens; start from the menu and go back to it.
		for (const sequence of sequences) {
			await send(sequence);
			// One at a time and all in one read, as a fast terminal would send them.
		}
		await send(sequences.join(''));
		// Back to the menu, then the arrows still move the cursor: nothing crashed and input still flows.
		for (let i = 0; i < 4; i++) await send(esc);
		act(() => store.setState({screen: 'menu', overlay: 'none', menuCursor: 0}));
		await send(`${esc}[B`);
		await send(`${esc}[B`);
		await vi.waitFor(() => expect(store.getState().menuCursor).toBe(2));
		expect(store.getState().quitting).toBe(false);
		await act(async () => app?.unmount());
	});
});
