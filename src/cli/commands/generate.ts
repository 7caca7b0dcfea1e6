import {existsSync, mkdirSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {type Concept, concepts, isConcept} from '../../game/practice/concepts.js';
import {generatePackText, seedFrom} from '../../game/practice/generate.js';
import {printable} from '../../levels/clean-text.js';
import {errnoCode} from '../../levels/errno.js';
import {writeFileAtomically} from '../storage.js';
import {type Command, type CommandResult, emit} from './output.js';

export type GenerateRequest = {
	readonly concept: string | undefined;
	readonly count: string | undefined;
	readonly seed: string | undefined;
	readonly out: string | undefined;
	readonly force: boolean;
};

/** The most levels one pack holds: more would only be a longer file of the same exercise. */
export const maxPackLevels = 200;

const fail = (message: string, code = 2): CommandResult => ({stdout: '', stderr: `backprop-quest: ${message}\n`, code});

/**
 * `generate --concept NAME --count N --seed S --out DIR [--force]`: a level
 * pack of practice levels, `DIR/NAME.json`. The same seed writes the same bytes.
 */
export function generatePack(request: GenerateRequest): CommandResult {
	const {concept} = request;
	if (concept === undefined || !isConcept(concept))
		return fail(
			`${concept === undefined ? 'generate needs --concept NAME' : `no concept '${printable(concept)}'`}; one of: ${concepts.join(', ')}`,
		);
	// Digits only: Number() would also take 1e2, 0x10 or ' 5 '.
	const count = /^\d{1,4}$/.test(request.count ?? '10') ? Number(request.count ?? '10') : Number.NaN;
	if (!Number.isInteger(count) || count < 1 || count > maxPackLevels)
		return fail(`--count takes a whole number from 1 to ${maxPackLevels}, not '${printable(request.count ?? '')}'`);
	if (request.seed === undefined || request.seed === '')
		return fail('generate needs --seed S (a number, or any text such as a student’s name)');
	if (request.out === undefined) return fail('generate needs --out DIR, the folder to write the pack to');
	const file = join(request.out, `${concept}.json`);
	if (existsSync(file) && !request.force) return fail(`${file} already exists; add --force to overwrite it`, 1);
	const others = levelsBeside(request.out, `${concept}.json`);
	if (others + count > maxPackLevels)
		return fail(
			`${request.out} already holds ${others} level${others === 1 ? '' : 's'}; ${count} more would pass the pack limit of ${maxPackLevels}, and the game would leave the rest out. Use --count ${Math.max(0, maxPackLevels - others)} or less, or another --out folder`,
			1,
		);
	const text = generatePackText(concept, count, seedFrom(request.seed));
	try {
		mkdirSync(request.out, {recursive: true});
		writeFileAtomically(file, text);
	} catch (error) {
		return fail(`could not write ${file} (${errnoCode(error) ?? 'error'})`, 1);
	}
	return {
		stdout: '',
		stderr: `${count} ${concept} level${count === 1 ? '' : 's'} written to ${file}; play them with --levels ${request.out}\n`,
		code: 0,
	};
}

/** Levels in the pack files of `dir` other than `except` (the file about to be replaced); 0 for a new folder. */
function levelsBeside(dir: string, except: string): number {
	let names: string[];
	try {
		names = readdirSync(dir).filter(name => name.endsWith('.json') && name !== except);
	} catch {
		return 0;
	}
	let total = 0;
	for (const name of names) {
		try {
			const levels = (JSON.parse(readFileSync(join(dir, name), 'utf8')) as {levels?: unknown}).levels;
			if (Array.isArray(levels)) total += levels.length;
		} catch {
			// Not a pack file: the game reports it when the pack is played; it holds no levels here.
		}
	}
	return total;
}

/** `practice [--concept NAME] [--seed S]`: what to start, or a one-line reason it can't. */
export function practiceRequest(flags: {
	readonly concept: string | undefined;
	readonly seed: string | undefined;
}): {readonly concept: Concept | undefined; readonly seed: number | undefined} | string {
	const {concept, seed} = flags;
	if (concept !== undefined && !isConcept(concept))
		return `no concept '${printable(concept)}'; one of: ${concepts.join(', ')}`;
	if (seed === '') return '--seed needs a number or a word';
	return {concept, seed: seed === undefined ? undefined : seedFrom(seed)};
}

export const run: Command = ({request}) => emit(generatePack(request.flags));
