import {existsSync, mkdirSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {itemAt} from '../../engine/checked.js';
import {csvTable} from '../../game/export.js';
import {type Concept, concepts, isConcept} from '../../game/practice/concepts.js';
import {generatePackText, packText, seedFrom} from '../../game/practice/generate.js';
import {
	type KeyRow,
	keyColumns,
	keyRows,
	maxRosterStudents,
	parseRoster,
	studentPacks,
	studentSeed,
	worksheet,
} from '../../game/practice/roster.js';
import {withheldSpec} from '../../game/practice/withhold.js';
import {printable} from '../../levels/clean-text.js';
import {errnoCode} from '../../levels/errno.js';
import {isJsonObject} from '../../levels/json-object.js';
import type {Language} from '../../levels/language.js';
import {writeFileAtomically} from '../storage.js';
import {type TeacherMessages, teacherMessages} from '../teacher-strings.js';
import {type Command, type CommandResult, emit} from './output.js';

export type GenerateRequest = {
	/** One concept, or several joined by commas. */
	readonly concept: string | undefined;
	readonly count: string | undefined;
	readonly seed: string | undefined;
	readonly out: string | undefined;
	readonly force: boolean;
	/** A file of student names, one a line: one pack each. */
	readonly roster?: string | undefined;
};

/** The most levels one pack holds: more would only be a longer file of the same exercise. */
export const maxPackLevels = 200;

const fail = (message: string, code = 2): CommandResult => ({stdout: '', stderr: `backprop-quest: ${message}\n`, code});

/** The concepts a --concept value names, or why it names none. */
function readConcepts(value: string | undefined, t: TeacherMessages): Concept[] | string {
	const known = concepts.join(', ');
	if (value === undefined) return t.needsConcept(known);
	const names = value.split(',').map(name => name.trim());
	for (const name of names) if (!isConcept(name)) return t.unknownConcept(printable(name), known);
	const chosen = new Set<Concept>();
	for (const name of names) if (isConcept(name)) chosen.add(name);
	return [...chosen];
}

/**
 * `generate --concept NAME[,NAME…] (--seed S | --roster FILE) --out DIR [--count N] [--force]`:
 * a level pack of practice levels, `DIR/NAME.json` per concept (the same seed writes the same
 * bytes); with a roster, one such pack per student in `DIR/<student>/`, a worksheet beside each,
 * and the class's answer key in `DIR/answers.csv`.
 */
export function generatePack(request: GenerateRequest, lang: Language = 'en'): CommandResult {
	const t = teacherMessages[lang];
	const chosen = readConcepts(request.concept, t);
	if (typeof chosen === 'string') return fail(chosen);
	// Digits only: Number() would also take 1e2, 0x10 or ' 5 '.
	const count = /^\d{1,4}$/.test(request.count ?? '10') ? Number(request.count ?? '10') : Number.NaN;
	if (!Number.isInteger(count) || count < 1 || count > maxPackLevels)
		return fail(t.badCount(maxPackLevels, printable(request.count ?? '')));
	if (request.roster === undefined && (request.seed === undefined || request.seed === '')) return fail(t.needsSeed);
	if (request.out === undefined) return fail(t.needsOut);
	if (request.roster !== undefined)
		return generateClass({...request, out: request.out, roster: request.roster}, chosen, count, t, lang);
	const out = request.out;
	const files = chosen.map(concept => join(out, `${concept}.json`));
	for (const file of files) if (existsSync(file) && !request.force) return fail(t.exists(file), 1);
	const others = levelsBeside(out, new Set(chosen.map(c => `${c}.json`)));
	const total = count * chosen.length;
	if (others + total > maxPackLevels)
		return fail(
			t.packLimit(out, others, total, maxPackLevels, Math.floor(Math.max(0, maxPackLevels - others) / chosen.length)),
			1,
		);
	const seed = seedFrom(request.seed ?? '');
	const lines: string[] = [];
	for (const [i, concept] of chosen.entries()) {
		const file = itemAt(files, i);
		const problem = writePackFile(out, file, generatePackText(concept, count, seed), t);
		if (problem !== undefined) return problem;
		lines.push(t.written(count, concept, file, out));
	}
	return {stdout: '', stderr: `${lines.join('\n')}\n`, code: 0};
}

function writePackFile(dir: string, file: string, text: string, t: TeacherMessages): CommandResult | undefined {
	try {
		mkdirSync(dir, {recursive: true});
		writeFileAtomically(file, text);
		return undefined;
	} catch (error) {
		return fail(t.couldNotWrite(file, errnoCode(error) ?? 'error'), 1);
	}
}

/** One pack per roster line, each with its worksheet, and the answer key for the class. */
function generateClass(
	request: GenerateRequest & {readonly out: string; readonly roster: string},
	chosen: readonly Concept[],
	count: number,
	t: TeacherMessages,
	lang: Language,
): CommandResult {
	const rosterFile = request.roster;
	const r = t.roster;
	const total = count * chosen.length;
	if (total > maxPackLevels)
		return fail(t.studentLimit(total, maxPackLevels, Math.floor(maxPackLevels / chosen.length)));
	let text: string;
	try {
		text = readFileSync(rosterFile, 'utf8');
	} catch (error) {
		return fail(r.unreadable(printable(rosterFile), errnoCode(error) ?? 'error'), 1);
	}
	const roster = parseRoster(text);
	const shown = printable(rosterFile);
	if (!roster.ok) {
		const p = roster.problem;
		return fail(
			p.kind === 'empty'
				? r.empty(shown)
				: p.kind === 'too-many'
					? r.tooMany(shown, p.count, maxRosterStudents)
					: p.kind === 'no-letters'
						? r.noLetters(shown, p.line)
						: r.sameFolder(shown, p.line, printable(p.first), p.folder),
			1,
		);
	}
	const keyFile = join(request.out, 'answers.csv');
	const targets = [keyFile, ...roster.students.map(s => join(request.out, s.folder))];
	for (const target of targets) if (existsSync(target) && !request.force) return fail(t.exists(target), 1);
	const lines: string[] = [];
	const key: KeyRow[] = [];
	for (const student of roster.students) {
		const seed = studentSeed(student.name, chosen, request.seed ?? '');
		const packs = studentPacks(chosen, count, seed);
		const folder = join(request.out, student.folder);
		for (const {concept, levels} of packs) {
			const problem = writePackFile(
				folder,
				join(folder, `${concept}.json`),
				packText(concept, levels.map(withheldSpec)),
				t,
			);
			if (problem !== undefined) return problem;
		}
		const sheet = worksheet(student, seed, packs, lang, folder);
		const problem = writePackFile(folder, join(folder, 'worksheet.md'), sheet, t);
		if (problem !== undefined) return problem;
		key.push(...keyRows(student, seed, packs, lang));
		lines.push(r.student(printable(student.name), seed, folder, total));
	}
	const problem = writePackFile(request.out, keyFile, csvTable(keyColumns, key), t);
	if (problem !== undefined) return problem;
	lines.push(r.done(roster.students.length, keyFile));
	return {stdout: '', stderr: `${lines.join('\n')}\n`, code: 0};
}

/** Levels in the pack files of `dir` other than those in `except` (about to be replaced); 0 for a new folder. */
function levelsBeside(dir: string, except: ReadonlySet<string>): number {
	let names: string[];
	try {
		names = readdirSync(dir).filter(name => name.endsWith('.json') && !except.has(name));
	} catch {
		return 0;
	}
	let total = 0;
	for (const name of names) {
		try {
			const pack: unknown = JSON.parse(readFileSync(join(dir, name), 'utf8'));
			const levels = isJsonObject(pack) ? pack.levels : undefined;
			if (Array.isArray(levels)) total += levels.length;
		} catch {
			// Not a pack file: the game reports it when the pack is played; it holds no levels here.
		}
	}
	return total;
}

/** `practice [--concept NAME] [--seed S]`: what to start, or a one-line reason it can't. */
export function practiceRequest(
	flags: {
		readonly concept: string | undefined;
		readonly seed: string | undefined;
	},
	lang: Language = 'en',
): {readonly concept: Concept | undefined; readonly seed: number | undefined} | string {
	const {concept, seed} = flags;
	if (concept !== undefined && !isConcept(concept))
		return teacherMessages[lang].unknownConcept(printable(concept), concepts.join(', '));
	if (seed === '') return '--seed needs a number or a word';
	return {concept, seed: seed === undefined ? undefined : seedFrom(seed)};
}

export const run: Command = ({request, lang}) => emit(generatePack(request.flags, lang));
