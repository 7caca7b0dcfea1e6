import type * as z from 'zod/mini';
import type {Language} from './language.js';

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
 * Level files are checked in English; a save's dropped records are told in the player's language.
 */
export function describeIssue(issue: z.core.$ZodIssue, lang: Language = 'en'): string {
	if (issue.message !== '' && issue.message !== 'Invalid input') return issue.message;
	return lang === 'ko' ? describeInKorean(issue) : describeInEnglish(issue);
}

function describeInEnglish(issue: z.core.$ZodIssue): string {
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

/** Korean names for the JSON types zod expects. */
const koreanTypes: Readonly<Record<string, string>> = {
	number: '수',
	int: '정수',
	string: '문자열',
	boolean: '참/거짓 값',
	array: '목록',
	object: '객체',
};

/** 'must be a …' in Korean: 이어야 after a closed syllable (문자열이어야), 여야 after an open one (수여야). */
const koreanMustBe: Readonly<Record<string, string>> = {
	number: '수여야',
	int: '정수여야',
	string: '문자열이어야',
	boolean: '참/거짓 값이어야',
	array: '목록이어야',
	object: '객체여야',
};

const koreanBounds = {
	atLeast: '이상이어야',
	moreThan: '초과여야',
	atMost: '이하여야',
	lessThan: '미만이어야',
} as const;

function describeInKorean(issue: z.core.$ZodIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) return '필드가 없습니다';
			if (typeof issue.input === 'number' && !Number.isFinite(issue.input)) {
				return '수가 너무 큽니다(±1.8e308을 넘음)';
			}
			if (issue.expected === 'int') return '정수여야 합니다';
			return `${koreanMustBe[issue.expected] ?? `${issue.expected} 형식이어야`} 하는데 ${describeValueInKorean(issue.input)}입니다`;
		case 'too_small':
			return issue.origin === 'array'
				? `항목이 ${issue.minimum}개 이상 있어야 합니다`
				: issue.origin === 'string'
					? '비어 있으면 안 됩니다'
					: `${issue.minimum} ${issue.inclusive ? koreanBounds.atLeast : koreanBounds.moreThan} 합니다`;
		case 'too_big':
			return issue.origin === 'array'
				? `항목은 ${issue.maximum}개까지만 둘 수 있습니다`
				: `${issue.maximum} ${issue.inclusive ? koreanBounds.atMost : koreanBounds.lessThan} 합니다`;
		case 'invalid_value':
			return `${issue.values.map(v => JSON.stringify(v)).join(', ')} 가운데 하나여야 합니다`;
		case 'invalid_union':
			return '허용되는 형태와 맞지 않습니다';
		case 'unrecognized_keys':
			return `모르는 필드입니다: ${issue.keys.map(k => `'${k}'`).join(', ')}`;
		case 'invalid_format':
			return issue.format === 'datetime' ? 'ISO 8601 날짜와 시각이어야 합니다' : `${issue.format} 형식이어야 합니다`;
		default:
			return `올바르지 않습니다(${issue.code})`;
	}
}

function describeValueInKorean(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return '목록';
	return typeof value === 'object' ? '객체' : `${koreanTypes[typeof value] ?? typeof value} ${JSON.stringify(value)}`;
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
