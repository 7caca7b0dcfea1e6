// Every word the game shows, in English and Korean. Level text lives in the
// level files; this is the game's own voice. Each language's table is its own
// module (strings-en.ts, strings-ko.ts), loaded before the game draws in it, so
// a start in one language never parses the other.

import type {FastestComparison} from '../game/lab/fastest-rate.js';
import type {LabMeasure} from '../game/lab/session.js';
import type {LabUnit} from '../game/lab/units.js';
import {type LazyModule, lazyModule} from '../game/lazy-module.js';
import type {FieldRole} from '../levels/answers.js';
import type {ChainLink, Detour} from '../levels/chain-links.js';
import type {Diagnosis, MistakeParams, MistakeReason} from '../levels/diagnosis.js';
import type {Language, Localized} from '../levels/language.js';
import type {LevelKind} from '../levels/schema.js';

/** A message for every diagnosed mistake, each reading only its own reason's parameters. */
export type MistakeMessages = {readonly [R in MistakeReason]: (p: MistakeParams[R]) => string};

/** The numbers of a weight update's preview: the step, and the error before it. */
type UpdateStep = {
	readonly param: string;
	readonly before: string;
	readonly after: string;
	readonly errorBefore: string;
	/** Which way the step went, or '' for no step. */
	readonly direction: string;
};

/** One text per level kind: a new kind fails to compile until it has its words. */
type KindTable = {readonly [kind in LevelKind]: string};

