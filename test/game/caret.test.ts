// Editing an answer like a text field: the caret moves with ← → Home End
// (Ctrl-A, Ctrl-E), Backspace deletes before it and Delete after it, in a plain
// field and inside a grid's cell; in a grid ← → move between cells until Home
// or End puts the caret in a cell's text, and Tab walks a grid's cells (a shape's two boxes) in
// reading order.
import {describe, expect, it} from 'vitest';
import {dispatchKey, type KeyPress} from '../../src/game/keys.js';
import {emptyProgress} from '../../src/game/progress.js';
import {createGameStore, currentLevel, focusedCaret, focusedDraft, type GameStore} from '../../src/game/store.js';
import {shippedLevels} from '../support/levels.js';

function open(id: string): GameStore {
	const store = createGameStore({lang: 'en', levels: [...shippedLevels], progress: emptyProgress, now: () => 0});
	store.getState().enterLevel(id);
	return store;
}

const press = (store: GameStore, input: string, key: KeyPress = {}) => dispatchKey(store, input, key);
const typeKeys = (store: GameStore, text: string) => {
	for (const ch of text) press(store, ch);
};
const left = (store: GameStore) => press(store, '', {leftArrow: true});
const right = (store: GameStore) => press(store, '', {rightArrow: true});
const draft = (store: GameStore) => focusedDraft(store.getState());
const caret = (store: GameStore) => focusedCaret(store.getState());
const focused = (store: GameStore) => currentLevel(store.getState())?.fields[store.getState().play?.focus ?? -1]?.id;

describe('a plain answer field', () => {
	it('← and → move the caret, and typing goes in where it stands', () => {
		const store = open('mul-swap');
		typeKeys(store, '-25');
		expect(caret(store)).toBe(3);
		left(store);
		left(store);
		expect(caret(store)).toBe(1);
		typeKeys(store, '1');
		expect(draft(store)).toBe('-125');
		expect(caret(store)).toBe(2);
		right(store);
		typeKeys(store, '.');
		expect(draft(store)).toBe('-12.5');
	});

	it('stops at the ends of the text and stays on the field', () => {
		const store = open('mul-swap');
		typeKeys(store, '2');
		right(store);
		expect(caret(store)).toBe(1);
		left(store);
		left(store);
		left(store);
		expect(caret(store)).toBe(0);
		expect(focused(store)).toBe('grad:z:x');
	});

	it('Home and End, and Ctrl-A and Ctrl-E, jump to the start and the end', () => {
		const store = open('mul-swap');
		typeKeys(store, '25');
		press(store, '', {home: true});
		typeKeys(store, '-');
		expect(draft(store)).toBe('-25');
		press(store, '', {end: true});
		typeKeys(store, '0');
		expect(draft(store)).toBe('-250');
		press(store, 'a', {ctrl: true});
		expect(caret(store)).toBe(0);
		press(store, 'e', {ctrl: true});
		expect(caret(store)).toBe(4);
		// With a Korean layout on, Ctrl-ㅁ is Ctrl-A.
		press(store, 'ㅁ', {ctrl: true});
		expect(caret(store)).toBe(0);
	});

	it('Backspace deletes before the caret, Delete after it', () => {
		const store = open('mul-swap');
		typeKeys(store, '1.25');
		left(store);
		press(store, '', {backspace: true});
		expect(draft(store)).toBe('1.5');
		expect(caret(store)).toBe(2);
		press(store, '', {home: true});
		press(store, '', {delete: true, forwardDelete: true});
		expect(draft(store)).toBe('.5');
		expect(caret(store)).toBe(0);
		// Nothing before the caret: Backspace leaves the text alone.
		press(store, '', {backspace: true});
		expect(draft(store)).toBe('.5');
		// Ink 6 reports Backspace as delete; without the Delete key's sequence it deletes left.
		press(store, '', {end: true});
		press(store, '', {delete: true});
		expect(draft(store)).toBe('.');
		// At the end, Delete has nothing after it.
		press(store, '', {delete: true, forwardDelete: true});
		expect(draft(store)).toBe('.');
	});

	it('a letter continues what stands before the caret', () => {
		const store = open('chain-cs231n-neuron');
		typeKeys(store, '0.3)');
		press(store, '', {home: true});
		typeKeys(store, 'sigmoid(');
		expect(draft(store)).toBe('sigmoid(0.3)');
		// h before the caret starts no function: it asks for a hint, and types nothing.
		typeKeys(store, 'h');
		expect(store.getState().overlay).toBe('confirm-hint');
		expect(draft(store)).toBe('sigmoid(0.3)');
	});

	it('a field entered again has its caret at the end of its text', () => {
		const store = open('mul-swap');
		typeKeys(store, '12');
		left(store);
		press(store, '', {tab: true});
		press(store, '', {tab: true});
		expect(focused(store)).toBe('grad:z:x');
		expect(caret(store)).toBe(2);
	});
});

