// The names a field's own texts speak of, so a hint can be told apart as
// about this field or about another. A level hint that names something only
// another field's work uses (`s²`, the step of ∂L/∂s, in the ladder of
// ∂L/∂a; `h` of the centred difference in the ladder of ∂f/∂x) belongs to
// that field's ladder, not this one's.

import type {Field} from '../levels/answers.js';
import type {Level} from '../levels/loader.js';
import {hintKey} from './hint-key.js';
import {ruleRung} from './hint-rule.js';

/** Every name a level's texts can use for its quantities: its nodes, what it gives (`h`), names its labels define (`n`, `r`). */
export function namesOf(level: Level): Set<string> {
	const names = new Set((level.graph?.nodes ?? []).map(node => node.name));
	for (const given of level.given ?? []) if (/^\p{L}[\p{L}\d_]*$/u.test(given.label)) names.add(given.label);
	for (const field of level.fields) {
		const defined = /^(\p{L}[\p{L}\d_]*) = /u.exec(field.label)?.[1];
		if (defined !== undefined) names.add(defined);
	}
	return names;
}

/**
 * The names an English text speaks of, each a whole word or after its coefficient (the h of 2h); a name raised to a
 * power (`s²`) counts as a name of its own, the step that squares it.
 */
export function symbolsIn(text: string, names: ReadonlySet<string>, own = false): Set<string> {
	const found = new Set<string>();
	for (const m of text.matchAll(/(?<![\p{L}_])(\p{L}[\p{L}\d_]*)([²³]?)(?![\p{L}\d_(])/gu)) {
		const name = m[1] ?? '';
		if (!names.has(name)) continue;
		// `a` is also the article: as a name it stands in maths, not before a word.
		if (name === 'a' && /^ [a-z]/.test(text.slice((m.index ?? 0) + 1))) continue;
		found.add(name + (m[2] ?? ''));
		// A text that squares e speaks of e as well.
		if (own && m[2]) found.add(name);
	}
	return found;
}

/**
 * What a field's own texts speak of: its label, its worked step and its rule;
 * a product's or a total's also what its factors' or paths' texts speak of.
 */
function ownSymbols(level: Level, field: Field, names: ReadonlySet<string>): Set<string> {
	const parts =
		field.role === 'product'
			? level.fields.filter(f => f.role === 'local' || f === field)
			: field.role === 'total'
				? level.fields.filter(f => f.role === 'path' || f === field)
				: level.fields.filter(f => hintKey(f) === hintKey(field));
	const texts = parts.flatMap(f => [f.label, f.work, ruleRung(level, f)?.en ?? '']);
	return symbolsIn(texts.join('\n'), names, true);
}

/** A level's names, and each field's own symbols, worked out once: a ladder asks for them hint by hint. */
type LevelSymbols = {readonly names: Set<string>; readonly own: Map<string, Set<string>>};
const symbolsFound = new WeakMap<Level, LevelSymbols>();

function levelSymbols(level: Level): LevelSymbols {
	const known = symbolsFound.get(level);
	if (known !== undefined) return known;
	const names = namesOf(level);
	const own = new Map(level.fields.map(f => [f.id, ownSymbols(level, f, names)]));
	const found = {names, own};
	symbolsFound.set(level, found);
	return found;
}

/** Whether a hint speaks of a name that only other fields' texts use: it is about one of them. */
export function speaksOfAnotherField(level: Level, field: Field, text: string): boolean {
	const {names, own} = levelSymbols(level);
	const mine = own.get(field.id) ?? new Set();
	const foreign = [...symbolsIn(text, names)].filter(s => !mine.has(s));
	if (foreign.length === 0) return false;
	return level.fields.some(f => hintKey(f) !== hintKey(field) && foreign.some(s => own.get(f.id)?.has(s)));
}
