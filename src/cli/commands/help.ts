import {helpText} from '../help.js';
import type {Command} from './output.js';

/** `--help`: usage, with where progress lives on this machine. */
export const run: Command = ({appVersion, dataDir, lang}) => {
	process.stdout.write(helpText(appVersion, dataDir, lang));
	return 0;
};
