import {Box, Text} from 'ink';
import {itemAt} from '../../engine/checked.js';
import {conceptNames} from '../../game/practice/concepts.js';
import {firstPracticeChapter, offersPractice} from '../../game/practice/unlock.js';
import {firstUnsolved, solvedCount, totalPoints} from '../../game/progress.js';
import {Footer} from '../components/Footer.js';
import {ProgressBar} from '../components/ProgressBar.js';
import {Stars} from '../components/Stars.js';
import {useGame} from '../game-context.js';
import {practiceMessages} from '../practice-strings.js';
import {messages} from '../strings.js';
import {displayWidth, padEndToWidth, truncateToWidth} from '../text-width.js';
import {wrapLines} from '../text-wrap.js';
import {theme} from '../theme.js';

export type MenuScreenProps = {
	readonly width: number;
	readonly height: number;
};

type Row = {readonly kind: 'chapter'; readonly text: string} | {readonly kind: 'level'; readonly index: number};

/**
 * The rows shown from `start`: when the list is scrolled into a chapter, its heading
 * stays on the first row (in place of one level row, keeping the cursor on screen).
 */
function withChapterHeading(rows: readonly Row[], start: number, height: number, cursorRow: number): Row[] {
	const shown = rows.slice(start, start + height);
	if (shown[0]?.kind !== 'level') return shown;
	const body =
		cursorRow < start + height - 1 ? rows.slice(start, start + height - 1) : rows.slice(start + 1, start + height);
	const first = rows.indexOf(itemAt(body, 0));
	if (body[0]?.kind !== 'level') return body;
	const heading = rows.slice(0, first).findLast(r => r.kind === 'chapter');
	return heading === undefined ? shown : [heading, ...body];
}

