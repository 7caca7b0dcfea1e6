import {offersPractice, schedulableConcepts} from '../../game/practice/unlock.js';
import {levelErrorIn, loadLevelPack} from '../../levels/loader.js';
import {overviewLines} from '../../ui/practice-overview-text.js';
import {practiceMessages} from '../../ui/practice-strings.js';
import {cliMessages} from '../cli-strings.js';
import {loadProgress} from '../storage.js';
import {type Command, warn} from './output.js';

/** `practice --list`: the practice overview as text, without a terminal. */
export const run: Command = ({lang, levelsDir, dataDir}) => {
	const pack = loadLevelPack(levelsDir, {defer: true});
	if (pack.levels.length === 0) {
		process.stderr.write(`backprop-quest: ${cliMessages[lang].noLevels(levelsDir)}\n`);
		for (const error of pack.errors) process.stderr.write(`  ${levelErrorIn(lang)(error)}\n`);
		return 1;
	}
	const loaded = loadProgress(dataDir, new Date(), lang);
	warn(loaded.warnings, lang);
	const progress = loaded.progress;
	const schedulable = schedulableConcepts(pack.levels, progress);
	const t = practiceMessages[lang];
	const lines = overviewLines(progress.practice, schedulable, new Date(), lang).map(line => line.text);
	// A pack that teaches none of the concepts says so, as p on its menu does.
	if (schedulable.length === 0 && !offersPractice(pack.levels))
		lines.push(t.unavailable['not-offered'].replace(/^⚠ /, ''));
	process.stdout.write(`${t.overview.title}\n\n${lines.join('\n')}\n`);
	return 0;
};
