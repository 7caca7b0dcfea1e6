// The learner's road: every shipped level reached the way a player reaches it (the menu, "continue",
// "next level"), solved with the engine's own answers, labs trained until their goal.
import {describe, expect, it} from 'vitest';
import {dispatchKey} from '../../src/game/keys.js';
import {emptyProgress} from '../../src/game/progress.js';
import {createGameStore, currentLevel, type GameStore, isComplete} from '../../src/game/store.js';
import {isTrainingLevel, type Level, loadLevelPack} from '../../src/levels/loader.js';
import {answerText} from '../../src/levels/typed-answers.js';

const levels = loadLevelPack('levels').levels;
/** More steps than any shipped lab needs at its starting η; a lab still short of its goal here is a bug. */
const labStepLimit = 5000;

const enter = {return: true};

function freshGame(): GameStore {
	return createGameStore({lang: 'en', levels, progress: emptyProgress, now: () => 0});
}

/** The level on screen is this one, fresh: its own fields or its own lab, nothing left from before. */
function expectOwnContent(store: GameStore, level: Level): void {
	const state = store.getState();
	expect(state.screen).toBe('level');
	expect(currentLevel(state)?.id).toBe(level.id);
	expect(state.levels[state.menuCursor]?.id).toBe(level.id);
	expect(state.play).toMatchObject({levelId: level.id, attempts: 0, hintsShown: 0, solved: {}, drafts: {}});
	if (isTrainingLevel(level)) {
		expect(state.lab).toMatchObject({levelId: level.id, steps: 0, status: 'ready'});
		expect(state.labSession?.descent !== undefined).toBe(level.spec.kind === 'descent');
	} else {
		expect(state.lab).toBeUndefined();
		expect(state.labSession).toBeUndefined();
		expect(level.fields.length).toBeGreaterThan(0);
	}
	expect(isComplete(state)).toBe(false);
}

/** Types each field's engine answer and presses Enter; a lab runs (space) until its goal. */
function solve(store: GameStore, level: Level): void {
	if (isTrainingLevel(level)) {
		dispatchKey(store, ' ', {});
		expect(store.getState().lab?.status).toBe('running');
		// The animation clock's ticks, without the clock.
		while (store.getState().lab?.status === 'running' && (store.getState().lab?.steps ?? 0) < labStepLimit) {
			store.getState().labTick();
		}
		expect(store.getState().lab?.status).toBe('goal');
	} else {
		pickPlantedRow(store, level);
		for (const field of level.fields) {
			dispatchKey(store, answerText(field, 8), {});
			dispatchKey(store, '', enter);
		}
	}
	const state = store.getState();
	expect(isComplete(state)).toBe(true);
	expect(state.lastOutcome?.levelId).toBe(level.id);
	expect(state.progress.levels[level.id]?.status).toBe('solved');
}

/** A find-the-bug level: the cursor down to the planted row, then Enter opens its field. */
function pickPlantedRow(store: GameStore, level: Level): void {
	if (level.table === undefined) return;
	for (let i = 0; i < level.table.bugRow; i++) dispatchKey(store, '', {downArrow: true});
	dispatchKey(store, '', enter);
	expect(store.getState().play?.bugFound).toBe(true);
}

/** The level just entered works: a lab takes a step, an answer level takes its first answer. */
function expectPlayable(store: GameStore, level: Level): void {
	if (isTrainingLevel(level)) {
		dispatchKey(store, 's', {});
		expect(store.getState().lab).toMatchObject({levelId: level.id, steps: 1});
	} else {
		const field = level.fields[0];
		if (field === undefined) throw new Error(`${level.id} asks for nothing`);
		pickPlantedRow(store, level);
		dispatchKey(store, `${answerText(field, 8)}\r`, {});
		expect(store.getState().play?.solved[field.id]).toBe(true);
	}
}

describe("the learner's road", () => {
	it.each(levels.map((level, index) => [level.id, index] as const))(
		'%s: from the menu with the cursor and Enter, solved, then "next level" opens the next one fresh',
		(_id, index) => {
			const level = levels[index] as Level;
			const store = freshGame();
			expect(store.getState().screen).toBe('menu');
			for (let i = store.getState().menuCursor; i < index; i++) dispatchKey(store, '', {downArrow: true});
			expect(store.getState().menuCursor).toBe(index);
			dispatchKey(store, '', enter);
			expectOwnContent(store, level);
			solve(store, level);
			dispatchKey(store, '', enter);
			expect(store.getState().screen).toBe('result');
			dispatchKey(store, '', enter);
			const next = levels[index + 1];
			if (next === undefined) {
				expect(store.getState().screen).toBe('menu');
				return;
			}
			expectOwnContent(store, next);
			expectPlayable(store, next);
		},
	);

	// Every level played through: a few seconds alone, more on a busy shared machine.
	it('from a fresh save, "continue" and "next level" alone lead through every level to the end', () => {
		const store = freshGame();
		dispatchKey(store, 'c', {});
		for (const level of levels) {
			expectOwnContent(store, level);
			solve(store, level);
			dispatchKey(store, '', enter);
			dispatchKey(store, '', enter);
		}
		const state = store.getState();
		expect(state.screen).toBe('menu');
		expect(levels.every(l => state.progress.levels[l.id]?.status === 'solved')).toBe(true);
	}, 80_000);
});
