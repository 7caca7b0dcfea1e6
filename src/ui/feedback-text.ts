// What the game says back about the focused field, as plain text: the level
// screen wraps and colours it, the screen-reader mode prints it as a sentence.

import {figuresFor, significantFigures} from '../game/check.js';
import {hintKey, hintLadder, maskedRung} from '../game/hints.js';
import {tableHints} from '../game/slices/play.js';
import type {Feedback, PlayState} from '../game/store.js';
import type {Language} from '../levels/language.js';
import type {Level} from '../levels/loader.js';
import {mentionsActivation} from '../levels/operators.js';
import {type Messages, mistakeText} from './strings.js';

/** How a message reads: right, wrong, or a hint of what to do. */
export type Tone = 'right' | 'wrong' | 'hint';

export type Said = {readonly text: string; readonly tone: Tone};

/** The focused field's latest hint, while the player still works on that field. */
export function hintText(
	level: Level,
	play: PlayState,
	complete: boolean,
	t: Messages,
	lang: Language,
): readonly Said[] {
	const field = level.fields[play.focus];
	const shown = field === undefined ? 0 : (play.hintRungs[hintKey(field)] ?? 0);
	if (field === undefined || shown === 0 || complete || play.solved[field.id]) return [];
	const ladder = hintLadder(level, field);
	const rung = ladder[shown - 1];
	if (rung === undefined) return [];
	// Another field's answer not yet found is written as its label; this field's own waits for the last rung.
	const text = maskedRung(
		level,
		field,
		rung.kind === 'text' ? rung.text[lang] : rung.text,
		shown === ladder.length,
		play.solved,
	);
	return [{text: `${t.hintLabel(shown, ladder.length, field.cell?.grid.label ?? field.label)} ${text}`, tone: 'hint'}];
}

/** On a find-the-bug level, the level's own hint shown so far, until the bug is found. */
export function tableHintText(
	level: Level,
	play: PlayState,
	complete: boolean,
	t: Messages,
	lang: Language,
): readonly Said[] {
	const rung = play.hintRungs[tableHints] ?? 0;
	const hint = level.spec.hints[rung - 1];
	if (level.table === undefined || play.bugFound === true || hint === undefined || complete) return [];
	return [{text: `${t.hintLabel(rung, level.spec.hints.length)} ${hint[lang]}`, tone: 'hint'}];
}

/** While the focused field is a link people often take a detour through, what the link is (see chain-links.ts). */
export function detourText(level: Level, play: PlayState, complete: boolean, t: Messages): readonly Said[] {
	const field = level.fields[play.focus];
	if (field?.detour === undefined || complete || play.solved[field.id] === true) return [];
	return [{text: t.detour(field.detour), tone: 'hint'}];
}

/** The lines under the answer fields for a feedback; none for a hint (see `hintText`). */
export function feedbackText(feedback: Feedback, level: Level, play: PlayState, t: Messages): readonly Said[] {
	switch (feedback.kind) {
		case 'right':
			return [{text: t.right, tone: 'right'}];
		case 'complete':
			return [{text: t.complete, tone: 'right'}];
		case 'not-a-number':
			return [{text: t.notANumber(feedback.typed), tone: 'hint'}];
		case 'hangul':
			return [{text: t.switchToLatin(feedback.typed), tone: 'hint'}];
		case 'too-many-numbers':
			return [{text: t.tooManyNumbers(feedback.rows, feedback.cols), tone: 'hint'}];
		case 'unchanged':
			return [{text: t.unchangedGrid, tone: 'hint'}];
		case 'empty': {
			// A word field says which words it takes, not to type a number.
			const choice = level.fields.find(f => f.id === feedback.fieldId)?.choice;
			return [{text: choice === undefined ? t.emptyAnswer : t.notAChoice(choice.words), tone: 'hint'}];
		}
		case 'not-a-formula': {
			const names = level.fields.find(f => f.id === feedback.fieldId)?.formula?.names ?? [];
			return [{text: t.notAFormula(names.join(', '), feedback.name), tone: 'hint'}];
		}
		case 'pick-row':
			return [{text: t.pickRowFirst, tone: 'hint'}];
		case 'bug-found':
			return [{text: t.bugFound(feedback.node), tone: 'right'}];
		case 'not-this-row':
			return [{text: t.notThisRow(feedback.node, feedback.output), tone: 'wrong'}];
		case 'bug-named': {
			const planted = level.table?.planted;
			return planted === undefined
				? [{text: t.complete, tone: 'right'}]
				: [
						{text: t.bugNamed, tone: 'right'},
						{text: mistakeText(t, planted), tone: 'wrong'},
					];
		}
		case 'not-a-choice': {
			const choice = level.fields.find(f => f.id === feedback.fieldId)?.choice;
			return choice === undefined ? [] : [{text: t.notAChoice(choice.words), tone: 'hint'}];
		}
		case 'wrong':
			if (feedback.mistake !== undefined) return [{text: mistakeText(t, feedback.mistake), tone: 'wrong'}];
			if (feedback.nearMiss !== undefined) {
				const field = level.fields.find(f => f.id === feedback.fieldId);
				const needed = field === undefined ? significantFigures : figuresFor(field);
				return [{text: t.nearMiss(feedback.nearMiss, needed), tone: 'wrong'}];
			}
			return [
				{
					text: `${wrongMessage(level, feedback.fieldId, t)} ${hintsLeft(level, play, feedback.fieldId) ? t.hintKey : '(g)'}`,
					tone: 'wrong',
				},
			];
		case 'hint':
			return [];
		case 'no-more-hints':
			return [{text: t.noMoreHints, tone: 'hint'}];
		case 'solution':
			return [{text: t.solutionShown, tone: 'hint'}];
	}
}

/** What to check on a field with no diagnosis; the activation is named only when the field's step applies one. */
function wrongMessage(level: Level, fieldId: string, t: Messages): string {
	const field = level.fields.find(f => f.id === fieldId);
	// A matrix entry worked from its step (a softmax, a mean) rather than as a sum of products: that step's rule.
	const grid = field?.cell?.grid;
	if (field?.role === 'value' && grid?.kind === 'matrix' && !field.builds.some(b => b.kind === 'sum'))
		return t.wrongStep(grid.work.split('; ').at(-1) ?? grid.work);
	const step = field?.node === undefined ? undefined : level.graph?.byName.get(field.node);
	// A value whose step adds nothing (e = y − t, E1 = ½·(Y1 − t1)², H1 = σ(h1)) has no terms to check: name its step.
	if (field?.role === 'value' && step !== undefined && step.op !== 'input' && !step.text.includes('+'))
		return t.wrongStep(`${step.name} = ${step.text}`);
	const activation = step !== undefined && mentionsActivation(step.text);
	return t.wrong(field?.role ?? 'value', activation);
}

/** Whether the field has hints left on its ladder. */
function hintsLeft(level: Level, play: PlayState, fieldId: string): boolean {
	const field = level.fields.find(f => f.id === fieldId);
	return field !== undefined && (play.hintRungs[hintKey(field)] ?? 0) < hintLadder(level, field).length;
}
