import pkg from '../../package.json' with {type: 'json'};
import {unlockedConcepts} from '../game/practice/unlock.js';
import {printable} from '../levels/clean-text.js';
import {formatLevelError, loadLevelPack} from '../levels/loader.js';
import {type CliRequest, parseCli} from './args.js';
import {exportScores} from './commands/export.js';
import {generatePack, practiceRequest} from './commands/generate.js';
import {listLevels} from './commands/list.js';
import type {CommandResult} from './commands/output.js';
import {resetProgress} from './commands/reset.js';
import {validateLevels} from './commands/validate.js';
import {helpText} from './help.js';
import {pickLanguage} from './lang.js';
import {shippedLevelsDir} from './paths.js';
import {describeCode, loadProgress, resolveDataDir, saveProgress} from './storage.js';

/**
 * A reader that went away (`| head`) ends the program quietly; any other
 * failure to write (a full disk) is one line on stderr and exit 1.
 */
function watchOutput(): void {
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
		try {
			process.stderr.write(`backprop-quest: could not write the output (${describeCode(error)})\n`);
		} finally {
			process.exit(1);
		}
	});
}

function emit(result: CommandResult): number {
	process.stdout.write(result.stdout);
	process.stderr.write(result.stderr);
	return result.code;
}

function warn(lines: readonly string[]): void {
	for (const line of lines) process.stderr.write(`backprop-quest: warning: ${line}\n`);
}

async function main(argv: readonly string[]): Promise<number> {
	let request: CliRequest;
	try {
		request = parseCli(argv);
	} catch (error) {
		process.stderr.write(`backprop-quest: ${printable((error as Error).message)}\n`);
		return 2;
	}
	watchOutput();
	const {flags} = request;
	// Chalk reads the colour level when it is first imported, so this has to happen before Ink loads.
	if (flags.noColor || process.env.NO_COLOR !== undefined) process.env.FORCE_COLOR = '0';
	const lang = pickLanguage(flags.lang, process.env);
	const levelsDir = flags.levels ?? shippedLevelsDir();
	const dataDir = resolveDataDir(flags.dataDir, process.env);

	switch (request.command) {
		case 'help':
			process.stdout.write(helpText(pkg.version, dataDir));
			return 0;
		case 'version':
			process.stdout.write(`${pkg.version}\n`);
			return 0;
		case 'list':
			return emit(listLevels(loadLevelPack(levelsDir), lang, flags.json));
		case 'validate':
			return emit(validateLevels(request.positionals[0]));
		case 'generate':
			return emit(generatePack(flags));
		case 'reset':
			return emit(
				await resetProgress(dataDir, {
					yes: flags.yes,
					interactive: process.stdin.isTTY === true,
					appVersion: pkg.version,
				}),
			);
		case 'export': {
			const pack = loadLevelPack(levelsDir);
			if (pack.levels.length === 0) {
				process.stderr.write(`backprop-quest: no levels to export scores for in ${levelsDir}\n`);
				for (const error of pack.errors) process.stderr.write(`  ${formatLevelError(error)}\n`);
				return 1;
			}
			warn(pack.errors.map(formatLevelError));
			const loaded = loadProgress(dataDir);
			warn(loaded.warnings);
			let progress = loaded.progress;
			if (flags.name !== undefined) {
				progress = {...progress, playerName: flags.name};
				const warning = saveProgress(dataDir, progress, pkg.version);
				if (warning !== undefined) warn([warning]);
			}
			const code = emit(
				exportScores({...flags, levels: pack.levels, progress, lang, appVersion: pkg.version, now: new Date()}),
			);
			// Scores for the good levels are out, but a pack with errors is still an error.
			return code === 0 && pack.errors.length > 0 ? 1 : code;
		}
		case 'play':
		case 'practice': {
			const practice = request.command === 'practice' ? practiceRequest(flags) : undefined;
			if (typeof practice === 'string') {
				process.stderr.write(`backprop-quest: ${practice}\n`);
				return 2;
			}
			if (process.stdin.isTTY !== true || process.stdout.isTTY !== true) {
				process.stderr.write(
					'backprop-quest: the game needs an interactive terminal for its input and its output; without one, these work: list, export, validate, --help\n',
				);
				return 2;
			}
			// Graphs are built after the first frame: the menu needs only titles.
			const pack = loadLevelPack(levelsDir, {defer: true});
			if (pack.levels.length === 0) {
				process.stderr.write(`backprop-quest: no playable levels in ${levelsDir}\n`);
				for (const error of pack.errors) process.stderr.write(`  ${formatLevelError(error)}\n`);
				return 1;
			}
			if (flags.level !== undefined && !pack.levels.some(l => l.id === flags.level)) {
				process.stderr.write(`backprop-quest: no level '${printable(flags.level)}' (see: backprop-quest list)\n`);
				return 2;
			}
			const loaded = loadProgress(dataDir);
			let progress = loaded.progress;
			if (flags.name !== undefined) progress = {...progress, playerName: flags.name};
			if (
				practice !== undefined &&
				practice.concept === undefined &&
				unlockedConcepts(pack.levels, progress).length === 0
			) {
				process.stderr.write(
					'backprop-quest: nothing to practise yet: practice opens concept by concept as you finish their chapters; or choose one now with --concept NAME\n',
				);
				return 1;
			}
			const {play} = await import('./play.js');
			return play({
				lang,
				levels: pack.levels,
				warnings: [...loaded.warnings, ...pack.errors.map(formatLevelError)],
				startLevel: flags.level,
				startPractice: practice,
				progress,
				progressIsOnDisk: flags.name === undefined,
				dataDir,
				appVersion: pkg.version,
				// Ink's screen-reader mode is switched on by INK_SCREEN_READER; it gets no animation either.
				reducedMotion: flags.reducedMotion || process.env.INK_SCREEN_READER === 'true',
			});
		}
	}
}

process.exitCode = await main(process.argv.slice(2));
