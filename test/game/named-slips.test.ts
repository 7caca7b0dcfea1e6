// Two slips that once got the plain "not quite": 0 for the slope of a bias a
// weighted sum adds in, and (P − Y)/N with only P or only Y divided by N.
// Each is typed on the level where a learner makes it and named, in both
// languages, without the answer.
import {describe, expect, it} from 'vitest';
import {dispatchKey, type KeyPress} from '../../src/game/keys.js';
import {generateLevel} from '../../src/game/practice/generate.js';
import {emptyProgress} from '../../src/game/progress.js';
import {createGameStore, currentLevel, type GameStore} from '../../src/game/store.js';
import type {Level} from '../../src/levels/loader.js';
import {messages, mistakeText} from '../../src/ui/strings.js';
import {fillGrid} from '../support/grid-keys.js';
import {shippedLevels} from '../support/levels.js';

function open(levels: readonly Level[], id: string): GameStore {
	const store = createGameStore({lang: 'en', levels: [...levels], progress: emptyProgress, now: () => 0});
	store.getState().enterLevel(id);
	return store;
}
const press = (store: GameStore, input: string, key: KeyPress = {}) => dispatchKey(store, input, key);
const typeKeys = (store: GameStore, text: string) => {
	for (const ch of text) press(store, ch);
};
const focused = (store: GameStore) => currentLevel(store.getState())?.fields[store.getState().play?.focus ?? -1];

/** Tabs to a field, types into it and checks it. */
function answer(store: GameStore, fieldId: string, typed: string): void {
	for (let i = 0; i < 20 && focused(store)?.id !== fieldId; i++) press(store, '', {tab: true});
	expect(focused(store)?.id).toBe(fieldId);
	typeKeys(store, typed);
	press(store, '', {return: true});
}

/** The diagnosis of the last check, and its message in both languages. */
function said(store: GameStore) {
	const feedback = store.getState().play?.feedback;
	const mistake = feedback?.kind === 'wrong' ? feedback.mistake : undefined;
	if (mistake === undefined) return {reason: undefined, en: '', ko: ''};
	return {reason: mistake.reason, en: mistakeText(messages('en'), mistake), ko: mistakeText(messages('ko'), mistake)};
}

describe('a bias typed with slope 0 on a practice weighted sum', () => {
	for (const difficulty of [1, 2] as const)
		it(`step ${difficulty}: ∂z/∂b typed as 0 is named, and the message does not say 1`, () => {
			const {level} = generateLevel('weighted-sum', 0, 0, difficulty);
			const store = open([level], level.id);
			answer(store, 'grad:z:b', '0');
			const {reason, en, ko} = said(store);
			expect(reason).toBe('addendAsConstant');
			expect(en).toContain('0 treats b as a constant that z does not depend on');
			expect(en).toContain('z adds b in');
			expect(ko).toContain('z에는 b가 그대로 더해집니다');
			for (const text of [en, ko]) expect(text).not.toMatch(/(?<![\d.])1(?![\d.])/);
		});
});

describe('softmax-batch: ∂L/∂Z = (P − Y)/2 with only one side divided', () => {
	/** Types ∂L/∂Z's two rows, row by row with the arrows, then Enter. */
	function typeGrid(rows: readonly (readonly string[])[]): GameStore {
		const store = open(shippedLevels, 'softmax-batch');
		press(store, '', {tab: true});
		expect(focused(store)?.id).toBe('grad:L:Z[0,0]');
		fillGrid(store, rows);
		return store;
	}

	it('P/N − Y: P halved, the 1 at each right class left whole', () => {
		// P = (0.2447, 0.6652, 0.09003), (0.3482, 0.0777, 0.5741); right classes 2 and 1.
		const store = typeGrid([
			['0.122', '-0.667', '0.0450'],
			['-0.826', '0.0389', '0.287'],
		]);
		const {reason, en, ko} = said(store);
		expect(reason).toBe('ceOnePartDivided');
		expect(en).toContain('That divides P by N = 2 but not Y');
		expect(ko).toContain('P만 N으로 나누고(N = 2) Y는 나누지 않았습니다');
	});

	it('P − Y/N: the label halved, P left whole', () => {
		const store = typeGrid([
			['0.245', '0.165', '0.0900'],
			['-0.152', '0.0777', '0.574'],
		]);
		const {reason, en, ko} = said(store);
		expect(reason).toBe('ceOnePartDivided');
		expect(en).toContain('That divides Y by N = 2 but not P');
		expect(ko).toContain('Y만 N으로 나누고(N = 2) P는 나누지 않았습니다');
	});
});
