import {type Particle, particleFor} from '../../src/game/josa.js';
import {loadLevelPack} from '../../src/levels/loader.js';
import {functionNames} from '../../src/levels/operators.js';

// As the Korean game builds them: a node with a Korean label is not an allowed English name.
const shippedLevels = loadLevelPack('levels', {lang: 'ko'}).levels;

// Particles and endings that attach to the word before them. After a number or
// a symbol a space before one of them is always a mistake ("7 를" → "7을").
const attached =
	'으로|을|를|이|가|은|는|와|과|로|의|에|만큼|마다|에서|에게|도|만|처럼|까지|부터|보다|입니다|이다|이고|이며|이면|이므로|이지만|이라|이라는|이라고|라는|인|일|이었|였';
// After punctuation or a sign such as ✗ the next word starts afresh ("✗ 이 곱에는").
const loose = new RegExp(`([^\\s가-힣.,:;!?…✗✓⚠▶⏸↔·—–])[ \\t]+(${attached})(?![가-힣])`, 'gu');
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

// A Korean screen may show Latin letters only as maths and names: variables of
// a level's formula, functions, key names and the
// names of models and people. Any other run of three or more letters is an
// English word left on a Korean screen.
const keyNames = ['Enter', 'Esc', 'Tab', 'Shift', 'Backspace', 'Delete', 'Home', 'End', 'Ctrl', 'PgUp', 'PgDn'];
// Words a player types as an answer (a gradient check's verdict).
const answerWords = ['pass', 'fail'];
const names = [
	'backprop',
	'quest',
	'Matt',
	'Mazur',
	'MLP',
	'ReLU',
	'XOR',
	'JSON',
	'CSV',
	'NaN',
	'micrograd',
	'PyTorch',
];
const formulaNames = shippedLevels.flatMap(level => {
	const spec = level.spec as {formula?: string; inputs?: Record<string, number>};
	return [...(spec.formula ?? '').matchAll(/[A-Za-z_]\w*/g)].map(m => m[0]).concat(Object.keys(spec.inputs ?? {}));
});
const allowed = new Set(
	[...keyNames, ...answerWords, ...names, ...functionNames, ...formulaNames].map(w => w.toLowerCase()),
);

/** English words on a screen: runs of 3+ Latin letters that are not allowed names, with a little context. */
export function englishWords(frame: string): string[] {
	return (
		[...frame.matchAll(/(?<![-\w])[A-Za-z][A-Za-z_]*[A-Za-z]/g)]
			// x and o alone are the points of a decision map.
			.filter(m => m[0].length >= 3 && !/^[xo]+$/.test(m[0]))
			.filter(m => !m[0].split('_').every(part => allowed.has(part.toLowerCase())))
			.map(
				m => `${m[0]} in "${frame.slice(Math.max(0, m.index - 15), m.index + m[0].length + 15).replace(/\n/g, '⏎')}"`,
			)
	);
}
