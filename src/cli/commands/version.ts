import type {Command} from './output.js';

/** `--version`: the version number alone. */
export const run: Command = ({appVersion}) => {
	process.stdout.write(`${appVersion}\n`);
	return 0;
};
