import type {Language} from '../levels/language.js';
import {cliMessages} from './cli-strings.js';

/** The --help text in the player's language; `dataDir` is where progress lives on this machine. */
export function helpText(version: string, dataDir: string, lang: Language = 'en'): string {
	return cliMessages[lang].help(version, dataDir);
}
