import type {Language} from '../../levels/language.js';
import {type LevelPack, levelErrorIn, loadLevelPack} from '../../levels/loader.js';
import {padEndToWidth} from '../../ui/text-width.js';
import {cliMessages} from '../cli-strings.js';
import {type Command, type CommandResult, emit} from './output.js';

/** `list`: the levels in play order, as a table or as JSON. */
export function listLevels(pack: LevelPack, lang: Language, json: boolean): CommandResult {
	const rows = pack.levels.map((level, i) => ({
		number: i + 1,
		id: level.id,
		chapter: level.chapter.id,
		chapterNumber: level.chapter.number,
		chapterTitle: level.chapter.title[lang].replace(/\s/g, ' '),
		kind: level.spec.kind,
		// Titles are clean text already; a line break in one would still break the table's line.
		title: level.spec.title[lang].replace(/\s/g, ' '),
	}));
	const warnings = pack.errors.map(e => `${cliMessages[lang].warning}: ${levelErrorIn(lang)(e)}\n`).join('');
	// A pack with problems (or no pack at all) is an error for scripts, though the good levels are listed.
	const code = pack.errors.length > 0 ? 1 : 0;
	if (json) return {stdout: `${JSON.stringify(rows, null, 2)}\n`, stderr: warnings, code};
	const idWidth = Math.max(2, ...rows.map(r => r.id.length));
	const lines = rows.map(
		r =>
			`${String(r.number).padStart(3)}  ${r.chapterNumber}. ${padEndToWidth(r.chapterTitle, 22)} ${r.id.padEnd(idWidth)}  ${r.kind.padEnd(9)}  ${r.title}`,
	);
	return {stdout: lines.length === 0 ? '' : `${lines.join('\n')}\n`, stderr: warnings, code};
}

export const run: Command = ({request, levelsDir, lang}) =>
	emit(listLevels(loadLevelPack(levelsDir), lang, request.flags.json));
