import {describe, expect, it} from 'vitest';
import {hangulToKeys} from '../../src/game/hangul-keys.js';
import {continuesAnswer, dispatchKey, levelCommands} from '../../src/game/keys.js';
import {emptyProgress} from '../../src/game/progress.js';
import {createGameStore} from '../../src/game/store.js';
import {loadLevelPack} from '../../src/levels/loader.js';
import {functionNames} from '../../src/levels/operators.js';

describe('Korean keyboard layout', () => {
	it('maps single jamo to the keys that type them', () => {
		expect(['ㅂ', 'ㅗ', 'ㅓ', 'ㅏ', 'ㅎ', 'ㅑ', 'ㅊ', 'ㅜ', 'ㄱ', 'ㅁ', 'ㅣ', 'ㄴ'].map(hangulToKeys)).toEqual([
			'q',
			'h',
			'j',
			'k',
			'g',
			'i',
			'c',
			'n',
			'r',
			'a',
			'l',
			's',
		]);
	});

	it('splits composed syllables into their keys', () => {
		expect(hangulToKeys('해')).toBe('go');
		expect(hangulToKeys('ㄴㅑㅎㅡㅐㅑㅇ')).toBe('sigmoid');
		expect(hangulToKeys('닭')).toBe('ekfr');
		expect(hangulToKeys('효')).toBe('gy');
		expect(hangulToKeys('ㅃ')).toBe('Q');
	});

	it('leaves digits, symbols and Latin letters alone', () => {
		expect(hangulToKeys('-4.5e3 ?q')).toBe('-4.5e3 ?q');
	});
});

describe('letters in an answer field', () => {
	it('continue a function name or an exponent', () => {
		expect(continuesAnswer('', 's')).toBe(true);
		expect(continuesAnswer('sigm', 'o')).toBe(true);
		expect(continuesAnswer('tan', 'h')).toBe(true);
		expect(continuesAnswer('1', 'e')).toBe(true);
		expect(continuesAnswer('2*', 'e')).toBe(true);
	});

	it('are command keys otherwise', () => {
		expect(continuesAnswer('', 'h')).toBe(false);
		expect(continuesAnswer('-4', 'g')).toBe(false);
		expect(continuesAnswer('0.5', 'i')).toBe(false);
		expect(continuesAnswer('', 'q')).toBe(false);
		expect(continuesAnswer('', 'j')).toBe(false);
	});

	it('never swallow a command key: no function an answer may call starts with one', () => {
		const commands = [...levelCommands.keys(), 'q'];
		expect(commands).toEqual(expect.arrayContaining(['h', 'g', 'i', 'j', 'k', 'u']));
		for (const name of functionNames) expect(commands, name).not.toContain(name[0]);
		for (const letter of commands) expect(continuesAnswer('', letter), letter).toBe(false);
	});
});

