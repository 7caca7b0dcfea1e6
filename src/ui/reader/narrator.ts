// The screen-reader mode's voice: it compares the game state before and after
// each change and says what changed, as new lines, never by redrawing. The
// screens draw; the narrator tells. It reads the same store and strings.

import {isPredictionRight} from '../../game/lab/lesson.js';
import {stallWindow} from '../../game/lab/outcome.js';
import {type LabMeasure, type LabSession, type LabView, labStars, rateOfRun} from '../../game/lab/session.js';
import {firstUnsolved, solvedCount, totalPoints} from '../../game/progress.js';
import {pointsGained} from '../../game/scoring.js';
import {hintOnOffer, keptStars} from '../../game/selectors.js';
import {currentLevel, type GameState, isComplete} from '../../game/store.js';
import type {Language} from '../../levels/language.js';
import type {Level} from '../../levels/loader.js';
import {functionNames} from '../../levels/operators.js';
import {fastestLine, labResultLines, resultSummary} from '../components/LabResult.js';
import {explanationLines} from '../explanation.js';
import {detourText, feedbackText, hintText, tableHintText} from '../feedback-text.js';
import {overviewLines} from '../practice-overview-text.js';
import {practiceMessages} from '../practice-strings.js';
import {type Messages, messages, solutionDetail} from '../strings.js';
import {matrixSentences} from './matrix-speech.js';
import {readerMessages} from './reader-strings.js';
import {
	capitalNames,
	fieldSentence,
	givenSentence,
	graphSentences,
	speakNumber,
	speakText,
	tableRowSentence,
	tableSentences,
} from './speech.js';

/** Steps between two progress lines while a lab trains. */
export const labReportEvery = 25;

/** Says what changed between two states; remembers which key lists it has read already. */
export type Narrator = (prev: GameState | undefined, next: GameState) => string[];

export function createNarrator(): Narrator {
	const keysRead = new Set<string>();
	/** A screen's keys are read the first time it is met; ? reads them again. */
	const keysOnce = (screen: string, text: string): string[] => {
		if (keysRead.has(screen)) return [];
		keysRead.add(screen);
		return [text];
	};
	const narrate: Narrator = (prev, next) => {
		const lang = next.lang;
		// Names that differ only by case are told apart on the level being played or just finished.
		const capitals = capitalNames(
			currentLevel(next) ?? next.levels.find(level => level.id === next.lastOutcome?.levelId),
		);
		const say = (text: string) => speakText(text, lang, capitals);
		const lines: string[] = [];
		if (prev === undefined) lines.push(readerMessages[lang].welcome);
		if (prev !== undefined && prev.screenReaderSetting !== next.screenReaderSetting)
			lines.push(readerMessages[lang].setting(next.screenReaderSetting).replace(/^s {2}/, ''));

		if (next.overlay !== (prev?.overlay ?? 'none')) {
			lines.push(...overlayLines(next).map(say));
			if (next.overlay !== 'none') return lines;
		}
		if (next.overlay !== 'none') return lines;

		const screenChanged = prev === undefined || prev.screen !== next.screen;
		switch (next.screen) {
			case 'menu':
				if (screenChanged) lines.push(...menuLines(next), ...keysOnce('menu', readerMessages[lang].menuKeys));
				else if (prev?.menuCursor !== next.menuCursor) lines.push(menuItem(next, next.menuCursor));
				if (next.notice !== undefined && next.notice !== prev?.notice) lines.push(say(noticeText(next)));
				return lines;
			case 'result': {
				if (screenChanged) lines.push(...resultLines(next).map(say));
				// The dial's fastest η is found in slices after the result is read: its line follows when it is.
				const found = prev?.labSweep !== undefined && next.labSweep === undefined ? fastestLine(next) : undefined;
				if (!screenChanged && found !== undefined) lines.push(say(found));
				return lines;
			}
			case 'practice-summary':
				if (screenChanged) lines.push(readerMessages[lang].practiceDone, readerMessages[lang].practiceKeys);
				return lines;
			case 'practice-overview':
				if (screenChanged)
					lines.push(
						practiceMessages[lang].overview.title,
						...overviewLines(
							next.progress.practice,
							next.practiceStatus().unlocked,
							new Date(next.practiceNow),
							lang,
						).map(line => say(line.text.trim())),
						readerMessages[lang].overviewKeys,
					);
				return lines;
			case 'level':
				lines.push(...levelLines(prev, next, screenChanged, keysOnce).map(say));
				return lines;
		}
	};
	return (prev, next) => narrate(prev, next).map(readerMessages[next.lang].lineStart);
}

