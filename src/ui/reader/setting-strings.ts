// The help's line for the saved screen-reader setting. The drawn help shows it
// too, so it lives apart from the rest of the reader's texts, which only load
// when the mode is on.
import type {Language} from '../../levels/language.js';

export const screenReaderSetting: Readonly<Record<Language, (on: boolean) => string>> = {
	en: on =>
		on
			? 's  screen-reader mode: on from the next start (press s to turn it off)'
			: 's  screen-reader mode: off (press s to turn it on from the next start, or start with --screen-reader)',
	ko: on =>
		on
			? 's  화면 낭독 모드: 다음 실행부터 켜짐 (s를 누르면 끕니다)'
			: 's  화면 낭독 모드: 꺼짐 (s를 누르면 다음 실행부터 켜집니다. --screen-reader로 시작해도 됩니다)',
};
