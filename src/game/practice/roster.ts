// A class set: one seeded pack per student, the answer key beside them and a
// printable worksheet each. Pure: the command writes what these return.

import {formatNumber} from '../../levels/format.js';
import type {Language} from '../../levels/language.js';
import type {Level} from '../../levels/loader.js';
import {answerText} from '../../levels/typed-answers.js';
import {type Concept, conceptNames} from './concepts.js';
import {generateLevel, packDifficulty} from './generate.js';
import {hashText} from './random.js';

/** The most students one roster may list: past a class, it is more likely the wrong file. */
export const maxRosterStudents = 500;

export type Student = {
	readonly name: string;
	/** The student's folder name: the name's letters and digits, lower case, joined by hyphens. */
	readonly folder: string;
};

/** Why a roster can't be used, or its students. */
export type RosterResult =
	| {readonly ok: true; readonly students: readonly Student[]}
	| {
			readonly ok: false;
			readonly problem:
				| {readonly kind: 'empty'}
				| {readonly kind: 'too-many'; readonly count: number}
				| {readonly kind: 'no-letters'; readonly line: number}
				| {readonly kind: 'same-folder'; readonly line: number; readonly first: string; readonly folder: string};
	  };

/** A folder name from a student's name; any script's letters are kept (김민지 stays 김민지). */
export function studentFolder(name: string): string {
	return name
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
}

/** One student a line; blank lines and lines starting with # are skipped; a CSV line's first cell is the name. */
export function parseRoster(text: string): RosterResult {
	const students: Student[] = [];
	const byFolder = new Map<string, string>();
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	for (const [i, raw] of lines.entries()) {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) continue;
		const name = (line.split(',')[0] ?? '').trim();
		const folder = studentFolder(name);
		if (folder === '') return {ok: false, problem: {kind: 'no-letters', line: i + 1}};
		const first = byFolder.get(folder);
		if (first !== undefined) return {ok: false, problem: {kind: 'same-folder', line: i + 1, first, folder}};
		byFolder.set(folder, name);
		students.push({name, folder});
	}
	if (students.length === 0) return {ok: false, problem: {kind: 'empty'}};
	if (students.length > maxRosterStudents) return {ok: false, problem: {kind: 'too-many', count: students.length}};
	return {ok: true, students};
}

/**
 * A student's seed: from the name and the concepts (and the teacher's --seed, when given),
 * so the same roster gives the same packs and another concept set gives new numbers.
 */
export function studentSeed(name: string, concepts: readonly Concept[], extra = ''): number {
	return hashText(`${name.normalize('NFC')}|${concepts.join(',')}|${extra}`);
}

/** One concept's levels of a student's pack. */
export type StudentPack = {
	readonly concept: Concept;
	readonly levels: readonly Level[];
};

/**
 * A student's levels for each concept, ramping from easy to hard. Level i of a concept has
 * the same difficulty for every student, so a class works through comparable exercises.
 */
export function studentPacks(concepts: readonly Concept[], count: number, seed: number): StudentPack[] {
	return concepts.map(concept => ({
		concept,
		levels: Array.from({length: count}, (_, i) => generateLevel(concept, seed, i, packDifficulty(i, count)).level),
	}));
}

/** One row of the answer key. */
export type KeyRow = {
	readonly student: string;
	readonly seed: number;
	readonly concept: Concept;
	readonly level: string;
	readonly title: string;
	readonly field: string;
	/** What the student types: a number to 4 significant figures, or a formula or word. */
	readonly answer: number | string;
	/** The worked step, and the level's explanation the pack withholds. */
	readonly working: string;
	readonly explanation: string;
};

export const keyColumns: readonly (keyof KeyRow)[] = [
	'student',
	'seed',
	'concept',
	'level',
	'title',
	'field',
	'answer',
	'working',
	'explanation',
];

/** A number stays a number, so a spreadsheet sorts and sums it (and never reads −2 as a formula). */
const keyAnswer = (text: string) => (/^-?\d+(\.\d+)?(e[-+]?\d+)?$/.test(text) ? Number(text) : text);

export function keyRows(student: Student, seed: number, packs: readonly StudentPack[], lang: Language): KeyRow[] {
	return packs.flatMap(({concept, levels}) =>
		levels.flatMap(level =>
			level.fields.map(field => ({
				student: student.name,
				seed,
				concept,
				level: level.id,
				title: level.spec.title[lang],
				field: field.label,
				answer: keyAnswer(answerText(field, 4)),
				working: field.work,
				explanation: level.spec.explain[lang],
			})),
		),
	);
}

type WorksheetWords = {
	readonly title: (student: string) => string;
	readonly about: (concepts: string, seed: number, folder: string) => string;
	readonly given: string;
	readonly table: string;
	readonly local: string;
	readonly gradient: string;
	readonly wrongRow: string;
};

const words: Record<Language, WorksheetWords> = {
	en: {
		title: student => `Backpropagation practice: ${student}`,
		about: (concepts, seed, folder) =>
			`Concepts: ${concepts}. Seed ${seed}. Work each level by hand and write every answer to 3 significant figures; check them by playing \`backprop-quest --levels ${folder}\`.`,
		given: 'Given',
		table: 'The backward pass, one row planted wrong',
		local: 'local',
		gradient: 'gradient',
		wrongRow: 'the first wrong row',
	},
	ko: {
		title: student => `역전파 연습: ${student}`,
		about: (concepts, seed, folder) =>
			`개념: ${concepts}. 시드 ${seed}. 레벨마다 손으로 풀고 답은 유효숫자 세 자리로 적으세요. \`backprop-quest --levels ${folder}\`로 게임에서 확인할 수 있습니다.`,
		given: '주어진 값',
		table: '역전파 표 (한 줄이 틀렸습니다)',
		local: '국소 기울기',
		gradient: '기울기',
		wrongRow: '처음 틀린 행',
	},
};

/** A printable worksheet: each level's introduction and a blank per answer, in the pack's order. */
export function worksheet(
	student: Student,
	seed: number,
	packs: readonly StudentPack[],
	lang: Language,
	folder: string,
): string {
	const w = words[lang];
	const names = packs.map(p => conceptNames[p.concept][lang]).join(', ');
	const out = [`# ${w.title(student.name)}`, '', w.about(names, seed, folder), ''];
	let n = 0;
	for (const {levels} of packs)
		for (const level of levels) {
			n++;
			out.push(`## ${n}. ${level.spec.title[lang]}`, '', level.spec.intro[lang], '');
			const given = level.given ?? [];
			if (given.length > 0)
				out.push(`${w.given}: ${given.map(g => `${g.label} = ${formatNumber(g.value, 6)}`).join(', ')}`, '');
			const table = level.table;
			if (table !== undefined) {
				out.push(`${w.table}:`, '');
				for (const row of table.rows) {
					const locals = row.locals.map(l => `∂${l.of}/∂${row.node} = ${formatNumber(l.local)}`).join(', ');
					out.push(
						`- ${row.node} = ${formatNumber(row.value)}${locals === '' ? '' : `; ${w.local} ${locals}`}; ${w.gradient} ∂${table.output}/∂${row.node} = ${formatNumber(row.shown)}`,
					);
				}
				out.push('', `- ${w.wrongRow}: ________`);
			}
			for (const field of level.fields) out.push(`- ${field.label} = ________`);
			out.push('');
		}
	return out.join('\n');
}