function levelLines(
	prev: GameState | undefined,
	next: GameState,
	screenChanged: boolean,
	keysOnce: (screen: string, text: string) => string[],
): string[] {
	const level = currentLevel(next);
	const play = next.play;
	if (level === undefined || play === undefined) return [];
	const lang = next.lang;
	const r = readerMessages[lang];
	const t = messages(lang);
	const entered = screenChanged || prev?.play?.levelId !== play.levelId;
	if (entered) {
		const lines = [heading(next, level), ...paragraphs(level.spec.intro[lang])];
		if (next.lab !== undefined) return [...lines, labStatusSentence(next.lab, t, lang), ...keysOnce('lab', r.labKeys)];
		const start = [...lines, ...graphSentences(level, play, lang), ...givenSentence(level, lang)];
		// A find-the-bug level asks for a row first; its field would name the row.
		if (level.table !== undefined && play.bugFound !== true)
			return [
				...start,
				...tableSentences(level, lang),
				t.askFor[level.spec.kind],
				tableRowSentence(level, play.row ?? 0, lang),
				...keysOnce('table', r.tableKeys),
			];
		return [
			...start,
			...matrixSentences(level, play, lang),
			t.askFor[level.spec.kind],
			r.fieldsTitle(level.fields.length),
			fieldSentence(level, play, play.focus, lang),
			...slipLine(level, next),
			...(level.matrix === undefined
				? keysOnce('level', `${r.levelKeys} ${r.walkKeys}`)
				: keysOnce('matrix', `${r.levelKeys} ${r.matrixWalkKeys}`)),
		];
	}

	const lines: string[] = [];
	const before = prev?.play;
	if (play.feedback !== undefined && play.feedback !== before?.feedback) {
		const said =
			play.feedback.kind === 'hint'
				? [
						...tableHintText(level, play, isComplete(next), t, lang),
						...hintText(level, play, isComplete(next), t, lang),
					]
				: feedbackText(play.feedback, level, play, t);
		lines.push(...said.map(one => one.text));
		// The drawn game shows Enter in its footer; read aloud, the way on has to be said.
		if (isComplete(next) && (play.feedback.kind === 'complete' || play.feedback.kind === 'solution'))
			lines.push(r.toResult);
	}
	if (level.table !== undefined && play.bugFound !== true && (play.row ?? 0) !== (before?.row ?? 0))
		lines.push(tableRowSentence(level, play.row ?? 0, lang));
	const rowJustFound = play.bugFound === true && before?.bugFound !== true;
	if (rowJustFound)
		lines.push(r.fieldsTitle(level.fields.length), ...keysOnce('level', `${r.levelKeys} ${r.walkKeys}`));
	if (before !== undefined && (before.focus !== play.focus || rowJustFound) && !isComplete(next))
		lines.push(fieldSentence(level, play, play.focus, lang), ...slipLine(level, next));
	if (next.lab !== undefined && prev?.lab !== undefined) lines.push(...labChanges(prev.lab, next.lab, t, lang));
	return lines;
}

/** Where the lecture note slips on the field announced, what the drawn game shows under it while it is worked on. */
function slipLine(level: Level, state: GameState): string[] {
	const play = state.play;
	if (play === undefined) return [];
	return detourText(level, play, isComplete(state), messages(state.lang)).map(said => said.text);
}

function heading(state: GameState, level: Level): string {
	const lang = state.lang;
	const r = readerMessages[lang];
	const practice = state.practice;
	if (practice !== undefined) return `${titleOf(level, lang)}. (${practice.levels.length}/${practice.plan.length})`;
	return r.levelHeading(
		level.chapter.number,
		speakText(level.chapter.title[lang], lang),
		titleOf(level, lang),
		state.levels.indexOf(level) + 1,
		state.levels.length,
	);
}

