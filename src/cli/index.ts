import pkg from '../../package.json' with {type: 'json'};
import {formatLevelError, loadLevelPack} from '../levels/loader.js';
import {parseCli} from './args.js';
import {listLevels} from './commands/list.js';
import type {CommandResult} from './commands/output.js';
import {validateLevels} from './commands/validate.js';
import {helpText} from './help.js';
import {pickLanguage} from './lang.js';
import {shippedLevelsDir} from './paths.js';

function emit(result: CommandResult): number {
	process.stdout.write(result.stdout);
	process.stderr.write(result.stderr);
	return result.code;
}

async function main(argv: readonly string[]): Promise<number> {
	let request: ReturnType<typeof parseCli>;
	try {
		request = parseCli(argv);
	} catch (error) {
		process.stderr.write(`backprop-quest: ${(error as Error).message}\n`);
		return 2;
	}
	// Chalk reads the colour level when it is first imported, so this has to happen before Ink loads.
	if (request.flags.noColor || process.env.NO_COLOR !== undefined) process.env.FORCE_COLOR = '0';

	const lang = pickLanguage(request.flags.lang, process.env);
	const levelsDir = request.flags.levels ?? shippedLevelsDir();

	switch (request.command) {
		case 'list':
			return emit(listLevels(loadLevelPack(levelsDir), lang, request.flags.json));
		case 'validate':
			return emit(validateLevels(request.positionals[0]));
		case 'help':
			process.stdout.write(helpText(pkg.version));
			return 0;
		case 'version':
			process.stdout.write(`${pkg.version}\n`);
			return 0;
		default: {
			if (process.stdin.isTTY !== true) {
				process.stderr.write('backprop-quest: the game needs an interactive terminal; try --help\n');
				return 2;
			}
			const pack = loadLevelPack(levelsDir);
			if (pack.levels.length === 0) {
				process.stderr.write(`backprop-quest: no playable levels in ${levelsDir}\n`);
				for (const error of pack.errors) process.stderr.write(`  ${formatLevelError(error)}\n`);
				return 1;
			}
			if (request.flags.level !== undefined && !pack.levels.some(l => l.id === request.flags.level)) {
				process.stderr.write(`backprop-quest: no level '${request.flags.level}' (see: backprop-quest list)\n`);
				return 2;
			}
			const {play} = await import('./play.js');
			return play({
				lang,
				levels: pack.levels,
				warnings: pack.errors.map(formatLevelError),
				startLevel: request.flags.level,
			});
		}
	}
}

process.exitCode = await main(process.argv.slice(2));
