// What a player can read about a level, for tests that scan every text.
import {hintLadder} from '../../src/game/hints.js';
import {type Language, languages} from '../../src/levels/language.js';
import type {Level} from '../../src/levels/loader.js';
import {explanationLines, formulaLines} from '../../src/ui/explanation.js';
import {levelDrawing} from '../../src/ui/graph/level-drawing.js';
import {matrixSentences} from '../../src/ui/reader/matrix-speech.js';
import {graphSentences} from '../../src/ui/reader/speech.js';
import {messages, mistakeText} from '../../src/ui/strings.js';
import {playState} from './levels.js';

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

/**
 * What a level shows and says beside its texts: the drawing at 80 and 120 columns, the screen
 * reader's reading of it and the worked solution with the explanation, each line named by where it
 * comes from (`draw.ko.120`, `reader.en`, `solution.ko`).
 */
export function levelFigureTexts(level: Level, lang: Language): [string, string][] {
	const t = messages(lang);
	const play = playState(level);
	const out: [string, string][] = [];
	for (const width of [80, 120])
		for (const line of levelDrawing(level, play, width, t).lines)
			out.push([`draw.${lang}.${width}`, line.map(span => span.text).join('')]);
	const spoken = level.matrix === undefined ? graphSentences(level, play, lang) : matrixSentences(level, play, lang);
	for (const sentence of spoken) out.push([`reader.${lang}`, sentence]);
	for (const line of explanationLines(level, {...play, solutionShown: true}, t, lang, 10_000))
		out.push([`solution.${lang}`, line.text]);
	return out;
}