export type Messages = {
	readonly appName: string;
	readonly tagline: string;
	readonly continueLabel: (title: string) => string;
	readonly allSolved: string;
	readonly progress: (solved: number, total: number, points: number) => string;
	readonly statusNew: string;
	readonly statusSeen: string;
	/** The kind's one-word name on the menu. */
	readonly kindLabel: KindTable;
	readonly chapter: (n: number, title: string) => string;
	readonly levelOf: (n: number, total: number) => string;
	readonly warningsTitle: (n: number) => string;
	/** The line above a level's answer fields. */
	readonly askFor: KindTable;
	readonly graphLegend: string;
	/** A legend line for a `⋯` on a wire: the part of the graph it stands for. */
	readonly hiddenPart: (symbol: string, text: string) => string;
	/** Under a matrix drawing: the ? of `names` stand for values worked out from an answer still to give, not for fields. */
	readonly followsLegend: (names: string) => string;
	/** The network figure's line styles for the asked paths. */
	readonly pathLegend: {readonly e1: string; readonly e2: string};
	/** Before the inputs' values when the graph is listed instead of drawn. */
	readonly given: string;
	/** The one line left when the terminal has no room for the drawing. */
	readonly drawingHidden: string;
	/** A formula field got no formula in its names; `name` is a name it does not know. */
	readonly notAFormula: (names: string, name: string | undefined) => string;
	/** A field answered with one of a few words got another. */
	/** What a word field takes (its words in every language; each table names its own). */
	readonly notAChoice: (words: Localized<readonly string[]>) => string;
	/** After a formula field's box: the names it accepts. */
	readonly inNames: (names: string) => string;
	/** Beside a factor of a long chain: which one it is and what it is. */
	readonly chainLink: (link: ChainLink) => string;
	/** Under a link people often take a detour through a weight for: the one factor it is. */
	readonly detour: (d: Detour) => string;
	/** A find-the-bug level's table: its column heads. */
	readonly bugTable: {
		readonly node: string;
		readonly value: string;
		readonly local: string;
		readonly gradient: (output: string) => string;
	};
	readonly pickRowFirst: string;
	readonly bugFound: (node: string) => string;
	/** A picked row that is not the planted one; `output` for the top row, whose gradient is 1 by definition. */
	readonly notThisRow: (node: string, output: boolean) => string;
	/** Before the planted mistake's own message, once its row is fixed. */
	readonly bugNamed: string;
	/** What was typed (or the draft checked) is not a number; it costs nothing. */
	readonly notANumber: (typed: string) => string;
	/** Hangul typed into an answer field, quoted: the keyboard is on Korean input. */
	readonly switchToLatin: (typed: string) => string;
	/** Under answer fields that scroll: how many lines are out of view above and below. */
	readonly moreAnswerLines: (above: number, below: number) => string;
	/** After "not quite", while hints are left. */
	readonly hintKey: string;
	readonly emptyAnswer: string;
	/** Enter on a grid answer already checked, its ✗ cells as they were. */
	readonly unchangedGrid: string;
	/** A row or a matrix of numbers typed into a cell, running past the grid's edge from there. */
	readonly tooManyNumbers: (rows: number, cols: number) => string;
	readonly right: string;
	readonly complete: string;
	/** A wrong answer with no diagnosis: what to check on this kind of field (a value's step may have an activation). */
	readonly wrong: (role: FieldRole, activation: boolean) => string;
	/** A wrong entry of a matrix worked from a step that is not a sum of products (a softmax, a mean): its rule. */
	readonly wrongStep: (rule: string) => string;
	/** The answer rounded to too few significant figures. */
	readonly nearMiss: (digits: number, needed: number) => string;
	/** What each diagnosed mistake says, quoting exactly the parameters its reason has. */
	readonly mistakes: MistakeMessages;
	/** A field's hint costs a star (−1★, said the same way in footer, help and README); a lab's is free. */
	readonly hintLabel: (n: number, total: number, field?: string) => string;
	readonly noMoreHints: string;
	readonly solutionShown: string;
	readonly confirmSolution: string;
	/** What showing the solution costs; the keys are `confirmSolutionKeys`, which the screen reader says in its own words. */
	readonly confirmSolutionDetail: string;
	readonly confirmSolutionKeys: string;
	/** The solution dialog on a level solved before: its best stars stay. */
	readonly confirmSolutionKept: (stars: string) => string;
	/** Asked before a field's hint, which costs a star. */
	readonly confirmHint: (n: number, total: number, field: string | undefined) => string;
	readonly confirmHintDetail: string;
	readonly confirmHintKeys: string;
	readonly explanation: string;
	readonly workedSolution: string;
	readonly updatePreview: (p: UpdateStep & {readonly errorAfter: string}) => string;
	/** The step's preview when the error has no value at the updated parameter. */
	readonly updatePreviewUndefined: (p: UpdateStep & {readonly step: string}) => string;
	readonly resultTitle: (title: string) => string;
	readonly resultStars: (stars: number) => string;
	readonly resultSeen: string;
	/** The replay earned more, but the level's solution had been shown before. */
	readonly resultCapped: (earned: number) => string;
	readonly resultLine: (attempts: number, hints: number, time: string) => string;
	readonly duration: (minutes: number, seconds: number) => string;
	/** The points a play added, over the level's best before it on a replay. */
	readonly resultPoints: (gained: number, total: number, bestBefore?: number) => string;
	readonly lastLevel: string;
	readonly tooSmall: (columns: number, rows: number, needColumns: number, needRows: number) => string;
	readonly helpTitle: string;
	/** Key help by screen: a title and [key, what it does] rows. */
	readonly helpSections: Readonly<
		Record<
			'everywhere' | 'menu' | 'level' | 'lab' | 'result' | 'practice-summary' | 'practice-overview',
			readonly [string, readonly (readonly [string, string])[]]
		>
	>;
	readonly scoringRules: readonly string[];
	readonly introTitle: string;
	readonly explanationTitle: string;
	/** Where a scrolled text is: lines shown and how many there are. */
	readonly readingPosition: (from: number, to: number, total: number) => string;
	/** The last line of a shortened text: i opens all of it. */
	readonly readMore: string;
	readonly footer: {
		readonly [screen in
			| 'menu'
			| 'level'
			/** A find-the-bug level before its row is found: the keys pick a row. */
			| 'pickRow'
			| 'levelDone'
			| 'result'
			| 'resultLast'
			| 'help'
			| 'helpLevel'
			| 'glossary'
			| 'confirm'
			| 'intro'
			| 'reading'
			| 'tooSmall']: string;
	};
	readonly glossaryTitle: string;
	/** What the drawing's symbols mean, symbol first. */
	readonly glossary: readonly (readonly [string, string])[];
	readonly exported: (files: readonly string[]) => string;
	readonly exportFailed: (error: string) => string;
	readonly lab: {
		readonly ready: string;
		readonly running: string;
		readonly paused: string;
		readonly divergedNotFinite: (eta: string) => string;
		readonly divergedExploded: (eta: string, measure: LabMeasure) => string;
		readonly divergedGrowing: (eta: string) => string;
		/** A run that stopped improving; `units` are the network's activations, the only ones the message may blame. */
		readonly stalled: (
			loss: string,
			window: number,
			eta: string,
			units: readonly LabUnit[],
			measure: LabMeasure,
		) => string;
		readonly oscillating: (eta: string) => string;
		/** A network's loss swinging with no downward trend: `percent` a step on average, over `window` steps. */
		readonly swinging: (percent: string, window: number, eta: string) => string;
		readonly overBudget: (budget: number, measure: LabMeasure) => string;
		readonly goal: (step: number, stars: number) => string;
		/** The items of the line under the chart, most important first. */
		readonly stepItem: (step: number) => string;
		readonly lossItem: (loss: string) => string;
		/** The same item on a one-weight descent, whose curve is the error E(w) itself. */
		readonly errorItem: (error: string) => string;
		/** `isError`: a one-weight descent, whose goal is on the error E(w) itself. */
		readonly goalText: (loss: string, steps: number, isError: boolean) => string;
		/** The goal as a short sentence, for a stats line too narrow for `goalText`: the limit is left to the intro. */
		readonly goalShort: (loss: string, steps: number, isError: boolean) => string;
		/** Beside η when + or − can go no further: the dial's last value either way. */
		readonly dialEnd: {readonly top: string; readonly bottom: string};
		readonly logAxis: string;
		readonly weightsTitle: string;
		readonly outputLabel: string;
		readonly targetLabel: string;
		readonly predictionsRight: (right: number, total: number) => string;
		readonly accuracy: (percent: number, right: number, total: number) => string;
		readonly mapLegend: string;
		/** The legend of a map of three or more classes, two lines: the points' letters, then each class's area. */
		readonly classLegend: (points: readonly string[], areas: readonly string[]) => readonly [string, string];
		readonly slopeLesson: (slope: number, param: string) => string;
		/** One weight: what each step does to the distance from the minimum. */
		readonly factorLesson: (curvature: string, factor: string) => string;
		/** One weight: the distance to the minimum before and after the last step. */
		readonly distanceStep: (before: string, after: string) => string;
		/** The same, once η has changed since that step: the line names the η the step used. */
		readonly distanceStepAt: (eta: string, before: string, after: string) => string;
		/** Keys while training, most needed first; `l` only where the chart has a log axis. */
		readonly footer: (options: {readonly reduced: boolean; readonly logAxis: boolean}) => string;
		readonly footerDone: string;
		/** After a divergence only r goes on: it comes first. */
		readonly footerDiverged: (shows: {readonly logAxis: boolean}) => string;
		/** How labs score, for the lab's help. */
		readonly scoring: string;
		/** The result screen: how this run went and the fastest one of the visit. */
		readonly resultRun: (steps: number, eta: string) => string;
		readonly resultBest: (steps: number, eta: string) => string;
		/** A lab's result line, in place of answers checked: what its stars were scored on. */
		readonly resultScore: (step: number, budget: number, hints: number, time: string) => string;
		/** The run set beside the fastest η the dial offers (found by training at each value). */
		readonly resultFastest: (compare: FastestComparison) => string;
		/** While the dial is still being swept for its fastest η. */
		readonly resultFastestPending: string;
	};
	readonly slopeDirection: (positive: boolean, param: string) => string;
};