/** A level's title as said aloud: a title may hold maths (The green path: ∂E1/∂w21). */
function titleOf(level: Level, lang: Language): string {
	return speakText(level.spec.title[lang], lang, capitalNames(level));
}

/** A text as the lines it was written in, blank ones left out. */
function paragraphs(text: string): string[] {
	return text
		.split('\n')
		.map(line => line.trim())
		.filter(line => line !== '');
}

function menuLines(state: GameState): string[] {
	const t = messages(state.lang);
	const r = readerMessages[state.lang];
	const ids = state.levels.map(l => l.id);
	const next = state.levels.find(l => l.id === firstUnsolved(state.progress, ids));
	return [
		r.menuTitle(solvedCount(state.progress, ids), ids.length, totalPoints(state.progress, ids)),
		next === undefined ? t.allSolved : r.continueWith(t.continueLabel(titleOf(next, state.lang))),
		...state.warnings.map(w => `${t.warningsTitle(state.warnings.length)} ${w}`),
		menuItem(state, state.menuCursor),
	];
}

/** One level as an entry of the numbered list: number, title, chapter and how it stands. */
export function menuItem(state: GameState, index: number): string {
	const lang = state.lang;
	const r = readerMessages[lang];
	const level = state.levels[index];
	if (level === undefined) return '';
	const record = state.progress.levels[level.id];
	const status =
		record?.status === 'solved' ? r.solvedStatus(record.stars) : record?.status === 'seen' ? r.seenStatus : r.newStatus;
	return r.menuItem(
		index + 1,
		state.levels.length,
		level.chapter.number,
		speakText(level.chapter.title[lang], lang),
		titleOf(level, lang),
		status,
	);
}

/** Every level, as a numbered list. */
export function menuList(state: GameState): string[] {
	return state.levels.map((_, i) => menuItem(state, i));
}

function noticeText(state: GameState): string {
	const t = messages(state.lang);
	const notice = state.notice;
	if (notice === undefined) return '';
	if (notice.kind === 'exported') return t.exported(notice.files);
	if (notice.kind === 'export-failed') return t.exportFailed(notice.error);
	return practiceMessages[state.lang].unavailable[notice.reason];
}

function overlayLines(state: GameState): string[] {
	const lang = state.lang;
	const t = messages(lang);
	const r = readerMessages[lang];
	const level = currentLevel(state);
	switch (state.overlay) {
		case 'none':
			return [];
		case 'help': {
			const screen = state.screen === 'level' ? (state.lab !== undefined ? 'lab' : 'level') : state.screen;
			const sections = [t.helpSections.everywhere, t.helpSections[screen]];
			return [
				t.helpTitle,
				...sections.flatMap(([title, rows]) => [title, ...rows.map(([key, what]) => helpRow(key, what, lang))]),
				...(r.helpExtra[screen] ?? []),
				r.setting(state.screenReaderSetting).replace(/^s {2}/, 's: '),
				r.helpClose(state.screen === 'level'),
			];
		}
		case 'glossary':
			// The drawn glossary explains the drawing; read aloud, the sentences are what need explaining.
			return [r.glossaryTitle, ...r.glossary.map(([term, meaning]) => `${term}: ${meaning}`), r.glossaryClose];
		case 'intro':
			return level === undefined ? [] : [t.introTitle, ...paragraphs(level.spec.intro[lang]), r.readingClose];
		case 'explanation':
			return level === undefined
				? []
				: [
						t.explanationTitle,
						...explanationLines(level, state.play, t, lang, 10_000).map(line => line.text),
						r.readingClose,
					];
		case 'confirm-solution':
			return [t.confirmSolution, speakText(solutionDetail(t, keptStars(state)), lang), r.confirmKeys];
		case 'confirm-hint': {
			const offer = hintOnOffer(state);
			if (offer === undefined) return [];
			return [
				t.confirmHint(offer.number, offer.total, offer.label === undefined ? undefined : speakText(offer.label, lang)),
				t.confirmHintDetail,
				r.confirmHintKeys,
			];
		}
	}
}

