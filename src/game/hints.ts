// Hints belong to the field the player is stuck on. Each field has its own
// ladder: the level's hints for that field when it gives them (`fieldHints`);
// otherwise the level's hints that speak of this field or of no field at all
// (never one that only explains another field), then the field's own setup
// with the numbers in, then its worked step, both read off the engine.

import type {Field} from '../levels/answers.js';
import type {Level} from '../levels/loader.js';
import type {Text} from '../levels/schema.js';

/** One rung: words in both languages, or maths that reads the same in every language. */
export type HintRung = {readonly kind: 'text'; readonly text: Text} | {readonly kind: 'math'; readonly text: string};

/** The names by which a hint can speak of a field: its label, and for a product or total, its factors'. */
function namesOf(level: Level, field: Field): string[] {
	const names = [field.label];
	if (field.role === 'product') names.push(...level.fields.filter(f => f.role === 'local').map(f => f.label));
	if (field.role === 'total') names.push(...level.fields.filter(f => f.role === 'path').map(f => f.label));
	return names;
}

/** Whether an English hint speaks of a name: a gradient label anywhere, a plain name as a whole word. */
function mentions(text: string, name: string): boolean {
	if (/[∂→·−]/.test(name)) return text.includes(name);
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(^|[^\\w∂])${escaped}($|[^\\w])`).test(text);
}

/** The level's hints that are about this field or about no field in particular. */
function levelHintsFor(level: Level, field: Field): Text[] {
	return level.spec.hints.filter(hint => {
		const about = level.fields.filter(f => mentions(hint.en, f.label));
		return about.length === 0 || namesOf(level, field).some(name => mentions(hint.en, name));
	});
}

/** The worked step without its result: the numbers to use. Undefined when that says nothing. */
function setupOf(field: Field): string | undefined {
	const cut = field.work.lastIndexOf(' = ');
	if (cut <= 0) return undefined;
	const setup = field.work.slice(0, cut);
	return /[=⇒]/.test(setup) ? `${setup} = ?` : undefined;
}

/** The ladder of hints for one field of a level, least to most specific. */
export function hintLadder(level: Level, field: Field): HintRung[] {
	const authored = level.spec.kind === 'lab' ? undefined : level.spec.fieldHints?.[field.id];
	if (authored !== undefined) return authored.map(text => ({kind: 'text', text}));
	const rungs: HintRung[] = levelHintsFor(level, field).map(text => ({kind: 'text', text}));
	const setup = setupOf(field);
	if (setup !== undefined) rungs.push({kind: 'math', text: setup});
	rungs.push({kind: 'math', text: field.work});
	return rungs;
}