const catalog: Localized<LazyModule<Messages>> = {
	en: lazyModule(async () => (await import('./strings-en.js')).en),
	ko: lazyModule(async () => (await import('./strings-ko.js')).ko),
};

/** Loads a language's table; the game awaits it before drawing in that language. */
export function loadMessages(lang: Language): Promise<Messages> {
	return catalog[lang].load();
}

/** A language's table, once loadMessages has brought it in. */
export function messages(lang: Language): Messages {
	const table = catalog[lang].now();
	if (table === undefined) throw new Error(`the ${lang} texts are used before loadMessages('${lang}')`);
	return table;
}

/** Minutes and seconds, for the result screen. */
export function formatDuration(ms: number, lang: Language): string {
	const seconds = Math.max(0, Math.round(ms / 1000));
	return messages(lang).duration(Math.floor(seconds / 60), seconds % 60);
}

/** What a diagnosed mistake says in the messages' language. */
export function mistakeText(t: Messages, mistake: Diagnosis): string {
	return say(t.mistakes, mistake);
}

/** Looks the message up by the reason; the reason's type carries the parameters' along. */
function say<R extends MistakeReason>(
	table: MistakeMessages,
	said: {readonly reason: R; readonly params: MistakeParams[R]},
): string {
	return table[said.reason](said.params);
}

/** What showing the solution costs: on a level solved before, its best stars are kept. */
export const solutionDetail = (t: Messages, kept: number | undefined): string =>
	kept === undefined ? t.confirmSolutionDetail : t.confirmSolutionKept('★'.repeat(kept));
