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

const commands = new Set(['list', 'validate', 'export', 'reset', 'play', 'help', 'generate', 'practice', 'class']);

/** Parses argv; throws an Error with a one-line message for unknown flags or commands. */
export function parseCli(argv: readonly string[]): CliRequest {
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
		throw new Error(`unknown command '${first}' (try --help)`);
	}
	const named = (first ?? 'play') as CliRequest['command'];
	const command = values.help ? 'help' : values.version ? 'version' : named;
	// `class` reads any number of exports; `validate` one pack.
	const allowed = command === 'class' ? Number.POSITIVE_INFINITY : command === 'validate' ? 1 : 0;
	if (rest.length > allowed) {
		const extra = rest
			.slice(allowed)
			.map(a => `'${a}'`)
			.join(' ');
		throw new Error(
			allowed === 0
				? `${command} takes no arguments, but got ${extra} (try --help)`
				: `${command} takes one level file or folder, but also got ${extra} (try --help)`,
		);
	}
	if (values.lang !== undefined && !isLanguage(values.lang)) {
		throw new Error(`--lang takes ${languages.join(' or ')}, not '${values.lang}'`);
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
