// The scrolling page on screen now, laid out at the size the game draws at:
// what the scroll keys need to know, read from the same lines the screens draw.

import {noPage, type PageLayout} from '../game/reading.js';
import {currentLevel, type GameState} from '../game/store.js';
import {pageLayout} from './components/page-lines.js';
import {overviewPage, summaryPage} from './practice-pages.js';
import {readingRows, readingRowsShown} from './screens/reading-rows.js';

/** The page the scroll keys move on this screen, or `noPage` when it has none. */
export function screenPage(state: GameState, width: number, height: number): PageLayout {
	const {lang, overlay, screen, practiceNow: now} = state;
	if (overlay === 'intro' || overlay === 'explanation')
		return {lines: readingRows({...state, level: currentLevel(state)}, width).length, rows: readingRowsShown(height)};
	if (overlay !== 'none') return noPage;
	const history = state.progress.practice;
	if (screen === 'practice-summary') return pageLayout(summaryPage({...state, history}), width, height);
	if (screen === 'practice-overview') {
		const schedulable = state.practiceStatus(now).unlocked;
		return pageLayout(overviewPage({lang, history, schedulable, now}), width, height);
	}
	return noPage;
}
