import {practiceGenerator} from '../../game/practice/load-generator.js';
import {schedulableConcepts} from '../../game/practice/unlock.js';
import {printable} from '../../levels/clean-text.js';
import {levelErrorIn, loadLevelPack} from '../../levels/loader.js';
import {checkedAtBuild} from '../built-in-levels.js';
import {cliMessages} from '../cli-strings.js';
import {levelIdFromArgument} from '../level-argument.js';
import {packName} from '../pack-name.js';
import {readSettings} from '../settings.js';
import {loadProgress} from '../storage.js';
import {withoutFetch} from '../without-fetch.js';
import type {Command} from './output.js';

/** `play` and `practice`: checks what the game needs, then starts it in the terminal. */
export const run: Command = async context => {
	const {request, lang, levelsDir, dataDir, appVersion} = context;
	const {flags} = request;
	// The overview is text: it needs no terminal.
	if (request.command === 'practice' && flags.list) return (await import('./practice-list.js')).run(context);
	// Only `practice` needs the generator's names; `play` leaves it unloaded.
	const practice =
		request.command === 'practice' ? (await import('./generate.js')).practiceRequest(flags, lang) : undefined;
	if (typeof practice === 'string') {
		process.stderr.write(`backprop-quest: ${practice}\n`);
		return 2;
	}
	if (process.env.TERM === 'dumb') {
		process.stderr.write(`backprop-quest: ${cliMessages[lang].dumbTerminal}\n`);
		return 2;
	}
	if (process.stdin.isTTY !== true || process.stdout.isTTY !== true) {
		process.stderr.write(`backprop-quest: ${cliMessages[lang].noTerminal}\n`);
		return 2;
	}
	// Graphs are built after the first frame: the menu needs only titles.
	// The shipped levels, unchanged since the build checked them, skip the schema check.
	const pack = loadLevelPack(levelsDir, {
		defer: true,
		trusted: flags.levels === undefined ? checkedAtBuild : undefined,
		lang,
	});
	if (pack.levels.length === 0) {
		process.stderr.write(`backprop-quest: ${cliMessages[lang].noLevels(levelsDir)}\n`);
		for (const error of pack.errors) process.stderr.write(`  ${levelErrorIn(lang)(error)}\n`);
		return 1;
	}
	const startLevel = flags.level === undefined ? undefined : levelIdFromArgument(pack.levels, flags.level);
	if (flags.level !== undefined && startLevel === undefined) {
		process.stderr.write(`backprop-quest: ${cliMessages[lang].noSuchLevel(printable(flags.level))}\n`);
		return 2;
	}
	const loaded = loadProgress(dataDir, new Date(), lang);
	let progress = loaded.progress;
	if (flags.name !== undefined) progress = {...progress, playerName: flags.name};
	if (
		practice !== undefined &&
		practice.concept === undefined &&
		schedulableConcepts(pack.levels, progress).length === 0
	) {
		process.stderr.write(`backprop-quest: ${cliMessages[lang].nothingToPractise}\n`);
		return 1;
	}
	// `practice` opens on its first exercise, so the generator comes before the first frame there;
	// `play` loads it when the player first presses p.
	if (practice !== undefined) await practiceGenerator.load();
	const {play} = await withoutFetch(() => import('../play.js'));
	return play({
		lang,
		levels: pack.levels,
		warnings: [...loaded.warnings, ...pack.errors.map(levelErrorIn(lang))],
		startLevel,
		startPractice: practice,
		progress,
		progressIsOnDisk: flags.name === undefined,
		dataDir,
		appVersion,
		pack: packName(flags.levels),
		reducedMotion: flags.reducedMotion,
		// The flag, Ink's own switch, or the setting saved from the help.
		screenReader: flags.screenReader || process.env.INK_SCREEN_READER === 'true' || readSettings(dataDir).screenReader,
	});
};