describe('keys that arrive together', () => {
	const levels = loadLevelPack('levels').levels;
	const game = (startLevel?: string) =>
		createGameStore({lang: 'ko', levels, progress: emptyProgress, startLevel, now: () => 0});

	it('move the menu once per key, whether typed as j or as ㅓ on a Korean layout', () => {
		const store = game();
		dispatchKey(store, 'jjj', {});
		expect(store.getState().menuCursor).toBe(3);
		dispatchKey(store, 'ㅓㅓㅓㅓ', {});
		expect(store.getState().menuCursor).toBe(7);
		dispatchKey(store, 'ㅏ', {});
		expect(store.getState().menuCursor).toBe(6);
	});

	it('never quit from inside a paste or a syllable, but q or ㅂ alone quits', () => {
		const store = game();
		dispatchKey(store, 'jq', {});
		dispatchKey(store, 'qqq', {});
		dispatchKey(store, '벼', {});
		expect(store.getState()).toMatchObject({quitting: false, menuCursor: 1});
		dispatchKey(store, 'ㅂ', {});
		expect(store.getState().quitting).toBe(true);
		const other = game();
		dispatchKey(other, 'q', {});
		expect(other.getState().quitting).toBe(true);
	});

	it('Ctrl-C quits on either layout', () => {
		const store = game();
		dispatchKey(store, 'ㅊ', {ctrl: true});
		expect(store.getState().quitting).toBe(true);
	});

	it('Ctrl-U in an answer field clears it, as in a shell, on either layout', () => {
		const store = game('add-pass-through');
		dispatchKey(store, '-45', {});
		dispatchKey(store, 'u', {ctrl: true});
		expect(Object.values(store.getState().play?.drafts ?? {})).toEqual(['']);
		dispatchKey(store, '7', {});
		dispatchKey(store, 'ㅕ', {ctrl: true});
		expect(Object.values(store.getState().play?.drafts ?? {})).toEqual(['']);
		expect(store.getState().play?.attempts).toBe(0);
	});

	it('in an answer field: digits, Enter and Backspace replay in order', () => {
		const store = game('add-pass-through');
		dispatchKey(store, '-45\u007f', {});
		expect(Object.values(store.getState().play?.drafts ?? {})).toEqual(['-4']);
		dispatchKey(store, '\r', {return: true});
		expect(store.getState().play?.attempts).toBe(1);
		dispatchKey(store, '-4\r', {});
		expect(Object.values(store.getState().play?.solved ?? {}).filter(Boolean)).toHaveLength(2);
	});

	it('a syllable from an input method in an answer field is text: 효 neither asks for nor shows the solution', () => {
		const store = game('add-pass-through');
		dispatchKey(store, '효', {});
		expect(store.getState()).toMatchObject({overlay: 'none', play: {solutionShown: false}});
		expect(store.getState().play?.feedback).toMatchObject({kind: 'hangul', typed: '효'});
	});

	it('ㅗ in an answer field is text, not a hint; outside one it is still h', () => {
		const store = game('add-pass-through');
		dispatchKey(store, 'ㅗ', {});
		expect(store.getState().play?.hintsShown).toBe(0);
		const menu = game();
		dispatchKey(menu, 'ㅓ', {});
		expect(menu.getState().menuCursor).toBe(1);
	});

	it('a dialog takes y or ㅛ alone, not a syllable that holds it, nor Enter', () => {
		const store = game('add-pass-through');
		store.getState().askForSolution();
		for (const chunk of ['요', '\r', 'yy']) dispatchKey(store, chunk, chunk === '\r' ? {return: true} : {});
		expect(store.getState()).toMatchObject({overlay: 'confirm-solution', play: {solutionShown: false}});
		dispatchKey(store, 'ㅛ', {});
		expect(store.getState().play?.solutionShown).toBe(true);
	});

	it('Hangul that would be typed into an answer is not inserted; the field says to switch to English', () => {
		const store = game('add-pass-through');
		dispatchKey(store, '1', {});
		// ㄷ is e: after a digit it would start an exponent.
		dispatchKey(store, 'ㄷ', {});
		expect(Object.values(store.getState().play?.drafts ?? {})).toEqual(['1']);
		expect(store.getState().play?.feedback).toMatchObject({kind: 'hangul'});
		expect(store.getState().play?.attempts).toBe(0);
	});

	it('in a lab, each + of a burst raises η one notch and a q in it does not quit', () => {
		const once = game('lab-xor');
		dispatchKey(once, '+', {});
		const oneNotch = once.getState().lab?.learningRate;
		const store = game('lab-xor');
		const start = store.getState().lab?.learningRate ?? 0;
		dispatchKey(store, '+q+', {});
		dispatchKey(store, '+', {});
		const after = store.getState().lab?.learningRate ?? 0;
		expect(store.getState().quitting).toBe(false);
		expect(oneNotch).toBeGreaterThan(start);
		const grid = store.getState().lab?.grid ?? [];
		expect(after).toBe(grid[grid.indexOf(start) + 3]);
	});
});
