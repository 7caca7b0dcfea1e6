import {Box, Text} from 'ink';
import {caretIn} from '../../game/caret.js';
import type {PlayState} from '../../game/store.js';
import type {Field} from '../../levels/answers.js';
import type {ChainLink} from '../../levels/chain-links.js';
import type {Language} from '../../levels/language.js';
import {answerText} from '../../levels/typed-answers.js';
import {displayWidth, padEndToWidth, truncateToWidth} from '../text-width.js';
import {theme} from '../theme.js';
import {AnswerText} from './AnswerText.js';
import {GridField} from './GridField.js';

export type AnswerFieldsProps = {
	readonly fields: readonly Field[];
	readonly play: PlayState;
	readonly width: number;
	/** How a formula field says which names it accepts. */
	readonly inNames: (names: string) => string;
	/** How a factor of a long chain says which one it is. */
	readonly chainLink: (link: ChainLink) => string;
	/** The language a word field's words are shown in. @default 'en' */
	readonly lang?: Language;
	/** Lines the fields may take; grids beyond them scroll with the focus. @default all of them */
	readonly maxLines?: number;
	/** Says how many lines are out of view above and below. */
	readonly moreLine?: (above: number, below: number) => string;
};

/** One thing on screen: a plain field, or a whole grid. */
type Item = {readonly first: number; readonly fields: readonly Field[]; readonly lines: number};

/** The fields as items: each grid's cells together. */
export function answerItems(fields: readonly Field[]): Item[] {
	const items: Item[] = [];
	fields.forEach((field, i) => {
		const last = items[items.length - 1];
		const grid = field.cell?.grid;
		if (grid !== undefined && last !== undefined && last.fields[0]?.cell?.grid === grid) {
			items[items.length - 1] = {...last, fields: [...last.fields, field]};
			return;
		}
		items.push({first: i, fields: [field], lines: grid === undefined ? 1 : grid.rows});
	});
	return items;
}

/** The lines the answer fields take with nothing scrolled away. */
export const answerLines = (fields: readonly Field[]) => answerItems(fields).reduce((n, item) => n + item.lines, 0);

/** Columns inside the brackets of a grid cell, and of one size of a shape. */
const cellWidth = 9;
const shapeCellWidth = 4;

/** Columns inside the brackets of an answer box; a formula needs more. */
const numberBox = 14;
const formulaBox = 22;

/**
 * One line per asked quantity: its label, the typed answer, and ✓ once proved. After the worked
 * solution, a wrong draft stays with ✗ and the right value beside it; an empty field shows the value.
 */
export function AnswerFields({
	fields,
	play,
	width,
	inNames,
	chainLink,
	lang = 'en',
	maxLines,
	moreLine,
}: AnswerFieldsProps) {
	const boxWidth = fields.some(f => f.formula !== undefined) ? formulaBox : numberBox;
	const labelOf = (f: Field) => f.cell?.grid.label ?? f.label;
	const labelWidth = Math.min(
		Math.max(...fields.map(f => displayWidth(labelOf(f)))),
		Math.max(8, width - boxWidth - 10),
	);
	const items = answerItems(fields);
	const total = items.reduce((n, item) => n + item.lines, 0);
	let shown = items;
	let above = 0;
	let below = 0;
	if (maxLines !== undefined && total > maxLines) {
		// Keep the focused item in view, with as many of its neighbours as fit (one line says what is hidden).
		const room = Math.max(1, maxLines - 1);
		const focused = Math.max(
			0,
			items.findIndex(item => play.focus >= item.first && play.focus < item.first + item.fields.length),
		);
		let from = focused;
		let to = focused + 1;
		let used = items[focused]?.lines ?? 1;
		while (true) {
			const next = items[to];
			if (next !== undefined && used + next.lines <= room) {
				used += next.lines;
				to++;
				continue;
			}
			const previous = items[from - 1];
			if (previous !== undefined && used + previous.lines <= room) {
				used += previous.lines;
				from--;
				continue;
			}
			break;
		}
		shown = items.slice(from, to);
		above = items.slice(0, from).reduce((n, item) => n + item.lines, 0);
		below = items.slice(to).reduce((n, item) => n + item.lines, 0);
	}
	return (
		<Box flexDirection="column" aria-role="list">
			{shown.map(item => {
				const [field] = item.fields;
				if (field === undefined) return null;
				const i = item.first;
				if (field.cell !== undefined)
					return (
						<GridField
							key={field.cell.grid.id}
							cells={item.fields}
							first={item.first}
							play={play}
							labelWidth={labelWidth}
							cellWidth={field.cell.grid.kind === 'shape' ? shapeCellWidth : cellWidth}
						/>
					);
				const revealed = play.revealed[field.id];
				// ✓ only for what the player proved; the worked solution's values get no tick.
				const proved = play.solved[field.id] === true && revealed === undefined;
				const focused = i === play.focus && play.solved[field.id] !== true;
				const draft = play.drafts[field.id] ?? '';
				const feedback = play.feedback;
				const wrongHere = (feedback?.kind === 'wrong' && feedback.fieldId === field.id) || revealed === 'corrected';
				const answer = answerText(field, 6, lang);
				// A proved word shows as the word (ㅔㅁㄴㄴ typed on a Korean layout is 통과).
				const shown = revealed === 'shown' || (proved && (draft === '' || field.choice !== undefined)) ? answer : draft;
				const marks =
					(proved ? 2 : 0) + (wrongHere ? 2 : 0) + (revealed === 'corrected' ? 3 + displayWidth(answer) : 0);
				const room = width - 2 - labelWidth - 4 - boxWidth - 1 - marks - 2;
				return (
					<Text key={field.id}>
						<Text color={theme.accent}>{focused ? '▸ ' : '  '}</Text>
						<Text bold={focused}>{padEndToWidth(truncateToWidth(field.label, labelWidth), labelWidth)}</Text>
						<Text dimColor> = [</Text>
						<AnswerText
							text={shown}
							caret={focused ? caretIn(play.caret, field.id, draft) : undefined}
							width={boxWidth}
							color={proved ? theme.right : revealed === 'shown' ? theme.hint : undefined}
						/>
						<Text dimColor>]</Text>
						{proved && <Text color={theme.right}> ✓</Text>}
						{wrongHere && <Text color={theme.wrong}> ✗</Text>}
						{revealed === 'corrected' && <Text color={theme.hint}>{` → ${answer}`}</Text>}
						{field.formula !== undefined && !proved && revealed === undefined && (
							<Text dimColor>{` ${inNames(field.formula.names.join(', '))}`}</Text>
						)}
						{field.link !== undefined && room > 0 && (
							<Text dimColor>{`  ${truncateToWidth(chainLink(field.link), room)}`}</Text>
						)}
						{field.choice !== undefined && !proved && revealed === undefined && (
							<Text dimColor>{` ${field.choice.words[lang].join(' / ')}`}</Text>
						)}
					</Text>
				);
			})}
			{(above > 0 || below > 0) && moreLine !== undefined && <Text dimColor>{moreLine(above, below)}</Text>}
		</Box>
	);
}
