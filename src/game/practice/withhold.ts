// A class pack is handed to students, so its file must hold no answer a
// student could read off: every text that states an asked value is left out,
// and the game works those steps out from the engine at play time instead.

import {readWrittenNumber, writtenNumberPattern} from '../../levels/format.js';
import type {Level} from '../../levels/loader.js';
import type {LevelSpec, Text} from '../../levels/schema.js';
import {worked} from './family.js';

const numberPattern = writtenNumberPattern;

const threeFigures = (x: number) => Number(x.toPrecision(3));

/** The numbers a text states; one that is part of a name (x0, w21) or of another number is not its own. */
export function statedNumbers(text: string): number[] {
	const found: number[] = [];
	for (const match of text.matchAll(numberPattern)) {
		const before = text[(match.index ?? 0) - 1] ?? '';
		if (/[\p{L}_^\d.]/u.test(before)) continue;
		found.push(readWrittenNumber(match[0]));
	}
	return found;
}

/**
 * The asked values a student must not read in the file, to 3 figures. Not among
 * them: a value the level itself gives (an input, a constant of the formula, a
 * given number), which the exercise must show, and 0 and ±1, the constants
 * the rules state (an add node's slope, a max node's loser, a bias's slope).
 */
export function secretValues(level: Level): number[] {
	const {id, title, intro, hints, explain, ...rest} = level.spec;
	// Everything but the texts: the formula, the inputs, the learning rate, a step h, …
	const data = JSON.stringify(rest, (key, value) => (key === 'fieldHints' ? undefined : value));
	const given = new Set(statedNumbers(data.replace(/"[^"]*":/g, ' ')).map(threeFigures));
	for (const g of level.given ?? []) given.add(threeFigures(g.value));
	return [
		...new Set(
			level.fields
				// A formula or a word is asked, not the number behind it.
				.filter(f => f.formula === undefined && f.choice === undefined && Number.isFinite(f.expected))
				.map(f => f.expected)
				.map(threeFigures)
				.filter(v => Math.abs(v) !== 1 && v !== 0 && !given.has(v)),
		),
	];
}

/** Whether a text, in either language, states one of the secret values. */
function reveals(text: Text, secrets: readonly number[]): boolean {
	return [text.en, text.ko].some(words => statedNumbers(words).some(n => secrets.includes(threeFigures(n))));
}

// Stands in for the hints when every one would give an answer away: the game's own rungs follow it.
const workFromTheRule: Text = {
	en: 'Work from the rule this exercise drills; the next hint sets the field up with its numbers.',
	ko: '이 연습에서 익히는 규칙대로 풀어 보세요. 다음 힌트는 이 칸에 넣을 숫자를 보여 줍니다.',
};

// Read after the engine's worked steps in the game, and in the file by anyone who opens it.
const withheldExplanation: Text = {
	en: 'The worked steps come from the engine once the level is solved; the pack file leaves them out so that it holds no answers.',
	ko: '풀이 과정은 레벨을 푼 뒤 엔진이 보여 줍니다. 팩 파일에는 답이 남지 않도록 풀이를 넣지 않았습니다.',
};

/**
 * A level as a class pack's file holds it. The worked explanation is left out
 * (the game shows the engine's steps once the level is solved; the rule said
 * after them stays). A hint that states an asked value is left out too: the
 * game's ladder then goes on with the field's setup and its worked step, read
 * off the engine and masked until the field is found. A field's own ladder
 * that would lose a rung is dropped whole, so the game builds that field's
 * ladder in the same way.
 */
export function withheldSpec(level: Level): LevelSpec {
	const spec = level.spec;
	const secrets = secretValues(level);
	const rest = (text: string, work: string) => (text.startsWith(work) ? text.slice(work.length).trim() : '');
	const after = {
		en: rest(spec.explain.en, `${worked(level, true)}. `),
		ko: rest(spec.explain.ko, `${worked(level, true, 'ko')}. `),
	};
	const explain = after.en === '' || after.ko === '' || reveals(after, secrets) ? withheldExplanation : after;
	const kept = spec.hints.filter(hint => !reveals(hint, secrets));
	const hints = kept.length > 0 ? kept : [workFromTheRule];
	const withheld: LevelSpec = {...spec, hints, explain, explainWithheld: true};
	if (withheld.kind === 'lab' || withheld.fieldHints === undefined) return withheld;
	const fieldHints = Object.fromEntries(
		Object.entries(withheld.fieldHints).filter(([, ladder]) => !ladder.some(hint => reveals(hint, secrets))),
	);
	const {fieldHints: _dropped, ...withoutLadders} = withheld;
	return Object.keys(fieldHints).length === 0 ? withoutLadders : {...withoutLadders, fieldHints};
}
