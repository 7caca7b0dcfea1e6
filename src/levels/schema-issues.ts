import type * as z from 'zod/mini';

/** A JSON path such as `levels[2].ask[1]`. */
export function jsonPath(path: readonly PropertyKey[]): string {
	return path
		.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
		.join('');
}

/**
 * One schema problem in words. zod/mini carries no message text of its own,
 * so every code is described here; messages given in the schema win.
 * Parse with `reportInput: true` so a missing field can be told apart.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
	if (issue.message !== '' && issue.message !== 'Invalid input') return issue.message;
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) return 'missing field';
			// JSON.parse reads 1e309 as Infinity, which JSON.stringify would print as null.
			if (typeof issue.input === 'number' && !Number.isFinite(issue.input)) {
				return 'is too large a number (beyond ±1.8e308)';
			}
			if (issue.expected === 'int') return 'must be a whole number';
			return `must be ${article(issue.expected)}, not ${describeValue(issue.input)}`;
		case 'too_small':
			return issue.origin === 'array'
				? `needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`
				: issue.origin === 'string'
					? 'must not be empty'
					: `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}`;
		case 'too_big':
			return issue.origin === 'array'
				? `allows at most ${issue.maximum} items`
				: `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`;
		case 'invalid_value':
			return `must be ${issue.values.map(v => JSON.stringify(v)).join(' or ')}`;
		case 'invalid_union': {
			const {discriminator, options} = issue as {discriminator?: string; options?: unknown[]};
			if (discriminator !== undefined && options !== undefined) {
				return `${discriminator} must be one of ${options.map(String).join(', ')}`;
			}
			return 'does not match any allowed shape';
		}
		case 'unrecognized_keys':
			return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map(k => `'${k}'`).join(', ')}`;
		case 'invalid_format':
			return `must be ${issue.format === 'datetime' ? 'an ISO 8601 date and time' : `in ${issue.format} format`}`;
		default:
			return `is not valid (${issue.code})`;
	}
}

function article(type: string): string {
	return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describeValue(value: unknown): string {
	if (value === null) return 'null';
	// JSON.parse reads 1e309 as Infinity, which JSON.stringify would print as null.
	if (Array.isArray(value)) return 'a list';
	return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}
