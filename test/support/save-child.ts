// A game that only saves, run as a child process by the durability tests:
// `loop DIR` keeps solving new levels and saving, printing `saved N` after each
// save that returned; `grow DIR` saves one small level, then tries one save too
// big for the file-size limit the test set, and prints what happened.
import {writeSync} from 'node:fs';
import {loadProgress, saveProgress} from '../../src/cli/storage.js';
import {type Progress, recordPlay} from '../../src/game/progress.js';

const [mode, dir = ''] = process.argv.slice(2);
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
}
