import {basename} from 'node:path';
import {type Field, type UpdatePreview, withReach} from './answers.js';
import {printable} from './clean-text.js';
import type {BugTable} from './find-the-bug.js';
import {FormulaError, parseFormula, type Step} from './formula.js';
import type {Given} from './grad-check-fields.js';
import {buildGraph, GraphError, type LevelGraph} from './graph.js';
import {isJsonObject} from './json-object.js';
import type {Language, Localized} from './language.js';
import {kindEntry, type Report} from './level-kinds.js';
import {packLimits} from './limits.js';
import type {MatrixGraph} from './matrix-graph.js';
import {checkLabels, labelsIn, renamedSpec, renamedSteps} from './node-labels.js';
import {cleanPackJson, packFiles, readPackFile} from './pack-files.js';
import {type ChapterFile, chapterFileSchema, type LevelSpec, type Text} from './schema.js';
import {describeIssue, jsonPath} from './schema-issues.js';

export type Chapter = {
	readonly id: string;
	/** 1-based, in play order. */
	readonly number: number;
	readonly title: Text;
};

/** A level ready to play: its text, its engine graph and the fields derived from it. */
export type Level = {
	readonly id: string;
	readonly chapter: Chapter;
	readonly spec: LevelSpec;
	readonly steps: readonly Step[];
	readonly graph: LevelGraph | undefined;
	readonly fields: readonly Field[];
	/** The named nodes to draw, in graph order. */
	readonly view: readonly string[];
	readonly update: UpdatePreview | undefined;
	/** Numbers the level gives beside its drawing: a gradient check's h and forward values. */
	readonly given: readonly Given[] | undefined;
	/** A find-the-bug level's worked backward pass, one row planted wrong. */
	readonly table: BugTable | undefined;
	/** A matrix level's graph on the tensor engine (its fields are grids); undefined for the others. */
	readonly matrix?: MatrixGraph | undefined;
	/** Where the level came from, for messages. */
	readonly file: string;
	/**
	 * The language whose labels name this build's nodes (see node-labels.ts); undefined
	 * when the nodes go by their names as written. Its texts are then the ones that use those names.
	 */
	readonly labelledIn?: Language;
	/** The same level built with the names as written, when this build uses labels. */
	readonly asWritten?: Level;
};

/** A level whose player trains a model instead of typing answers: a lab or a one-weight descent. */
export type TrainingLevel = Level & {readonly spec: Extract<LevelSpec, {kind: 'lab' | 'descent'}>};

/** Whether a level is trained rather than answered (the lab screen plays it). */
export function isTrainingLevel(level: Level): level is TrainingLevel {
	return level.spec.kind === 'lab' || level.spec.kind === 'descent';
}

/** One problem in one file: `file: path: message`. */
export type LevelError = {
	readonly file: string;
	/** A JSON path such as `levels[2].ask[1]`; empty for the file as a whole. */
	readonly path: string;
	readonly message: string;
	/**
	 * The message in every language, for the problems a player meets before any
	 * level is read (a pack that is missing, unreadable, too large or not JSON);
	 * a problem inside a level is for its author and stays in English.
	 */
	readonly text?: Localized<string>;
};

export type LevelPack = {
	readonly levels: Level[];
	readonly errors: LevelError[];
	/** How many files were read. */
	readonly files: number;
};

/** One line, safe to print: file names and keys from a pack can hold anything, so control characters show as codes. */
export function formatLevelError(error: LevelError): string {
	return levelErrorIn('en')(error);
}

/** formatLevelError in a language: a problem that has its words in it is said in them. */
export function levelErrorIn(lang: Language): (error: LevelError) => string {
	return error => {
		const message = error.text?.[lang] ?? error.message;
		return printable(error.path === '' ? `${error.file}: ${message}` : `${error.file}: ${error.path}: ${message}`);
	};
}

/** A problem that has its words in every language. */
const localized = (file: string, path: string, text: Localized<string>): LevelError => ({
	file,
	path,
	message: text.en,
	text,
});

const packFull = (): Localized<string> => ({
	en: `a pack holds at most ${packLimits.levels} levels; this one and those after it are left out`,
	ko: `팩 하나에는 레벨이 ${packLimits.levels}개까지만 들어갑니다. 이 레벨부터 그 뒤는 모두 뺐습니다`,
});

