import {conceptsCsv, scoreRows, scoresCsv, scoresJson} from '../../game/export.js';
import {conceptRows} from '../../game/practice/export-rows.js';
import type {Progress} from '../../game/progress.js';
import {printable} from '../../levels/clean-text.js';
import type {Language} from '../../levels/language.js';
import {type Level, levelErrorIn, loadLevelPack} from '../../levels/loader.js';
import {mistakeInWords} from '../../ui/practice-strings.js';
import {cliMessages} from '../cli-strings.js';
import {outTarget} from '../out-file.js';
import {packName} from '../pack-name.js';
import {describeCode, loadProgress, saveProgress, writeFileAtomically} from '../storage.js';
import {type Command, type CommandResult, emit, warn} from './output.js';

export type ExportRequest = {
	readonly levels: readonly Level[];
	readonly progress: Progress;
	readonly lang: Language;
	readonly format: string | undefined;
	readonly out: string | undefined;
	readonly force: boolean;
	/** CSV of the practice record, one row per concept, instead of the levels. */
	readonly concepts?: boolean;
	readonly appVersion: string;
	readonly now: Date;
	/** The pack's name, in the JSON and the first columns of the CSV beside the player's. */
	readonly pack?: string;
};

/**
 * `export --format json|csv [--concepts] [--out FILE] [--force]`: one row per level (JSON adds one
 * per practised concept; CSV gives those with --concepts), to stdout or a file.
 */
export function exportScores(request: ExportRequest): CommandResult {
	const format = request.format ?? 'json';
	if (format !== 'json' && format !== 'csv') {
		return {
			stdout: '',
			stderr: `backprop-quest: ${cliMessages[request.lang].unknownFormat(printable(format))}\n`,
			code: 2,
		};
	}
	const rows = scoreRows(request.levels, request.progress, request.lang);
	const concepts = conceptRows(request.progress, request.lang);
	const owner = {player: request.progress.playerName, pack: request.pack ?? 'built-in'};
	const text =
		format === 'json'
			? scoresJson(
					rows,
					{
						appVersion: request.appVersion,
						playerName: request.progress.playerName,
						exportedAt: request.now,
						pack: owner.pack,
					},
					concepts,
				)
			: request.concepts === true
				? conceptsCsv(concepts, owner, kind => mistakeInWords(kind, request.lang))
				: scoresCsv(rows, owner);
	if (request.out === undefined) return {stdout: text, stderr: '', code: 0};
	const t = cliMessages[request.lang];
	const target = outTarget(request.out, request.force, request.lang);
	if (!target.ok) return {stdout: '', stderr: `backprop-quest: ${target.problem}\n`, code: 1};
	const note = target.note === undefined ? '' : `backprop-quest: ${t.note}: ${target.note}\n`;
	try {
		writeFileAtomically(target.path, text, {mode: target.mode});
	} catch (error) {
		return {
			stdout: '',
			stderr: `backprop-quest: ${t.export.couldNotWrite(printable(request.out), describeCode(error, request.lang))}\n`,
			code: 1,
		};
	}
	return {stdout: '', stderr: `${note}${t.export.written(printable(request.out))}\n`, code: 0};
}

/** `export`: loads the pack and the progress (saving a new --name first), then prints or writes the scores. */
export const run: Command = ({request, lang, levelsDir, dataDir, appVersion}) => {
	const {flags} = request;
	const pack = loadLevelPack(levelsDir);
	if (pack.levels.length === 0) {
		process.stderr.write(`backprop-quest: ${cliMessages[lang].export.noLevels(levelsDir)}\n`);
		for (const error of pack.errors) process.stderr.write(`  ${levelErrorIn(lang)(error)}\n`);
		return 1;
	}
	warn(pack.errors.map(levelErrorIn(lang)), lang);
	const loaded = loadProgress(dataDir, new Date(), lang);
	warn(loaded.warnings, lang);
	let progress = loaded.progress;
	if (flags.name !== undefined) {
		progress = {...progress, playerName: flags.name};
		const warning = saveProgress(dataDir, progress, appVersion, new Date(), {lang});
		if (warning !== undefined) warn([warning], lang);
	}
	const code = emit(
		exportScores({
			...flags,
			levels: pack.levels,
			progress,
			lang,
			appVersion,
			now: new Date(),
			pack: packName(flags.levels),
		}),
	);
	// Scores for the good levels are out, but a pack with errors is still an error.
	return code === 0 && pack.errors.length > 0 ? 1 : code;
};