/**
 * One row of the drawn help, said as this mode's keys work: a row the mode words
 * itself (its arrows walk the graph, its ↓ is no Tab), the typing row in words,
 * else each key by name.
 */
export function helpRow(key: string, what: string, lang: Language): string {
	const r = readerMessages[lang];
	const own = r.helpRows[key];
	if (own !== undefined) return own;
	if (key.startsWith('0-9')) return r.typingRow(functionNames);
	const keys = key.split(/\s+/).map(one => r.keyWords[one] ?? one);
	return `${keys.join(', ')}: ${what}`;
}

/** Where a learner is, said again after a help or a text closes: the field, the lab's run, the menu's level. */
export function whereYouAre(state: GameState): string[] {
	if (state.screen === 'menu') return [menuItem(state, state.menuCursor)];
	if (state.screen === 'result') return [readerMessages[state.lang].resultKeys(isLastLevel(state))];
	const said = whereOnLevel(state);
	const capitals = capitalNames(currentLevel(state));
	return said.map(line => speakText(line, state.lang, capitals));
}

function whereOnLevel(state: GameState): string[] {
	const level = currentLevel(state);
	const play = state.play;
	if (level === undefined || play === undefined) return [];
	if (state.lab !== undefined) return [labStatusSentence(state.lab, messages(state.lang), state.lang)];
	if (isComplete(state)) return [readerMessages[state.lang].toResult];
	if (level.table !== undefined && play.bugFound !== true) return [tableRowSentence(level, play.row ?? 0, state.lang)];
	return [fieldSentence(level, play, play.focus, state.lang)];
}

function isLastLevel(state: GameState): boolean {
	const level = state.levels.find(l => l.id === state.lastOutcome?.levelId);
	return level !== undefined && state.levels.indexOf(level) === state.levels.length - 1;
}

function resultLines(state: GameState): string[] {
	const lang = state.lang;
	const t = messages(lang);
	const r = readerMessages[lang];
	const outcome = state.lastOutcome;
	const level = state.levels.find(l => l.id === outcome?.levelId);
	if (outcome === undefined || level === undefined) return [];
	const ids = state.levels.map(l => l.id);
	const last = state.levels.indexOf(level) === state.levels.length - 1;
	return [
		t.resultTitle(titleOf(level, lang)),
		t.resultStars(outcome.stars),
		...(outcome.solutionShown ? [t.resultSeen] : []),
		...(outcome.earnedStars > outcome.stars ? [t.resultCapped(outcome.earnedStars)] : []),
		resultSummary(state),
		// A lab's run set beside the visit's fastest and the dial's fastest η, as the drawn result shows.
		...labResultLines(state, 10_000),
		t.resultPoints(
			pointsGained(outcome.stars, outcome.bestBefore),
			totalPoints(state.progress, ids),
			outcome.bestBefore,
		),
		...explanationLines(level, state.play?.levelId === level.id ? state.play : undefined, t, lang, 10_000).map(
			line => line.text,
		),
		...(last ? [t.lastLevel] : []),
		r.resultKeys(last),
	];
}

/** Which way the loss has gone over the last few steps. */
export function trendWord(losses: readonly number[], lang: Language): string {
	const r = readerMessages[lang];
	const last = losses.at(-1);
	const earlier = losses.at(-Math.min(losses.length, 10));
	if (last === undefined || earlier === undefined) return r.trendNone;
	if (losses.length < 2) return r.trendEarly;
	if (last < earlier * 0.99) return r.trendFalling;
	if (last > earlier * 1.01) return r.trendRising;
	return r.trendFlat;
}

/**
 * The curve in one sentence: how many steps it took to make 90% of the fall,
 * and how many came after. Said at the goal, where a sighted player sees the curve.
 */
export function trendStory(losses: readonly number[], lang: Language, measure: LabMeasure): string {
	const r = readerMessages[lang];
	const first = losses[0];
	const last = losses.at(-1);
	if (first === undefined || last === undefined || !(first > last)) return '';
	const target = first - 0.9 * (first - last);
	const fast = losses.findIndex(loss => loss <= target) + 1;
	return r.trendStory(fast, losses.length - fast, measure);
}