/**
 * Loads a level file or every `*.json` in a folder, in file-name order.
 * Problems are collected, never thrown: a broken level never stops the others.
 */
export function loadLevelPack(target: string, options: LoadOptions = {}): LevelPack {
	const {files, problems} = packFiles(target);
	if (files.length === 0 && problems.length > 0) return {levels: [], errors: problems, files: 0};
	const levels: Level[] = [];
	const errors: LevelError[] = [...problems];
	const seen = new Map<string, string>();
	let chapterNumber = 0;
	for (const file of files) {
		// A full pack reads no more files: parsing them would only cost time and memory.
		if (levels.length >= packLimits.levels) {
			errors.push(
				localized(file, '', {
					en: `left out unread: the files before it already hold the ${packLimits.levels} levels a pack may have`,
					ko: `읽지 않고 뺐습니다. 앞의 파일들에 팩 하나가 가질 수 있는 레벨 ${packLimits.levels}개가 이미 있습니다`,
				}),
			);
			continue;
		}
		const read = readPackFile(file);
		if ('problem' in read) {
			errors.push(localized(file, '', read.problem));
			continue;
		}
		const text = read.text;
		const parsed = parseChapterFile(file, text, chapterNumber + 1, {
			...options,
			room: packLimits.levels - levels.length,
		});
		errors.push(...parsed.errors);
		if (parsed.levels.length > 0 || parsed.chapterValid) chapterNumber++;
		for (const [i, level] of parsed.levels.entries()) {
			const first = seen.get(level.id);
			if (first !== undefined) {
				errors.push(
					localized(file, `levels[${parsed.indices[i]}].id`, {
						en: `the id '${level.id}' is already used in ${basename(first)}`,
						ko: `${basename(first)}에서 이미 쓴 id입니다: '${level.id}'`,
					}),
				);
				continue;
			}
			if (levels.length === packLimits.levels) {
				errors.push(localized(file, `levels[${parsed.indices[i]}]`, packFull()));
				break;
			}
			seen.set(level.id, file);
			levels.push(level);
		}
	}
	return {levels, errors, files: files.length};
}

/** Parses one chapter file's text; `indices` maps each returned level to its position in the file. */
export function parseChapterFile(
	file: string,
	text: string,
	chapterNumber: number,
	options: LoadOptions = {},
): {levels: Level[]; indices: number[]; errors: LevelError[]; chapterValid: boolean} {
	const empty = {levels: [], indices: [], chapterValid: false};
	let json: unknown;
	try {
		// Editors on Windows may start a UTF-8 file with a byte-order mark; it is not part of the JSON.
		json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
	} catch (error) {
		return {
			...empty,
			errors: [invalidJson(file, error instanceof Error ? error.message : String(error), text)],
		};
	}
	// Terminal controls in any string are removed here, once, with a warning naming where they were.
	// Text the build loaded without a single problem, a removed control included, has none to remove.
	const trusted = options.trusted?.(text) === true;
	const cleaned: LevelError[] = [];
	if (!trusted) json = cleanPackJson(json, (path, message) => cleaned.push({file, path, message}));
	if (json === undefined) return {...empty, errors: cleaned};
	// Levels past the room left in the pack are never checked or built, only named.
	const room = options.room ?? packLimits.levels;
	const listed = isJsonObject(json) ? json.levels : undefined;
	if (isJsonObject(json) && Array.isArray(listed) && listed.length > room) {
		cleaned.push(localized(file, `levels[${room}]`, packFull()));
		json = {...json, levels: listed.slice(0, room)};
	}
	if (trusted) return chapterLevels(file, trustedChapterFile(json), chapterNumber, cleaned, options);
	const result = chapterFileSchema().safeParse(json, {reportInput: true});
	if (!result.success) {
		return {
			...empty,
			errors: [
				...cleaned,
				...result.error.issues.map(issue => ({file, path: jsonPath(issue.path), message: describeIssue(issue)})),
			],
		};
	}
	return chapterLevels(file, result.data, chapterNumber, cleaned, options);
}

/** A file's text that passed the schema check when the bundle was built (see LoadOptions.trusted). */
function trustedChapterFile(json: unknown): ChapterFile {
	// The one place the schema check is skipped, and only for text that passed it at build time.
	return json as ChapterFile;
}

