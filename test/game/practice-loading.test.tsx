import {render} from 'ink-testing-library';
import {act} from 'react';
import {describe, expect, it, vi} from 'vitest';
import {progressSolving, shippedLevels} from '../support/levels.js';

const start = Date.parse('2026-03-02T09:00:00.000Z');

/**
 * The game as a player starts it, before anything has loaded the practice
 * generator (test/setup.ts loads it for every other test): fresh modules.
 */
async function freshGame() {
	vi.resetModules();
	const {practiceGenerator} = await import('../../src/game/practice/load-generator.js');
	const {laterScreens} = await import('../../src/ui/screens/load-screens.js');
	const {createGameStore} = await import('../../src/game/store.js');
	const {dispatchKey} = await import('../../src/game/keys.js');
	const {App} = await import('../../src/ui/App.js');
	await (await import('../../src/ui/strings.js')).loadMessages('en');
	const store = createGameStore({
		lang: 'en',
		levels: shippedLevels,
		progress: progressSolving(['add-node'], {at: new Date(start)}),
		now: () => start,
	});
	return {practiceGenerator, laterScreens, store, dispatchKey, App};
}

describe('the first practice of a run', () => {
	it('p on the menu says the first exercise is being prepared, then opens it, as later starts do at once', async () => {
		const {practiceGenerator, laterScreens, store, dispatchKey, App} = await freshGame();
		expect(practiceGenerator.now()).toBeUndefined();
		const view = await act(async () => render(<App store={store} />));
		try {
			// The other screens, which the game loads right after the menu's first frame.
			await act(async () => {
				await laterScreens.load();
			});
			let started = Promise.resolve();
			act(() => {
				started = store.getState().startPractice();
				// A second p while it loads starts nothing more.
				dispatchKey(store, 'p', {});
			});
			expect(store.getState()).toMatchObject({screen: 'menu', practiceLoading: true});
			await act(async () => started);
			// The menu said so for the frame or so the loading took.
			expect(view.frames.some(frame => frame.includes('Practice: preparing the first exercise…'))).toBe(true);
			expect(store.getState()).toMatchObject({screen: 'level', practiceLoading: false, play: {levelId: 'practice-1'}});
			expect(store.getState().practice?.levels).toHaveLength(1);
			expect(view.lastFrame()).not.toContain('preparing');
			// Later starts need no loading: the session is there as soon as the call returns.
			let again = Promise.resolve();
			act(() => {
				store.getState().endPractice();
				again = store.getState().startPractice();
			});
			expect(store.getState()).toMatchObject({screen: 'level', practiceLoading: false});
			await act(async () => again);
		} finally {
			await act(async () => view.unmount());
		}
	});

	it('a start whose menu the player has left by the time the generator arrives is dropped', async () => {
		const {store} = await freshGame();
		const started = store.getState().startPractice();
		store.getState().enterLevel('weighted-sum');
		await started;
		expect(store.getState().practice).toBeUndefined();
		expect(store.getState().practiceLoading).toBe(false);
	});
});
