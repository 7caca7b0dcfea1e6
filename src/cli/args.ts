import {parseArgs} from 'node:util';
import {isLanguage, languages} from '../levels/language.js';

/** What the command line asked for, before anything touches the terminal. */
export type CliRequest = {
	readonly command:
		| 'play'
		| 'help'
		| 'version'
		| 'list'
		| 'validate'
		| 'export'
		| 'reset'
		| 'generate'
		| 'practice'
		| 'class';
	readonly positionals: readonly string[];
	readonly flags: CliFlags;
};

export type CliFlags = {
	readonly json: boolean;
	readonly lang: string | undefined;
	readonly levels: string | undefined;
	readonly level: string | undefined;
	readonly noColor: boolean;
	readonly dataDir: string | undefined;
	readonly format: string | undefined;
	readonly out: string | undefined;
	readonly force: boolean;
	readonly yes: boolean;
	readonly name: string | undefined;
	readonly reducedMotion: boolean;
	readonly screenReader: boolean;
	readonly concept: string | undefined;
	readonly count: string | undefined;
	readonly seed: string | undefined;
	readonly concepts: boolean;
	readonly roster: string | undefined;
	/** `practice --list`: the overview as text instead of a session. */
	readonly list: boolean;
};

const commandNames = [
	'list',
	'validate',
	'export',
	'reset',
	'play',
	'help',
	'generate',
	'practice',
	'class',
] as const satisfies readonly CliRequest['command'][];
const commands: ReadonlySet<string> = new Set(commandNames);

function isCommand(name: string): name is (typeof commandNames)[number] {
	return commands.has(name);
}

/** What is wrong with a command line: said in the player's language by the CLI's string table. */
export type UsageProblem =
	| {readonly kind: 'unknown-command'; readonly command: string}
	| {readonly kind: 'unknown-option'; readonly option: string}
	| {readonly kind: 'needs-value'; readonly option: string}
	| {readonly kind: 'takes-no-value'; readonly option: string}
	| {
			readonly kind: 'extra-arguments';
			readonly command: string;
			/** How many the command takes: none, or one level file or folder. */
			readonly takes: 0 | 1;
			readonly extra: readonly string[];
	  }
	| {readonly kind: 'unknown-language'; readonly given: string; readonly known: readonly string[]};

/** A command line that can't run; main prints its problem in the player's language. */
export class UsageError extends Error {
	constructor(readonly problem: UsageProblem) {
		super(problem.kind);
	}
}

/**
 * node:util's parse errors, as a problem: its messages are English sentences,
 * so only the option they name is kept.
 */
function usageProblemOf(error: unknown): UsageProblem | undefined {
	if (!(error instanceof Error)) return undefined;
	const code = 'code' in error ? error.code : undefined;
	const option = /'(-[^' ]*)/.exec(error.message)?.[1] ?? '';
	if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return {kind: 'unknown-option', option};
	if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
		return /argument missing/.test(error.message) ? {kind: 'needs-value', option} : {kind: 'takes-no-value', option};
	return undefined;
}

/** The language asked for with --lang, read before the rest is parsed, so a usage problem can be said in it. */
export function languageFlag(argv: readonly string[]): string | undefined {
	for (const [i, arg] of argv.entries()) {
		if (arg === '--') return undefined;
		if (arg === '--lang') return argv[i + 1];
		if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
	}
	return undefined;
}

/** Parses argv; throws a UsageError for unknown flags or commands, a missing value or arguments a command does not take. */
export function parseCli(argv: readonly string[]): CliRequest {
	try {
		return parseArgv(argv);
	} catch (error) {
		const problem = usageProblemOf(error);
		throw problem === undefined ? error : new UsageError(problem);
	}
}

function parseArgv(argv: readonly string[]): CliRequest {
	const {values, positionals} = parseArgs({
		args: [...argv],
		allowPositionals: true,
		strict: true,
		options: {
			help: {type: 'boolean', short: 'h'},
			version: {type: 'boolean', short: 'v'},
			json: {type: 'boolean'},
			lang: {type: 'string'},
			levels: {type: 'string'},
			level: {type: 'string'},
			'no-color': {type: 'boolean'},
			'data-dir': {type: 'string'},
			format: {type: 'string'},
			out: {type: 'string'},
			force: {type: 'boolean'},
			yes: {type: 'boolean', short: 'y'},
			name: {type: 'string'},
			'reduced-motion': {type: 'boolean'},
			'screen-reader': {type: 'boolean'},
			concept: {type: 'string'},
			count: {type: 'string'},
			seed: {type: 'string'},
			concepts: {type: 'boolean'},
			roster: {type: 'string'},
			list: {type: 'boolean'},
		},
	});
	const [first, ...rest] = positionals;
	if (first !== undefined && !commands.has(first)) {
		throw new UsageError({kind: 'unknown-command', command: first});
	}
	const named: CliRequest['command'] = first !== undefined && isCommand(first) ? first : 'play';
	const command = values.help ? 'help' : values.version ? 'version' : named;
	// `class` reads any number of exports; `validate` one pack.
	const allowed = command === 'class' ? Number.POSITIVE_INFINITY : command === 'validate' ? 1 : 0;
	if (rest.length > allowed) {
		throw new UsageError({kind: 'extra-arguments', command, takes: allowed === 0 ? 0 : 1, extra: rest.slice(allowed)});
	}
	if (values.lang !== undefined && !isLanguage(values.lang)) {
		throw new UsageError({kind: 'unknown-language', given: values.lang, known: languages});
	}
	return {
		command,
		positionals: rest,
		flags: {
			json: values.json ?? false,
			lang: values.lang,
			levels: values.levels,
			level: values.level,
			noColor: values['no-color'] ?? false,
			dataDir: values['data-dir'],
			format: values.format,
			out: values.out,
			force: values.force ?? false,
			yes: values.yes ?? false,
			name: values.name,
			reducedMotion: values['reduced-motion'] ?? false,
			screenReader: values['screen-reader'] ?? false,
			concept: values.concept,
			count: values.count,
			seed: values.seed,
			concepts: values.concepts ?? false,
			roster: values.roster,
			list: values.list ?? false,
		},
	};
}