/** The levels of a chapter file that passed the schema: each built now, or deferred. */
function chapterLevels(
	file: string,
	data: ChapterFile,
	chapterNumber: number,
	cleaned: readonly LevelError[],
	options: LoadOptions,
): {levels: Level[]; indices: number[]; errors: LevelError[]; chapterValid: boolean} {
	const chapter: Chapter = {id: data.chapter.id, number: chapterNumber, title: data.chapter.title};
	const levels: Level[] = [];
	const indices: number[] = [];
	const errors: LevelError[] = [...cleaned];
	const ids = new Set<string>();
	data.levels.forEach((spec, i) => {
		const at = (path: string) => `levels[${i}]${path}`;
		if (ids.has(spec.id)) {
			errors.push(
				localized(file, at('.id'), {
					en: `the id '${spec.id}' appears twice in this file`,
					ko: `이 파일에 같은 id가 두 번 나옵니다: '${spec.id}'`,
				}),
			);
			return;
		}
		ids.add(spec.id);
		if (options.defer === true) {
			levels.push(deferredLevel(spec, chapter, file, at, options.lang));
			indices.push(i);
			return;
		}
		const problems: {path: string; message: string}[] = [];
		const level = buildLevel(
			spec,
			chapter,
			file,
			(path, message) => problems.push({path: at(path), message}),
			options.lang,
		);
		if (problems.length > 0 || level === undefined) {
			errors.push(...problems.map(p => ({file, ...p})));
			return;
		}
		levels.push(level);
		indices.push(i);
	});
	return {levels, indices, errors, chapterValid: true};
}

export type LoadOptions = {
	/**
	 * Check the files against the schema now, but run each level's graph
	 * only when it is first read (or by finishDeferred). Keeps start-up short.
	 */
	readonly defer?: boolean;
	/**
	 * Whether a file's text is one that passed every check when the game was
	 * built: the shipped levels, unchanged. Its schema check is skipped, which
	 * saves start-up most of its time spent on the pack; any other text is checked.
	 */
	readonly trusted?: (text: string) => boolean;
	/** How many more levels the pack has room for; levels past it are named and left out. */
	readonly room?: number;
	/** The language the levels are played in: a level that labels its nodes is built with their labels in it. */
	readonly lang?: Language;
};

const deferredBuilds = new WeakMap<Level, () => LevelError[]>();

function deferredLevel(
	spec: LevelSpec,
	chapter: Chapter,
	file: string,
	at: (path: string) => string,
	lang: Language | undefined,
): Level {
	let built: Level | undefined;
	const problems: LevelError[] = [];
	const build = (): Level => {
		built ??=
			buildLevel(spec, chapter, file, (path, message) => problems.push({file, path: at(path), message}), lang) ??
			withoutGraph({id: spec.id, chapter, spec, file});
		return built;
	};
	const level: Level = {
		id: spec.id,
		chapter,
		spec,
		file,
		get steps() {
			return build().steps;
		},
		get graph() {
			return build().graph;
		},
		get fields() {
			return build().fields;
		},
		get view() {
			return build().view;
		},
		get update() {
			return build().update;
		},
		get given() {
			return build().given;
		},
		get table() {
			return build().table;
		},
		get matrix() {
			return build().matrix;
		},
	};
	deferredBuilds.set(level, () => {
		build();
		return problems;
	});
	return level;
}

/** Builds every deferred level now; a level whose graph has problems is broken and can't be played. */
export function finishDeferred(levels: readonly Level[]): {brokenIds: string[]; errors: LevelError[]} {
	const brokenIds: string[] = [];
	const errors: LevelError[] = [];
	for (const level of levels) {
		const problems = deferredBuilds.get(level)?.() ?? [];
		if (problems.length > 0) {
			brokenIds.push(level.id);
			errors.push(...problems);
		}
	}
	return {brokenIds, errors};
}

/** A level with no formula graph: a lab, or a level whose graph could not be built. */
function withoutGraph(base: Pick<Level, 'id' | 'chapter' | 'spec' | 'file'>): Level {
	return {
		...base,
		steps: [],
		graph: undefined,
		fields: [],
		view: [],
		update: undefined,
		given: undefined,
		table: undefined,
	};
}

/**
 * Builds a level; in a language its nodes have labels in, builds it once more with
 * the labels as the names (the first build checks the level as written).
 */
