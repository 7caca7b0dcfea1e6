import pkg from '../../package.json' with {type: 'json'};
import {printable} from '../levels/clean-text.js';
import type {Language} from '../levels/language.js';
import {type CliRequest, languageFlag, parseCli, UsageError} from './args.js';
import {cliMessages} from './cli-strings.js';
import type {Command} from './commands/output.js';
import {keepFileSizeLimitAnError} from './file-size-signal.js';
import {pickLanguage} from './lang.js';
import {shippedLevelsDir} from './paths.js';
import {describeCode, resolveDataDir} from './storage.js';

/**
 * A reader that went away (`| head`) ends the program quietly; any other
 * failure to write (a full disk) is one line on stderr and exit 1.
 */
function watchOutput(lang: Language): void {
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
		try {
			process.stderr.write(`backprop-quest: ${cliMessages[lang].outputFailed(describeCode(error, lang))}\n`);
		} finally {
			process.exit(1);
		}
	});
}

/** Each command's module, loaded only when that command runs: playing never parses the pack tools. */
const commands = {
	help: () => import('./commands/help.js'),
	version: () => import('./commands/version.js'),
	list: () => import('./commands/list.js'),
	validate: () => import('./commands/validate.js'),
	generate: () => import('./commands/generate.js'),
	reset: () => import('./commands/reset.js'),
	export: () => import('./commands/export.js'),
	play: () => import('./commands/play.js'),
	practice: () => import('./commands/play.js'),
	class: () => import('./commands/class.js'),
} satisfies Record<CliRequest['command'], () => Promise<{run: Command}>>;

async function main(argv: readonly string[]): Promise<number> {
	keepFileSizeLimitAnError();
	let request: CliRequest;
	try {
		request = parseCli(argv);
	} catch (error) {
		// A usage problem is said in the language asked for, if that one is known, else the locale's.
		const said =
			error instanceof UsageError
				? cliMessages[pickLanguage(languageFlag(argv), process.env)].usage(error.problem)
				: error instanceof Error
					? error.message
					: String(error);
		process.stderr.write(`backprop-quest: ${printable(said)}\n`);
		return 2;
	}
	const {flags} = request;
	const lang = pickLanguage(flags.lang, process.env);
	watchOutput(lang);
	// Chalk reads the colour level when it is first imported, so this has to happen before Ink loads.
	if (flags.noColor || process.env.NO_COLOR !== undefined) process.env.FORCE_COLOR = '0';
	const {run} = await commands[request.command]();
	return run({
		request,
		lang,
		levelsDir: flags.levels ?? shippedLevelsDir(),
		dataDir: resolveDataDir(flags.dataDir, process.env),
		appVersion: pkg.version,
	});
}

process.exitCode = await main(process.argv.slice(2));
