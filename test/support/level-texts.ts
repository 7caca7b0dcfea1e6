// What a player can read about a level, for tests that scan every text.
import {hintLadder} from '../../src/game/hints.js';
import {languages} from '../../src/levels/language.js';
import type {Level} from '../../src/levels/loader.js';
import {formulaLines} from '../../src/ui/explanation.js';
import {messages, mistakeText} from '../../src/ui/strings.js';

/** Every text a player can read about a level, in every language, each named by where it comes from. */
export function levelTexts(level: Level): [string, string][] {
	const out: [string, string][] = [];
	const spec = level.spec;
	for (const lang of languages) {
		const t = messages(lang);
		out.push(
			[`title.${lang}`, spec.title[lang]],
			[`intro.${lang}`, spec.intro[lang]],
			[`explain.${lang}`, spec.explain[lang]],
		);
		for (const [i, hint] of spec.hints.entries()) out.push([`hints[${i}].${lang}`, hint[lang]]);
		for (const field of level.fields) {
			for (const mistake of field.mistakes)
				out.push([`${field.id} ${mistake.reason}.${lang}`, mistakeText(t, mistake)]);
			for (const [i, rung] of hintLadder(level, field).entries())
				out.push([`${field.id} hint rung ${i + 1}.${lang}`, rung.kind === 'text' ? rung.text[lang] : rung.text]);
		}
	}
	for (const field of level.fields) out.push([`${field.id} label`, field.label], [`${field.id} work`, field.work]);
	for (const line of formulaLines(level)) out.push(['formula', line.text]);
	return out;
}
