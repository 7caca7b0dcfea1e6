import type {Language} from '../../levels/language.js';
import {type LevelError, levelErrorIn, loadLevelPack} from '../../levels/loader.js';
import {measurePlayCost, overBudget, type PlayCost, playBudget} from '../../ui/play-cost.js';
import {loadMessages} from '../../ui/strings.js';
import {cliMessages} from '../cli-strings.js';
import {type Command, type CommandResult, emit} from './output.js';

/**
 * `validate PATH`: every problem in a level file or folder, exit 1 if there is
 * any. A level that loads is then played the way the game plays it (built,
 * drawn, one key typed) and refused if any part takes longer than the budget,
 * so a pack that validates also plays smoothly.
 */
export function validateLevels(
	target: string | undefined,
	lang: Language = 'en',
	budget: PlayCost = playBudget,
): CommandResult {
	if (target === undefined)
		return {stdout: '', stderr: `backprop-quest: ${cliMessages[lang].validateNeedsPath}\n`, code: 2};
	// Deferred, so that building each level is measured on its own.
	const pack = loadLevelPack(target, {defer: true});
	const errors: LevelError[] = [...pack.errors];
	let playable = 0;
	for (const level of pack.levels) {
		const {problems, cost} = measurePlayCost(level, lang);
		errors.push(...problems);
		if (problems.length === 0) playable++;
		const over = (said: Language) => (cost === undefined ? [] : overBudget(cost, budget, said));
		if (over('en').length > 0)
			errors.push({
				file: level.file,
				path: '',
				message: cliMessages.en.validate.tooSlow(level.id, over('en').join('; ')),
				text: {
					en: cliMessages.en.validate.tooSlow(level.id, over('en').join('; ')),
					ko: cliMessages.ko.validate.tooSlow(level.id, over('ko').join(', ')),
				},
			});
	}
	// Each file's problems together, in file-name order (the order a pack is played in); a stable sort keeps each file's own order.
	errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
	if (errors.length > 0) {
		const lines = errors.map(e => `✗ ${levelErrorIn(lang)(e)}`);
		const files = new Set(errors.map(e => e.file)).size;
		return {
			stdout: '',
			stderr: `${lines.join('\n')}\n${cliMessages[lang].validate.problems(errors.length, files)}\n`,
			code: 1,
		};
	}
	const n = playable;
	return {
		stdout: `${cliMessages[lang].validate.allValid(n, pack.files)}\n`,
		stderr: '',
		code: 0,
	};
}

export const run: Command = async ({request, lang}) => {
	// Measuring a level's play draws its screen, in the texts of the language asked for.
	await loadMessages(lang);
	return emit(validateLevels(request.positionals[0], lang));
};
