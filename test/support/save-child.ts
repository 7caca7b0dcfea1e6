// A game that only saves, run as a child process by the durability tests:
// `loop DIR` keeps solving new levels and saving, printing `saved N` after each
// save that returned; `grow DIR` saves one small level, then tries one save too
// big for the file-size limit the test set, and prints what happened;
// `slow DIR ID` solves ID and saves with a delay injected inside the lock
// (printing `holding` when it starts), past the 10 s after which an old game
// took over any lock; `quit DIR ID` solves ID, saves as a finished level does
// (waiting 2 s for the lock) and then as quitting does (waiting 30 s).
import {writeSync} from 'node:fs';
import {loadProgress, saveProgress, saveTestHooks} from '../../src/cli/storage.js';
import {type Progress, recordPlay} from '../../src/game/progress.js';

const [mode, dir = '', id = 'level'] = process.argv.slice(2);
const say = (line: string) => writeSync(1, `${line}\n`);
const solve = (progress: Progress, levelId: string): Progress =>
	recordPlay(progress, {levelId, stars: 3, solved: true, attempts: 1, hints: 0, timeMs: 1000, finishedAt: new Date()});

const loaded = loadProgress(dir);
for (const warning of loaded.warnings) say(`warning ${warning}`);
let progress = loaded.progress;

if (mode === 'loop') {
	// A long name makes each save big enough that a kill often lands inside the write.
	progress = {...progress, playerName: 'x'.repeat(200_000)};
	for (let n = Object.keys(progress.levels).length; ; n++) {
		progress = solve(progress, `level-${n}`);
		const warning = saveProgress(dir, progress, 'test');
		say(warning === undefined ? `saved ${n}` : `warning ${warning}`);
	}
} else if (mode === 'grow') {
	progress = solve(progress, 'small');
	say(`small ${saveProgress(dir, progress, 'test') ?? 'saved'}`);
	progress = solve({...progress, playerName: 'x'.repeat(200_000)}, 'big');
	say(`big ${saveProgress(dir, progress, 'test') ?? 'saved'}`);
} else if (mode === 'slow') {
	saveTestHooks.beforeRename = () => {
		saveTestHooks.beforeRename = undefined;
		say('holding');
		Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10_500);
	};
	say(`slow ${saveProgress(dir, solve(progress, id), 'test') ?? 'saved'}`);
} else if (mode === 'quit') {
	progress = solve(progress, id);
	say(`level ${saveProgress(dir, progress, 'test') ?? 'saved'}`);
	say(`quit ${saveProgress(dir, progress, 'test', new Date(), {waitMs: 30_000}) ?? 'saved'}`);
}
