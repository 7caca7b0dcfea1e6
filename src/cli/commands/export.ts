import {conceptsCsv, scoreRows, scoresCsv, scoresJson} from '../../game/export.js';
import {conceptRows} from '../../game/practice/export-rows.js';
import type {Progress} from '../../game/progress.js';
import type {Language} from '../../levels/language.js';
import type {Level} from '../../levels/loader.js';
import {outTarget} from '../out-file.js';
import {describeCode, writeFileAtomically} from '../storage.js';
import type {CommandResult} from './output.js';

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
};

/**
 * `export --format json|csv [--concepts] [--out FILE] [--force]`: one row per level (JSON adds one
 * per practised concept; CSV gives those with --concepts), to stdout or a file.
 */
export function exportScores(request: ExportRequest): CommandResult {
	const format = request.format ?? 'json';
	if (format !== 'json' && format !== 'csv') {
		return {stdout: '', stderr: `backprop-quest: --format takes json or csv, not '${format}'\n`, code: 2};
	}
	const rows = scoreRows(request.levels, request.progress, request.lang);
	const concepts = conceptRows(request.progress, request.lang);
	const text =
		format === 'json'
			? scoresJson(
					rows,
					{
						appVersion: request.appVersion,
						playerName: request.progress.playerName,
						exportedAt: request.now,
					},
					concepts,
				)
			: request.concepts === true
				? conceptsCsv(concepts)
				: scoresCsv(rows);
	if (request.out === undefined) return {stdout: text, stderr: '', code: 0};
	const target = outTarget(request.out, request.force);
	if (!target.ok) return {stdout: '', stderr: `backprop-quest: ${target.problem}\n`, code: 1};
	try {
		writeFileAtomically(target.path, text);
	} catch (error) {
		return {
			stdout: '',
			stderr: `backprop-quest: could not write ${request.out} (${describeCode(error)}); nothing was written\n`,
			code: 1,
		};
	}
	return {stdout: '', stderr: `scores written to ${request.out}\n`, code: 0};
}
