import {Box, Text} from 'ink';
import {conceptNames} from '../../game/practice/concepts.js';
import type {PracticeLevelResult} from '../../game/practice/history.js';
import {Footer} from '../components/Footer.js';
import {useGame} from '../game-context.js';
import {practiceMessages} from '../practice-strings.js';
import {truncateToWidth} from '../text-width.js';
import {wrapLines} from '../text-wrap.js';
import {theme} from '../theme.js';

export type PracticeSummaryProps = {
	readonly width: number;
	readonly height: number;
};

type Line = {readonly text: string; readonly bold?: boolean; readonly color?: string};

/** After a practice session: per concept, first-time answers, mistakes by kind, and the next review. */
export function PracticeSummary({width, height}: PracticeSummaryProps) {
	const lang = useGame(s => s.lang);
	const session = useGame(s => s.practice);
	const history = useGame(s => s.progress.practice);
	const now = useGame(s => s.clock)();
	const t = practiceMessages[lang];
	const results = session?.results ?? [];
	const byConcept = new Map<string, PracticeLevelResult[]>();
	for (const r of results) byConcept.set(r.concept, [...(byConcept.get(r.concept) ?? []), r]);
	const lines: Line[] = [];
	for (const [concept, levels] of byConcept) {
		const record = history[concept as keyof typeof history];
		const fields = levels.flatMap(l => l.answers);
		const first = fields.filter(f => f[0] === 'right').length;
		const counts = new Map<string, number>();
		for (const kind of fields.flat()) if (kind !== 'right') counts.set(kind, (counts.get(kind) ?? 0) + 1);
		const names = t.mistakeNames as Readonly<Record<string, string>>;
		const mistakes = [...counts].map(([kind, n]) => t.mistakeCount(names[kind] ?? kind, n)).join(', ');
		const due = record === undefined ? undefined : new Date(record.card.due);
		lines.push({
			text: `${conceptNames[concept as keyof typeof conceptNames][lang]} · ${t.levels(levels.length)}`,
			bold: true,
		});
		lines.push({text: `  ${t.firstTime(first, fields.length)}`, color: theme.right});
		lines.push({
			text: `  ${mistakes === '' ? t.noMistakes : t.mistakes(mistakes)}`,
			color: mistakes === '' ? theme.right : theme.wrong,
		});
		if (due !== undefined)
			lines.push({
				text: `  ${t.nextReview(`${t.inTime(due.getTime() - now)} (${shortDate(due)})`)}`,
				color: theme.hint,
			});
	}
	const wrapped = lines.flatMap(line => wrapLines(line.text, width).map(text => ({...line, text})));
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text bold color={theme.accent}>
				{t.summaryTitle}
			</Text>
			<Text dimColor>{'─'.repeat(width)}</Text>
			<Box flexDirection="column" flexGrow={1} marginTop={1}>
				{wrapped.length === 0 && <Text>{t.summaryEmpty}</Text>}
				{wrapped.slice(0, Math.max(1, height - 5)).map((line, i) => (
					// biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
					<Text key={i} bold={line.bold === true} color={line.color}>
						{truncateToWidth(line.text, width)}
					</Text>
				))}
			</Box>
			<Footer keys={t.summaryFooter} width={width} />
		</Box>
	);
}

/** `2026-03-04 09:10` in the player's local time. */
function shortDate(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
