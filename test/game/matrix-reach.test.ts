// Matrix entries a learner works out from numbers they hold: each exp of a
// softmax and its sum rounded to 3 figures on the way, a mean of rounded
// squares. The checking rule accepts them, and a wrong entry is told to work
// its step again, not to check "each term of the sum".
import {describe, expect, it} from 'vitest';
import {dispatchKey, type KeyPress} from '../../src/game/keys.js';
import {emptyProgress} from '../../src/game/progress.js';
import {createGameStore, currentLevel, type GameStore} from '../../src/game/store.js';
import {feedbackText} from '../../src/ui/feedback-text.js';
import {messages} from '../../src/ui/strings.js';
import {shippedLevels} from '../support/levels.js';

function open(id: string, lang: 'en' | 'ko' = 'en'): GameStore {
	const store = createGameStore({lang, levels: [...shippedLevels], progress: emptyProgress, now: () => 0});
	store.getState().enterLevel(id);
	return store;
}

const press = (store: GameStore, input: string, key: KeyPress = {}) => dispatchKey(store, input, key);

/** Types one row of a grid, cell by cell, and checks it. */
function fillRow(store: GameStore, cells: readonly string[]): void {
	cells.forEach((cell, j) => {
		for (const ch of cell) press(store, ch);
		if (j < cells.length - 1) press(store, '', {rightArrow: true});
	});
	press(store, '', {return: true});
}

const said = (store: GameStore, lang: 'en' | 'ko' = 'en') => {
	const {play} = store.getState();
	const level = currentLevel(store.getState());
	if (play?.feedback === undefined || level === undefined) return '';
	return feedbackText(play.feedback, level, play, messages(lang))
		.map(s => s.text)
		.join(' ');
};
const solved = (store: GameStore, id: string) => store.getState().play?.solved[id] === true;

describe('softmax entries built from rounded exps and their rounded sum', () => {
	it('softmax-shift: U = (1, 0.135, 0.0498) rounds the sum to 1.18, so P[1] = 1/1.18 = 0.847 is right', () => {
		const store = open('softmax-shift');
		fillRow(store, ['1', '0.135', '0.0498']);
		expect(solved(store, 'value:U[0,2]')).toBe(true);
		// 1 + 0.135 + 0.0498 = 1.1848 → 1.18; 0.135/1.18 = 0.114; 0.0498/1.18 = 0.0422.
		fillRow(store, ['0.847', '0.114', '0.0422']);
		expect(['value:P[0,0]', 'value:P[0,1]', 'value:P[0,2]'].map(id => solved(store, id))).toEqual([true, true, true]);
	});

	it('softmax-shift: a P far from any fair build is told to work the step again, not to check a sum', () => {
		for (const lang of ['en', 'ko'] as const) {
			const store = open('softmax-shift', lang);
			fillRow(store, ['1', '0.135', '0.0498']);
			fillRow(store, ['0.9', '0.114', '0.0422']);
			expect(solved(store, 'value:P[0,0]')).toBe(false);
			const text = said(store, lang);
			expect(text).toContain('P = U/sum(U)');
			expect(text).not.toContain(lang === 'en' ? 'each term of the sum' : '합의 각 항');
		}
	});

	it('cross-entropy-one: P from exps rounded to 2.72, 20.1, 1.65 and their sum 24.5', () => {
		const store = open('cross-entropy-one');
		// 2.72/24.5 = 0.111, 20.1/24.5 = 0.820, 1.65/24.5 = 0.0673 (true 0.111, 0.821, 0.0674).
		fillRow(store, ['0.111', '0.820', '0.0673']);
		expect(['value:P[0,0]', 'value:P[0,1]', 'value:P[0,2]'].map(id => solved(store, id))).toEqual([true, true, true]);
	});
});

describe('a mean of rounded squares', () => {
	it('batch-mean: D = (0.5, −1.25) squared to 0.25 and 1.56, so L = (0.25 + 1.56)/2 = 0.905 is right', () => {
		const store = open('batch-mean');
		fillRow(store, ['0.905']);
		expect(solved(store, 'value:L[0,0]')).toBe(true);
	});
});
