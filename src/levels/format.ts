/** A number as the game shows it: at most four significant digits and no trailing zeros; never NaN or Infinity. */
export function formatNumber(x: number, digits = 4): string {
	if (!Number.isFinite(x)) return '—';
	if (x === 0) return '0';
	const abs = Math.abs(x);
	if (abs >= 1e6 || abs < 1e-4) return x.toExponential(digits - 1).replace(/\.?0+e/, 'e');
	// toPrecision switches to exponent notation once the integer part is longer than the digits.
	if (abs >= 10 ** digits) return String(Math.round(x));
	const text = x.toPrecision(digits);
	return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** A number as printed maths writes it: a true minus sign (−0.25), as worked steps show it. */
export function formatMaths(x: number, digits = 4): string {
	return formatNumber(x, digits).replaceAll('-', '−');
}

/** A number after an operator in printed maths: bracketed when negative, `4·(−3)`, `a − (−2)`. */
export function formatOperand(x: number, digits = 4): string {
	return x < 0 ? `(${formatMaths(x, digits)})` : formatMaths(x, digits);
}
