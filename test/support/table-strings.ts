// Every text a strings table can produce, for tests that read them all: each
// function is called with stand-ins that read as a number or a name.
import {mistakeReasons} from '../../src/levels/diagnosis.js';
import type {Messages} from '../../src/ui/strings.js';

/**
 * A stand-in for any argument: it reads as `text` (a number when text is one),
 * and any field of it is another such word, so `p.via` and `${n}` both work.
 * The two sample sets end on a final consonant (7, E1) and on none (2, E2), so a
 * particle written by hand instead of chosen fits only one of them.
 */
function sample(text: string, field: string): unknown {
	const base = new String(text);
	return new Proxy(base, {
		get(target, key) {
			if (typeof key === 'symbol' || key in String.prototype) {
				const value = Reflect.get(target, key);
				return typeof value === 'function' ? value.bind(target) : value;
			}
			return field;
		},
	});
}

const sets = [
	{arg: '7', field: 'E1'},
	{arg: '2', field: 'E2'},
];

/** Every string a strings table can produce, with where it comes from. */
export function tableStrings(value: unknown, path: string): [string, string][] {
	if (typeof value === 'string') return [[path, value]];
	if (Array.isArray(value)) return value.flatMap((v, i) => tableStrings(v, `${path}[${i}]`));
	if (typeof value === 'function') {
		return sets.flatMap(({arg, field}) => {
			const args = Array.from({length: Math.max(value.length, 1)}, () => sample(arg, field));
			const call = (callArgs: unknown[]): [string, string][] => {
				try {
					return tableStrings(value(...callArgs), `${path}(${arg})`);
				} catch {
					return [];
				}
			};
			// A first argument of false takes the other branch of (positive, param) => …; other
			// functions make no sense with it, so only what differs from the first call is kept.
			const first = call(args);
			const other = call(args.map((a, i) => (i === 0 ? false : a))).filter(([, t]) => !/false|undefined/.test(t));
			return [...first, ...other];
		});
	}
	if (typeof value === 'object' && value !== null) {
		return Object.entries(value).flatMap(([key, v]) => tableStrings(v, `${path}.${key}`));
	}
	return [];
}

/** Every diagnosed mistake's message in a table, with parameters by name (a stand-in string would answer `p.link` with String's own link). */
export function tableMistakes(t: Messages): [string, string][] {
	return mistakeReasons.flatMap(reason =>
		sets.flatMap(({field}) => {
			const params = new Proxy({}, {get: (_, key) => (key === 'upstream' ? undefined : field)});
			const withUpstream = new Proxy({}, {get: () => field});
			// Without an upstream gradient (a diagnosis that has none) and with one.
			// Called past its parameters' type on purpose: the stand-ins answer any name.
			const say = (p: object): string => Reflect.apply(t.mistakes[reason], undefined, [p]);
			const texts: [string, string][] = [
				[`mistake ${reason}`, say(params)],
				[`mistake ${reason}`, say(withUpstream)],
			];
			return texts.filter(([, text]) => !text.includes('undefined'));
		}),
	);
}