function buildLevel(
	spec: LevelSpec,
	chapter: Chapter,
	file: string,
	reportTo: Report,
	lang: Language = 'en',
): Level | undefined {
	const level = buildNamed(spec, chapter, file, reportTo);
	const labels = labelsIn(spec, lang);
	if (level === undefined || labels.size === 0) return level;
	const steps = renamedSteps(level.steps, labels);
	const labelled = buildNamed(renamedSpec(spec, labels), chapter, file, reportTo, steps);
	return labelled === undefined ? undefined : {...labelled, labelledIn: lang, asWritten: level};
}

/** Builds a level from its spec, with the formula's steps already parsed when they are given. */
function buildNamed(
	spec: LevelSpec,
	chapter: Chapter,
	file: string,
	reportTo: Report,
	parsed?: Step[],
): Level | undefined {
	let failed = false;
	const report: Report = (path, message) => {
		failed = true;
		reportTo(path, message);
	};
	const base = {id: spec.id, chapter, spec, file};
	const kind = kindEntry(spec);
	kind.check?.(spec, report);
	if (kind.matrix !== undefined) {
		const built = kind.matrix(spec, report);
		if (built === undefined || failed) return undefined;
		return {...withoutGraph(base), ...built, fields: withReach(built.fields)};
	}
	// (Testing the kind as well tells the compiler the spec has a formula.)
	if (kind.graph === undefined || spec.kind === 'lab' || spec.kind === 'matrix')
		return failed ? undefined : withoutGraph(base);
	const rules = kind.graph;

	let steps: Step[];
	try {
		steps = parsed ?? parseFormula(spec.formula);
	} catch (error) {
		if (error instanceof FormulaError) {
			report('.formula', error.message);
			return undefined;
		}
		throw error;
	}
	let graph: LevelGraph;
	try {
		graph = buildGraph(steps, spec.inputs);
	} catch (error) {
		if (error instanceof GraphError || error instanceof FormulaError) {
			report('.formula', error.message);
			return undefined;
		}
		throw error;
	}
	const checkName = (path: string, name: string) => {
		if (!graph.byName.has(name)) report(path, `'${name}' is not a node of the graph`);
	};
	if (spec.output !== undefined) checkName('.output', spec.output);
	for (const [j, name] of (spec.view ?? []).entries()) checkName(`.view[${j}]`, name);
	for (const [path, name] of rules.names(spec)) checkName(path, name);
	checkLabels(spec, graph, report);
	// The field builders below assume every name exists.
	if (failed) return undefined;
	try {
		const outputGraph = spec.output === undefined ? graph : buildGraph(steps, spec.inputs, spec.output);
		const {fields, update, given, table} = rules.build(outputGraph, steps, spec, report);
		const ids = fields.map(f => f.id);
		for (const key of Object.keys(spec.fieldHints ?? {})) {
			if (!ids.includes(key))
				report(`.fieldHints.${key}`, `'${key}' is not a field of this level; its fields are ${ids.join(', ')}`);
		}
		for (const field of fields) {
			if (!Number.isFinite(field.expected))
				report('.formula', `the answer for ${field.label} is not finite at the given inputs`);
		}
		if (failed) return undefined;
		const view = spec.view ?? outputGraph.nodes.map(n => n.name);
		return {...base, steps, graph: outputGraph, fields: withReach(fields), view, update, given, table};
	} catch (error) {
		if (error instanceof GraphError) {
			report(rules.graphErrorAt, error.message);
			return undefined;
		}
		throw error;
	}
}

/**
 * A file that is not JSON. JSON.parse's "at position N" becomes a line and
 * column a person can find; in Korean only where it is, since the parser's own
 * words are English.
 */
function invalidJson(file: string, message: string, text: string): LevelError {
	const match = /at position (\d+)/.exec(message);
	if (match === null) return localized(file, '', {en: `invalid JSON: ${message}`, ko: 'JSON 형식이 아닙니다'});
	const before = text.slice(0, Number(match[1]));
	const line = before.split('\n').length;
	const column = before.length - before.lastIndexOf('\n');
	return localized(file, '', {
		en: `invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, ` at line ${line}, column ${column}`)}`,
		ko: `JSON 형식이 아닙니다: ${line}행 ${column}열`,
	});
}
