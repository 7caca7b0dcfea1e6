import pkg from '../../package.json' with {type: 'json'};
import {parseCli} from './args.js';
import {helpText} from './help.js';

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

	switch (request.command) {
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
			const {play} = await import('./play.js');
			return play();
		}
	}
}

process.exitCode = await main(process.argv.slice(2));
