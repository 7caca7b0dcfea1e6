// Level specs that once made the game work without end: formulas inside every
// pack limit whose graphs have exponentially many branches or reread their
// inputs at every step. Shared by the unit tests and the hostile corpus.

const text = (en: string) => ({en, ko: en});

/** a0 = x·2, a1 = a0 + x, a(i) = a(i−1) + a(i−2) …, f = a39·y: 40 steps, ~10⁸ paths from f down to x. */
export const fibonacciFormula = [
	'a0 = x * 2',
	'a1 = a0 + x',
	...Array.from({length: 38}, (_, k) => `a${k + 2} = a${k + 1} + a${k}`),
	'f = a39 * y',
].join('; ');

/** b0 = x·y, b(i) = b(i−1)·x + y up to b99: every step rereads both inputs. */
export const fanOutFormula = ['b0=x*y', ...Array.from({length: 99}, (_, k) => `b${k + 1}=b${k}*x+y`)].join(';');

/** A level of the given kind with texts in both languages. */
export function attackLevel(id: string, fields: Record<string, unknown>): Record<string, unknown> {
	return {
		id,
		title: text(id),
		intro: text('A pack built to make the game work without end.'),
		hints: [text('None.')],
		explain: text('None.'),
		...fields,
	};
}

/** A chapter file holding `levels`. */
export function attackChapter(id: string, levels: Record<string, unknown>[]): string {
	return `${JSON.stringify({formatVersion: 1, chapter: {id, title: text(id)}, levels}, null, 1)}\n`;
}

/** The three kinds that once hung on the Fibonacci formula, and the fan-out chain. */
export const attackLevels = {
	fibonacciGradients: attackLevel('fibonacci-gradients', {
		kind: 'gradients',
		formula: fibonacciFormula,
		inputs: {x: 0.001, y: 1},
		ask: ['df/dy'],
	}),
	fibonacciPaths: attackLevel('fibonacci-paths', {
		kind: 'paths',
		formula: `${fibonacciFormula}; g = f * y`,
		inputs: {x: 0.001, y: 1},
		of: 'g',
		wrt: 'y',
	}),
	fibonacciUpdate: attackLevel('fibonacci-update', {
		kind: 'update',
		formula: fibonacciFormula,
		inputs: {x: 0.001, y: 1},
		param: 'y',
		learningRate: 0.1,
	}),
	fanOut: attackLevel('fan-out-chain', {
		kind: 'gradients',
		formula: fanOutFormula,
		inputs: {x: 0.5, y: 0.25},
		ask: ['db99/dx', 'db99/dy'],
	}),
};
