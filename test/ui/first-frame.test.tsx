import {render} from 'ink-testing-library';
import {act} from 'react';
import {describe, expect, it, vi} from 'vitest';
import {emptyProgress} from '../../src/game/progress.js';
import {keys} from '../support/game.js';
import {shippedLevels} from '../support/levels.js';

/** The game as the CLI starts it on its menu, before anything has loaded the other screens (test/setup.ts does): fresh modules. */
async function freshMenu() {
	vi.resetModules();
	const {laterScreens} = await import('../../src/ui/screens/load-screens.js');
	const {createGameStore} = await import('../../src/game/store.js');
	const {App} = await import('../../src/ui/App.js');
	const strings = await import('../../src/ui/strings.js');
	// As the CLI does before its first frame: the texts of the language played in, and only those.
	await strings.loadMessages('en');
	const store = createGameStore({lang: 'en', levels: shippedLevels, progress: emptyProgress});
	return {laterScreens, store, App, strings};
}

describe('the first frame', () => {
	it('is the menu, drawn before the other screens load; they come right after it, and Enter opens a level', async () => {
		const {laterScreens, store, App, strings} = await freshMenu();
		expect(laterScreens.now()).toBeUndefined();
		const view = await act(async () => render(<App store={store} />));
		try {
			expect(view.frames[0]).toContain('backprop-quest — learn backpropagation');
			await act(async () => {
				await laterScreens.load();
			});
			await act(async () => {
				view.stdin.write(keys.enter);
			});
			expect(store.getState().screen).toBe('level');
			expect(view.lastFrame()).toContain('1. Forward pass › The weighted sum');
			expect(view.lastFrame()).toContain('▸ z = [');
			// Nothing on the way asked for the other language's texts.
			expect(() => strings.messages('ko')).toThrow(/loadMessages/);
		} finally {
			await act(async () => view.unmount());
		}
	});
});