describe('a grid cell', () => {
	it('← and → move between cells, as in a spreadsheet, even after typing', () => {
		const store = open('matmul-backward');
		typeKeys(store, '1.5');
		right(store);
		expect(focused(store)).toBe('grad:L:X[0,1]');
		typeKeys(store, '2');
		left(store);
		expect(focused(store)).toBe('grad:L:X[0,0]');
		// Entered, a cell's text is selected, as in a spreadsheet: the first key typed replaces it.
		typeKeys(store, '5');
		expect(draft(store)).toBe('5');
	});

	it('once Home or End puts the caret in the text, ← → move it there and go on to the cell beside past its ends', () => {
		const store = open('matmul-backward');
		typeKeys(store, '1.5');
		right(store);
		typeKeys(store, '24');
		press(store, '', {home: true});
		right(store);
		expect(focused(store)).toBe('grad:L:X[0,1]');
		expect(caret(store)).toBe(1);
		typeKeys(store, '.');
		expect(draft(store)).toBe('2.4');
		left(store);
		left(store);
		expect(caret(store)).toBe(0);
		left(store);
		expect(focused(store)).toBe('grad:L:X[0,0]');
		press(store, '', {end: true});
		left(store);
		press(store, '', {backspace: true});
		expect(draft(store)).toBe('15');
		right(store);
		expect(caret(store)).toBe(2);
		// Editing goes on at the end of the text: the next → goes on to the cell beside.
		right(store);
		expect(focused(store)).toBe('grad:L:X[0,1]');
	});

	it('the same editing keys work inside a cell', () => {
		const store = open('matmul-backward');
		typeKeys(store, '125');
		press(store, '', {home: true});
		press(store, '', {delete: true, forwardDelete: true});
		press(store, '', {end: true});
		press(store, '', {backspace: true});
		expect(draft(store)).toBe('2');
		expect(focused(store)).toBe('grad:L:X[0,0]');
	});

	it('↑ ↓ still move between rows, and ← → cross empty cells at once', () => {
		const store = open('matmul-backward');
		right(store);
		right(store);
		expect(focused(store)).toBe('grad:L:X[0,2]');
		press(store, '', {downArrow: true});
		expect(focused(store)).toBe('grad:L:X[1,2]');
		left(store);
		expect(focused(store)).toBe('grad:L:X[1,1]');
		// Sideways off the grid's edge stays put.
		right(store);
		right(store);
		expect(focused(store)).toBe('grad:L:X[1,2]');
	});

	it('a cell marked ✗ is typed over, unless the caret was moved into its text to edit it', () => {
		const store = open('layer-shapes');
		typeKeys(store, '2x3');
		press(store, '', {return: true});
		expect(store.getState().play?.wrongCells).toEqual({'shape:Y[0,1]': true});
		expect(focused(store)).toBe('shape:Y[0,1]');
		typeKeys(store, '25');
		expect(draft(store)).toBe('25');
		press(store, '', {return: true});
		expect(store.getState().play?.wrongCells).toEqual({'shape:Y[0,1]': true});
		press(store, '', {end: true});
		left(store);
		press(store, '', {delete: true, forwardDelete: true});
		expect(draft(store)).toBe('2');
		press(store, '', {return: true});
		expect(store.getState().play?.solved['shape:Y[0,1]']).toBe(true);
	});
});

describe('Tab in a shape', () => {
	it('goes from the rows box to the columns box, then to the next shape, and back the same way', () => {
		const store = open('layer-shapes');
		const order = ['shape:Y[0,0]', 'shape:Y[0,1]', 'shape:dL/dW[0,0]', 'shape:dL/dW[0,1]'];
		expect(focused(store)).toBe(order[0]);
		for (const id of order.slice(1)) {
			press(store, '', {tab: true});
			expect(focused(store)).toBe(id);
		}
		for (const id of order.slice(0, -1).reverse()) {
			press(store, '', {tab: true, shift: true});
			expect(focused(store)).toBe(id);
		}
	});

	it('walks a matrix grid cell by cell, row by row, and then on to the next grid', () => {
		const store = open('matmul-backward');
		const order = ['[0,0]', '[0,1]', '[0,2]', '[1,0]', '[1,1]', '[1,2]'].map(at => `grad:L:X${at}`);
		for (const id of order.slice(1)) {
			press(store, '', {tab: true});
			expect(focused(store)).toBe(id);
		}
		press(store, '', {tab: true});
		expect(focused(store)).toBe('grad:L:W[0,0]');
		press(store, '', {tab: true, shift: true});
		expect(focused(store)).toBe('grad:L:X[1,2]');
	});
});
