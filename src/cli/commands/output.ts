import type {Language} from '../../levels/language.js';
import type {CliRequest} from '../args.js';
import {cliMessages} from '../cli-strings.js';

/** What a non-interactive command prints and how it exits. */
export type CommandResult = {
	readonly stdout: string;
	readonly stderr: string;
	readonly code: number;
};

/** What every command is given: the parsed command line and what it resolved to. */
export type CommandContext = {
	readonly request: CliRequest;
	readonly lang: Language;
	readonly levelsDir: string;
	readonly dataDir: string;
	readonly appVersion: string;
};

/** A command's entry point: each command module exports one as `run`, resolving with the exit code. */
export type Command = (context: CommandContext) => number | Promise<number>;

/** Prints a command's result and gives its exit code. */
export function emit(result: CommandResult): number {
	process.stdout.write(result.stdout);
	process.stderr.write(result.stderr);
	return result.code;
}

/** One `warning:` line on stderr per problem, the word in the player's language. */
export function warn(lines: readonly string[], lang: Language): void {
	for (const line of lines) process.stderr.write(`backprop-quest: ${cliMessages[lang].warning}: ${line}\n`);
}
