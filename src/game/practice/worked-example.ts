// After the same mistake twice in a session, practice shows one exercise
// worked out: every step but the one that mistake is made on is filled in,
// with its working in the introduction, and the learner does that last step.

import type {Field} from '../../levels/answers.js';
import type {Level} from '../../levels/loader.js';
import type {AnswerKind, PracticeLevelResult} from './history.js';

/** Kinds that name no rule to re-teach: too few figures, or a slip the game can't name. */
const unnamed: ReadonlySet<AnswerKind> = new Set(['right', 'nearMiss', 'other']);

/**
 * The mistake a session should re-teach now: one made at least twice on this
 * concept in the session and not re-taught yet; undefined when there is none.
 */
export function mistakeToReteach(
	results: readonly PracticeLevelResult[],
	concept: PracticeLevelResult['concept'],
	taught: readonly AnswerKind[],
): AnswerKind | undefined {
	const counts = new Map<AnswerKind, number>();
	for (const r of results)
		if (r.concept === concept)
			for (const kind of r.answers.flat())
				if (!unnamed.has(kind) && !taught.includes(kind)) counts.set(kind, (counts.get(kind) ?? 0) + 1);
	let best: AnswerKind | undefined;
	for (const [kind, n] of counts) if (n >= 2 && (best === undefined || n > (counts.get(best) ?? 0))) best = kind;
	return best;
}

export type WorkedExample = {
	/** The level with its title and introduction turned into the worked example. */
	readonly level: Level;
	/** The fields shown worked out; the learner fills in the rest. */
	readonly given: readonly Field[];
};

/** The step left for the learner: the last field the mistake can be made on, or the last field. */
function stepLeft(level: Level, reason: AnswerKind): Field | undefined {
	const fields = level.fields;
	return [...fields].reverse().find(f => f.mistakes.some(m => m.reason === reason)) ?? fields[fields.length - 1];
}

/** Turns a freshly generated level into a worked example of `reason`'s rule. */
export function workedExample(level: Level, reason: AnswerKind): WorkedExample {
	const left = stepLeft(level, reason);
	const given = level.fields.filter(f => f !== left);
	const steps = given.map(f => f.work).join('; ');
	const rule = level.spec.hints[0] ?? {en: '', ko: ''};
	const spec = {
		...level.spec,
		title: {en: `Worked example: ${level.spec.title.en}`, ko: `풀이 예제: ${level.spec.title.ko}`},
		intro: {
			en: `The same mistake twice, so here is one worked out. ${rule.en} ${level.spec.intro.en} Worked: ${steps}. Now ${left?.label ?? 'the last step'} is yours.`,
			ko: `같은 실수를 두 번 했으니 풀이를 하나 보여 드립니다. ${rule.ko} ${level.spec.intro.ko} 풀이: ${steps}. 이제 ${left?.label ?? '마지막 단계'}만 직접 구하세요.`,
		},
	};
	return {level: {...level, spec}, given};
}
