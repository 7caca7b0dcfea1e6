import type {Language} from './language.js';

/**
 * A number as the game shows it: at most four significant digits, never NaN or Infinity. Trailing
 * zeros are dropped from an exact value (0.5, 2) but a rounded one keeps three figures (0.920), or
 * `kept` (a change shown to 7 figures keeps them all: 0.2983710).
 */
export function formatNumber(x: number, digits = 4, kept = 3): string {
	if (!Number.isFinite(x)) return '—';
	if (x === 0) return '0';
	const abs = Math.abs(x);
	if (abs >= 1e6 || abs < 1e-4) return powerOfTen(x, digits - 1, kept - 1);
	// toPrecision switches to exponent notation once the integer part is longer than the digits.
	if (abs >= 10 ** digits) return String(Math.round(x));
	const text = x.toPrecision(digits);
	if (!text.includes('.')) return text;
	const short = text.replace(/\.?0+$/, '');
	if (short === text || Math.abs(Number(short) - x) <= exact * abs) return short;
	// A rounded value keeps the zeros of its first three figures: 0.9198 shows as 0.920, not 0.92,
	// so a number copied from the screen has the figures an answer needs.
	return x.toPrecision(Math.min(digits, kept));
}

/** The most figures a change is shown with: beyond, before and after are one number to a learner. */
const changeFigures = 8;

/**
 * A value before and after a change (a weight, an error), written as maths with as many figures as
 * it takes for the two to differ: 4 as everywhere, up to 8 (an error 0.29837111 → 0.29837101).
 */
export function formatChange(before: number, after: number): {readonly before: string; readonly after: string} {
	for (let digits = 4; digits <= changeFigures; digits++) {
		const kept = digits === 4 ? 3 : digits;
		const shown = {
			before: formatNumber(before, digits, kept).replaceAll('-', '−'),
			after: formatNumber(after, digits, kept).replaceAll('-', '−'),
		};
		// Read back as numbers: 2.5×10⁻⁵ and a rounded 2.50×10⁻⁵ are written apart but say one value.
		if (readWrittenNumber(shown.before) !== readWrittenNumber(shown.after)) return shown;
	}
	return {before: formatMaths(before), after: formatMaths(after)};
}

/** How close a value must be to its shorter written form to count as that number exactly. */
const exact = 1e-9;

/**
 * A number as a player types it: like `formatNumber`, but a very small or large one in the
 * e-notation an answer field takes (`8.33e-6`), for a field's box and an answer key.
 */
export function typedNumber(x: number, digits = 4): string {
	const abs = Math.abs(x);
	if (Number.isFinite(x) && x !== 0 && (abs >= 1e6 || abs < 1e-4))
		return x.toExponential(digits - 1).replace(/\.?0+e/, 'e');
	return formatNumber(x, digits);
}

const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A very small or large number as maths writes it, `2.5×10⁻⁴`, never as code's `2.5e-4`. */
export function powerOfTen(x: number, decimals: number, kept = 2): string {
	const full = x.toExponential(decimals);
	const short = full.replace(/\.?0+e/, 'e');
	// As in formatNumber: only an exact value loses its zeros below three figures.
	const written =
		short === full || Math.abs(Number(short) - x) <= exact * Math.abs(x)
			? short
			: x.toExponential(Math.min(decimals, kept));
	const [mantissa = '', exponent = '0'] = written.split('e');
	const power = Number(exponent);
	const raised = [...String(Math.abs(power))].map(d => superscripts[Number(d)]).join('');
	return `${mantissa}×10${power < 0 ? '⁻' : ''}${raised}`;
}

/** Numbers as texts write them: a real or an ASCII minus, and a power of ten as `2.5×10⁻⁴` or `2.5e-4`. */
export const writtenNumberPattern = /[-−]?\d+(?:\.\d+)?(?:×10⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+|e[-−+]?\d+)?/g;

/** The value of a number matched by `writtenNumberPattern`: `−2.5×10⁻⁴` is −0.00025. */
export function readWrittenNumber(token: string): number {
	const ascii = token.replaceAll('−', '-').replace(/×10(⁻?)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/u, (_, minus: string, digits: string) => {
		const power = [...digits].map(d => superscripts.indexOf(d)).join('');
		return `e${minus === '' ? '' : '-'}${power}`;
	});
	return Number(ascii);
}

/** A number as printed maths writes it: a true minus sign (−0.25), as worked steps show it. */
export function formatMaths(x: number, digits = 4): string {
	return formatNumber(x, digits).replaceAll('-', '−');
}

/** A number after an operator in printed maths: bracketed when negative, `4·(−3)`, `a − (−2)`. */
export function formatOperand(x: number, digits = 4): string {
	return x < 0 ? `(${formatMaths(x, digits)})` : formatMaths(x, digits);
}

/** A row of a matrix as a tuple: `(0.5, −3, 4)`. */
const tuple = (row: readonly number[], digits: number) => `(${row.map(x => formatMaths(x, digits)).join(', ')})`;

/** The entries of a column, top to bottom. */
const columnOf = (rows: readonly (readonly number[])[]) => rows.map(row => row[0] ?? 0);

/**
 * A matrix on one line as maths writes it, the same in every language: a row as a tuple
 * `(1, 0)`, a column as a transposed row `(1, −1)ᵀ`, and a larger matrix as its rows
 * `((0.5, 1), (−3, 4))`; never code's `[0.5 1; −3 4]` or `[[0.5, 1], [−3, 4]]`. A text that
 * knows its language says a matrix with `matrixInWords`.
 */
export function matrixMaths(rows: readonly (readonly number[])[], digits = 4): string {
	if (rows.length === 1) return tuple(rows[0] ?? [], digits);
	if (rows.every(row => row.length === 1)) return `${tuple(columnOf(rows), digits)}ᵀ`;
	return `(${rows.map(row => tuple(row, digits)).join(', ')})`;
}

/** How each language names a matrix written out in a sentence: a column, and a matrix by its rows. */
const matrixWords: Readonly<Record<Language, {column: string; rows: (rows: readonly string[]) => string}>> = {
	en: {
		column: 'the column',
		rows: rows => `rows ${rows.slice(0, -1).join(', ')} and ${rows.at(-1) ?? ''}`,
	},
	ko: {column: '열벡터', rows: rows => `행 ${rows.join(', ')}`},
};

/**
 * A matrix in a sentence, as a learner reads it: a row as a tuple `(1, 0)`, a column named as one
 * (`the column (1, −1)`, `열벡터 (1, −1)`), a larger matrix by its rows (`rows (2, 3) and (0, 1)`,
 * `행 (2, 3), (0, 1)`), a single number as itself.
 */
export function matrixInWords(rows: readonly (readonly number[])[], lang: Language, digits = 4): string {
	const words = matrixWords[lang];
	if (rows.length === 1 && rows[0]?.length === 1) return formatMaths(rows[0][0] ?? 0, digits);
	if (rows.length === 1) return tuple(rows[0] ?? [], digits);
	if (rows.every(row => row.length === 1)) return `${words.column} ${tuple(columnOf(rows), digits)}`;
	return words.rows(rows.map(row => tuple(row, digits)));
}
