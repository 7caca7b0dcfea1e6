import {type Particle, particleFor} from '../../src/game/josa.js';

// Particles and endings that attach to the word before them. After a number or
// a symbol a space before one of them is always a mistake ("7 를" → "7을").
const attached =
	'으로|을|를|이|가|은|는|와|과|로|의|에|만큼|마다|에서|에게|도|만|처럼|까지|부터|보다|입니다|이다|이고|이며|이면|이므로|이지만|이라|이라는|이라고|라는|인|일|이었|였';
const loose = new RegExp(`([^\\s가-힣.,:;!?…])[ \\t]+(${attached})(?![가-힣])`, 'gu');
// The particles whose form depends on the word: each alternative to its pair.
const pairs: Readonly<Record<string, Particle>> = {
	으로: '으로/로',
	로: '으로/로',
	을: '을/를',
	를: '을/를',
	이: '이/가',
	가: '이/가',
	은: '은/는',
	는: '은/는',
	와: '와/과',
	과: '와/과',
};
const glued = /([^\s가-힣])(으로|을|를|이|가|은|는|와|과|로)(?![가-힣])/gu;

/** Every particle in a Korean text that is cut off by a space or has the form that does not fit its word. */
export function particleProblems(text: string): string[] {
	const problems: string[] = [];
	for (const m of text.matchAll(loose)) {
		problems.push(`space before "${m[2]}": …${text.slice(Math.max(0, m.index - 20), m.index + m[0].length)}`);
	}
	for (const m of text.matchAll(glued)) {
		const particle = m[2] ?? '';
		const pair = pairs[particle];
		if (pair === undefined) continue;
		const word = text.slice(0, m.index + 1);
		const fits = particleFor(word, pair);
		if (fits !== particle) {
			problems.push(
				`"${particle}" should be "${fits}": …${text.slice(Math.max(0, m.index - 20), m.index + m[0].length)}`,
			);
		}
	}
	return problems;
}