/** Chapters and their levels with status, overall progress, and "continue". */
export function MenuScreen({width, height}: MenuScreenProps) {
	const lang = useGame(s => s.lang);
	const levels = useGame(s => s.levels);
	const progress = useGame(s => s.progress);
	const cursor = useGame(s => s.menuCursor);
	const warnings = useGame(s => s.warnings);
	const notice = useGame(s => s.notice);
	const t = messages(lang);
	const ids = levels.map(l => l.id);
	const solved = solvedCount(progress, ids);
	const nextId = firstUnsolved(progress, ids);
	const next = levels.find(l => l.id === nextId);
	const practiceLine = usePracticeLine();
	const practiceKeys = practiceMessages[lang].menuKeys;

	const rows: Row[] = [];
	levels.forEach((level, index) => {
		if (index === 0 || levels[index - 1]?.chapter.id !== level.chapter.id) {
			rows.push({kind: 'chapter', text: t.chapter(level.chapter.number, level.chapter.title[lang])});
		}
		rows.push({kind: 'level', index});
	});

	// Warnings are wrapped, not cut: a backup's file name must stay readable.
	const warningLines = warnings
		.slice(0, 2)
		.flatMap(w => wrapLines(`  ${w}`, width))
		.slice(0, 4);
	// The export notice is wrapped too: the learner needs the whole path to find the files.
	const noticeText =
		notice === undefined
			? ''
			: notice.kind === 'exported'
				? t.exported(notice.files)
				: notice.kind === 'export-failed'
					? t.exportFailed(notice.error)
					: practiceMessages[lang].unavailable[notice.reason];
	const noticeLines = wrapLines(noticeText, width).slice(0, 3);
	const messageLines = noticeLines.length + (warnings.length > 0 ? 1 + warningLines.length : 0);
	const listHeight = Math.max(3, height - 7 - messageLines);
	const cursorRow = rows.findIndex(r => r.kind === 'level' && r.index === cursor);
	const start = Math.max(0, Math.min(cursorRow - Math.floor(listHeight / 2), rows.length - listHeight));
	const visible = withChapterHeading(rows, start, listHeight, cursorRow);
	const statusWidth = Math.max(3, displayWidth(t.statusNew), displayWidth(t.statusSeen));
	const titleWidth = Math.max(10, width - statusWidth - 21);

	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text>
				<Text bold color={theme.accent}>
					{t.appName}
				</Text>
				<Text dimColor>{truncateToWidth(` — ${t.tagline}`, width - t.appName.length)}</Text>
			</Text>
			<Text>
				<ProgressBar done={solved} total={levels.length} />{' '}
				{t.progress(solved, levels.length, totalPoints(progress, ids))}
			</Text>
			<Text color={theme.accent}>
				{truncateToWidth(next === undefined ? t.allSolved : `${t.continueLabel(next.spec.title[lang])}  (c)`, width)}
			</Text>
			{practiceLine !== undefined && (
				<Text color={practiceLine.open ? theme.accent : undefined} dimColor={!practiceLine.open}>
					{practiceLine.open
						? // The keys always show; a long list of concepts gives way to them.
							`${truncateToWidth(practiceLine.text, width - displayWidth(practiceKeys) - 2)}  ${practiceKeys}`
						: truncateToWidth(practiceLine.text, width)}
				</Text>
			)}
			{notice !== undefined && (
				<Text color={notice.kind === 'exported' ? theme.right : theme.wrong}>{noticeLines.join('\n')}</Text>
			)}
			{warnings.length > 0 && (
				<Box flexDirection="column">
					<Text color={theme.hint}>⚠ {t.warningsTitle(warnings.length)}</Text>
					{warningLines.map((line, i) => (
						// biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
						<Text key={i} dimColor>
							{line}
						</Text>
					))}
				</Box>
			)}
			{/* Roles and labels for a screen reader Ink forwards them to; the screen-reader mode speaks its own sentences. */}
			<Box flexDirection="column" flexGrow={1} marginTop={1} aria-role="menu">
				{visible.map(row => {
					if (row.kind === 'chapter') {
						return (
							<Text key={`c-${row.text}`} bold>
								{truncateToWidth(row.text, width)}
							</Text>
						);
					}
					const level = levels[row.index];
					if (level === undefined) return null;
					const record = progress.levels[level.id];
					const selected = row.index === cursor;
					const title = padEndToWidth(truncateToWidth(level.spec.title[lang], titleWidth), titleWidth);
					return (
						<Text key={level.id} inverse={selected}>
							{selected ? ' ▸ ' : '   '}
							{record?.status === 'solved' ? (
								<Text>
									<Stars count={record.stars} />
									{' '.repeat(statusWidth - 3)}
								</Text>
							) : (
								<Text dimColor>
									{padEndToWidth(record?.status === 'seen' ? t.statusSeen : t.statusNew, statusWidth)}
								</Text>
							)}
							{'  '}
							{title}
							<Text dimColor> {t.kindLabel[level.spec.kind]}</Text>
						</Text>
					);
				})}
			</Box>
			<Footer keys={t.footer.menu} width={width} />
		</Box>
	);
}

/** The menu's practice entry: what is due, or when the next review is, or how it unlocks. */
function usePracticeLine(): {readonly text: string; readonly open: boolean} | undefined {
	const lang = useGame(s => s.lang);
	const levels = useGame(s => s.levels);
	const offered = offersPractice(levels);
	const preparing = useGame(s => s.practiceLoading);
	// Recomputed with the progress: finishing a chapter or a review changes it.
	useGame(s => s.progress);
	const now = useGame(s => s.practiceNow);
	const status = useGame(s => s.practiceStatus)(now);
	const history = useGame(s => s.progress.practice);
	const t = practiceMessages[lang];
	// A pack that teaches none of the concepts has no practice to unlock.
	if (!offered) return undefined;
	if (preparing) return {text: t.menuPreparing, open: true};
	if (status.unlocked.length === 0) {
		const chapter = firstPracticeChapter(levels);
		return {
			text: t.menuLocked(chapter === undefined ? undefined : {number: chapter.number, title: chapter.title[lang]}),
			open: false,
		};
	}
	if (status.due.length > 0)
		return {
			text: t.menuDue(
				status.due.length,
				status.due.slice(0, 3).map(c => conceptNames[c][lang]),
			),
			open: true,
		};
	const soonest = [...status.unlocked].sort(
		(a, b) => new Date(history[a]?.card.due ?? 0).getTime() - new Date(history[b]?.card.due ?? 0).getTime(),
	)[0];
	const due = soonest === undefined ? now : new Date(history[soonest]?.card.due ?? now).getTime();
	return {
		text: t.menuNothingDue(t.inTime(due - now), soonest === undefined ? '' : conceptNames[soonest][lang]),
		open: true,
	};
}
