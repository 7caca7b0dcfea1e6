import {readFileSync} from 'node:fs';
import {basename, extname} from 'node:path';
import {type ClassReport, classReport, readExport, type StudentExport} from '../../game/class-report.js';
import {csvTable} from '../../game/export.js';
import {conceptNames, isConcept} from '../../game/practice/concepts.js';
import {printable} from '../../levels/clean-text.js';
import {errnoCode} from '../../levels/errno.js';
import type {Language} from '../../levels/language.js';
import {mistakeInWords, practiceMessages} from '../../ui/practice-strings.js';
import {teacherMessages} from '../teacher-strings.js';
import {type Command, type CommandResult, emit} from './output.js';

export type ClassRequest = {
	readonly files: readonly string[];
	readonly format: string | undefined;
	readonly lang: Language;
};

const fail = (message: string, code: number): CommandResult => ({
	stdout: '',
	stderr: `backprop-quest: ${message}\n`,
	code,
});

/** A concept's name in the language; a code this version doesn't know stays as it is. */
const conceptName = (code: string, lang: Language) => (isConcept(code) ? conceptNames[code][lang] : code);

/** A kind of answer field in words; a kind this version doesn't know stays as it is. */
function fieldKind(code: string, lang: Language): string {
	const kinds: Readonly<Record<string, string>> = teacherMessages[lang].classReport.fieldKinds;
	return Object.hasOwn(kinds, code) ? (kinds[code] ?? code) : code;
}

const percent = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

/** `class FILE… [--format csv|md]`: one report from several students' exports. */
export function classCommand(request: ClassRequest): CommandResult {
	const t = teacherMessages[request.lang].classReport;
	const format = request.format ?? 'csv';
	if (format !== 'csv' && format !== 'md') return fail(t.badFormat(printable(format)), 2);
	if (request.files.length === 0) return fail(t.needsFiles, 2);
	const exports: StudentExport[] = [];
	const notes: string[] = [];
	for (const file of request.files) {
		let text: string;
		try {
			text = readFileSync(file, 'utf8');
		} catch (error) {
			return fail(t.unreadable(printable(file), errnoCode(error) ?? 'error'), 1);
		}
		const read = readExport(text, basename(file, extname(file)));
		if (read === undefined) return fail(t.notExport(printable(file)), 1);
		if (!read.named) notes.push(`backprop-quest: note: ${t.noName(printable(file))}\n`);
		exports.push(read.data);
	}
	const report = classReport(exports);
	const stdout = format === 'csv' ? reportCsv(report, request.lang) : reportMarkdown(report, request.lang);
	return {stdout, stderr: notes.join(''), code: 0};
}

function reportCsv(report: ClassReport, lang: Language): string {
	const columns = [
		'student',
		'pack',
		'concept',
		'name',
		'attempts',
		'right',
		'firstTimeAccuracy',
		'topMistake',
		'topMistakeCount',
		'weakestField',
		'weakestFieldAccuracy',
	] as const;
	const share = (x: number | null) => (x === null ? '' : Math.round(x * 1000) / 1000);
	const rows = report.rows.map(r => ({
		...r,
		name: conceptName(r.concept, lang),
		firstTimeAccuracy: share(r.firstTimeAccuracy),
		topMistake: r.topMistake === '' ? '' : mistakeInWords(r.topMistake, lang),
		weakestField: r.weakestField === '' ? '' : fieldKind(r.weakestField, lang),
		weakestFieldAccuracy: share(r.weakestFieldAccuracy),
	}));
	return csvTable(columns, rows);
}

/** A Markdown table cell: pipes and line breaks would end the cell or the row. */
const cell = (text: string) => text.replaceAll('|', '\\|').replace(/[\r\n]+/g, ' ');

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
	return [
		`| ${headers.map(cell).join(' | ')} |`,
		`|${headers.map(() => '---').join('|')}|`,
		...rows.map(row => `| ${row.map(cell).join(' | ')} |`),
	];
}

function reportMarkdown(report: ClassReport, lang: Language): string {
	const t = teacherMessages[lang].classReport;
	const p = practiceMessages[lang];
	const out = [`# ${t.title}`, '', t.studentsLine(report.students, report.concepts.length), ''];
	if (report.rows.length === 0) out.push(t.noAnswers, '');
	else
		out.push(
			...table(
				t.headers,
				report.rows.map(r => [
					r.student,
					conceptName(r.concept, lang),
					String(r.attempts),
					percent(r.firstTimeAccuracy),
					r.weakestField === '' ? '—' : `${fieldKind(r.weakestField, lang)} ${percent(r.weakestFieldAccuracy)}`,
					r.topMistake === '' ? t.none : p.mistakeCount(mistakeInWords(r.topMistake, lang), r.topMistakeCount),
					r.pack,
				]),
			),
			'',
		);
	out.push(`## ${t.misconceptions}`, '');
	if (report.mistakes.length === 0) out.push(t.misconceptionsNone, '');
	else
		out.push(
			...table(
				t.mistakeHeaders,
				report.mistakes.map(m => [
					conceptName(m.concept, lang),
					mistakeInWords(m.mistake, lang),
					String(m.count),
					String(m.students),
				]),
			),
			'',
		);
	if (report.fields.length > 0)
		out.push(
			`### ${t.fieldsTitle}`,
			'',
			...table(
				t.fieldHeaders,
				report.fields.map(f => [
					conceptName(f.concept, lang),
					fieldKind(f.field, lang),
					percent(f.accuracy),
					String(f.students),
					f.weakestStudent,
				]),
			),
			'',
		);
	return out.join('\n');
}

export const run: Command = ({request, lang}) =>
	emit(classCommand({files: request.positionals, format: request.flags.format, lang}));
