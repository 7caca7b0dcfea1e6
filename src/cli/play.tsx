import {render} from 'ink';
import {emptyProgress} from '../game/progress.js';
import {createGameStore, type Language} from '../game/store.js';
import type {Level} from '../levels/loader.js';
import {App} from '../ui/App.js';

export type PlayOptions = {
	readonly lang: Language;
	readonly levels: readonly Level[];
	readonly warnings: readonly string[];
	readonly startLevel: string | undefined;
};

const enterAlternateScreen = '\u001B[?1049h';
const leaveAlternateScreen = '\u001B[?1049l';

/** Renders the game on the alternate screen and resolves with the exit code once the player quits. */
export async function play(options: PlayOptions): Promise<number> {
	const store = createGameStore({
		lang: options.lang,
		levels: options.levels,
		progress: emptyProgress,
		warnings: options.warnings,
		startLevel: options.startLevel,
	});
	process.stdout.write(enterAlternateScreen);
	const restore = () => process.stdout.write(leaveAlternateScreen);
	process.once('exit', restore);
	const app = render(<App store={store} />, {exitOnCtrlC: false});
	try {
		await app.waitUntilExit();
	} finally {
		process.off('exit', restore);
		restore();
	}
	return 0;
}
