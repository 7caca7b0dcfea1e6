import type {Language} from '../ui/strings.js';

/** --lang wins; otherwise LC_ALL, LC_MESSAGES or LANG starting with `ko` picks Korean. */
export function pickLanguage(flag: string | undefined, env: NodeJS.ProcessEnv): Language {
	if (flag === 'ko' || flag === 'en') return flag;
	const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
	return locale.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