/** Where the lab's run stands, said as one sentence. */
export function labStatusSentence(lab: LabView, t: Messages, lang: Language): string {
	const r = readerMessages[lang];
	const loss = lab.losses.at(-1);
	const status =
		loss === undefined
			? r.labFresh(speakNumber(lab.goal.loss, lang), lab.goal.steps, lab.measure)
			: r.labStatus(
					lab.steps,
					speakNumber(loss, lang),
					trendWord(lab.losses, lang),
					speakNumber(lab.goal.loss, lang),
					lab.goal.steps,
					lab.measure,
				);
	return `${status} ${r.labRateIs(speakNumber(lab.learningRate, lang))} ${labStatusWord(lab, t, lang)}`;
}

function labStatusWord(lab: LabView, t: Messages, lang: Language): string {
	const eta = speakNumber(rateOfRun(lab), lang);
	switch (lab.status) {
		case 'ready':
			return t.lab.ready;
		case 'running':
			return t.lab.running;
		case 'paused':
			return t.lab.paused;
		case 'diverged':
			return lab.divergence === 'not-finite'
				? t.lab.divergedNotFinite(eta)
				: lab.divergence === 'growing'
					? t.lab.divergedGrowing(eta)
					: t.lab.divergedExploded(eta, lab.measure);
		case 'stalled':
			return t.lab.stalled(
				speakNumber(lab.losses.at(-1) ?? Number.NaN, lang),
				stallWindow(lab.goal.steps),
				eta,
				lab.units,
				lab.measure,
			);
		case 'oscillating':
			return lab.swing === undefined
				? t.lab.oscillating(eta)
				: t.lab.swinging(speakNumber(Number((100 * lab.swing).toPrecision(2)), lang), stallWindow(lab.goal.steps), eta);
		case 'goal': {
			const step = lab.goalStep ?? lab.steps;
			const goal = t.lab.goal(step, labStars(step, lab.goal.steps));
			// The goal's line ends in its keys, without a full stop; the story is a sentence of its own.
			return `${goal}${/[.!?]$/.test(goal) ? '' : '.'} ${trendStory(lab.losses, lang, lab.measure)}`;
		}
	}
}

/** A lab's news: a new status, a new η, or another stretch of steps while it trains. */
function labChanges(before: LabView, after: LabView, t: Messages, lang: Language): string[] {
	const r = readerMessages[lang];
	if (after.status !== before.status || after.steps < before.steps) return [labStatusSentence(after, t, lang)];
	const lines: string[] = [];
	if (after.learningRate !== before.learningRate) lines.push(r.labRate(speakNumber(after.learningRate, lang)));
	if (
		Math.floor(after.steps / labReportEvery) > Math.floor(before.steps / labReportEvery) ||
		(after.steps !== before.steps && after.status !== 'running')
	)
		lines.push(labStatusSentence(after, t, lang));
	return lines;
}

/** What the lab's panel shows beside its chart, as sentences: a classifier's accuracy, or XOR's table row by row. */
export function labDetailSentences(session: LabSession | undefined, lang: Language): string[] {
	if (session === undefined) return [];
	const r = readerMessages[lang];
	const t = messages(lang);
	const {classifier, predictions} = session.trainer;
	if (classifier !== undefined) {
		const total = classifier.points.length;
		const right = Math.round(classifier.accuracy() * total);
		return [speakText(t.lab.accuracy(Math.round((100 * right) / total), right, total), lang)];
	}
	if (predictions === undefined) return [];
	const rows = predictions();
	return [
		...rows.map(row =>
			r.predictionRow(
				row.inputs.map(x => speakNumber(x, lang)).join(lang === 'ko' ? ', ' : ' and '),
				speakNumber(Number(row.output.toFixed(3)), lang),
				speakNumber(row.target, lang),
				isPredictionRight(row),
			),
		),
		speakText(t.lab.predictionsRight(rows.filter(isPredictionRight).length, rows.length), lang),
	];
}
