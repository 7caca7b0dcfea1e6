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

/**
 * The largest pack the limits allow: 100 files of almost 512 KB, each filled
 * with levels at their largest texts and a 100-step formula (the levels past
 * the pack's 200 are parsed, then left out).
 */
export function maximumPackFiles(): {name: string; text: string}[] {
	const long = (n: number, word: string) => word.repeat(Math.ceil(n / word.length)).slice(0, n);
	const text = (n: number) => ({en: long(n, 'gradient '), ko: long(n, '기울기 ')});
	const formula = Array.from({length: 100}, (_, k) => `s${k}=${k === 0 ? 'x' : `s${k - 1}`}*w+x`).join(';');
	const level = (id: string) => ({
		id,
		kind: 'gradients',
		title: text(80),
		intro: text(2000),
		hints: [text(500), text(500), text(500)],
		explain: text(2000),
		formula,
		inputs: {x: 0.5, w: 0.9},
		ask: ['ds99/dx', 'ds99/dw'],
	});
	const limit = 512 * 1024 - 200;
	return Array.from({length: 100}, (_, f) => {
		const levels: unknown[] = [];
		let body = '';
		for (let i = 0; ; i++) {
			const next = JSON.stringify({
				formatVersion: 1,
				chapter: {id: `c${f}`, title: text(80)},
				levels: [...levels, level(`l${f}-${i}`)],
			});
			if (Buffer.byteLength(next) > limit) break;
			levels.push(level(`l${f}-${i}`));
			body = next;
		}
		return {name: `${String(f).padStart(3, '0')}.json`, text: body};
	});
}
