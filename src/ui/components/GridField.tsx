import {Box, Text} from 'ink';
import {caretIn} from '../../game/caret.js';
import {typesOver} from '../../game/selectors.js';
import type {PlayState} from '../../game/store.js';
import type {Field} from '../../levels/answers.js';
import {formatNumber} from '../../levels/format.js';
import {padEndToWidth, truncateToWidth} from '../text-width.js';
import {theme} from '../theme.js';
import {AnswerText} from './AnswerText.js';

export type GridFieldProps = {
	/** The grid's cells, in reading order. */
	readonly cells: readonly Field[];
	/** The index in the level's fields of the first cell, to tell which cell has the focus. */
	readonly first: number;
	readonly play: PlayState;
	readonly labelWidth: number;
	/** Columns inside the brackets of one cell. */
	readonly cellWidth: number;
};

/** The lines a grid takes on screen: one a row. */
export const gridLines = (cells: readonly Field[]) => cells[0]?.cell?.grid.rows ?? 1;

/**
 * A matrix answered cell by cell, one line a row, or a shape `[3] × [2]`: each
 * cell green once proved, ✗ after a wrong one; ✓ after the grid once every
 * cell is proved.
 */
export function GridField({cells, first, play, labelWidth, cellWidth}: GridFieldProps) {
	const grid = cells[0]?.cell?.grid;
	if (grid === undefined) return null;
	const focusedHere = play.focus >= first && play.focus < first + cells.length;
	const focusedRow = focusedHere ? (cells[play.focus - first]?.cell?.row ?? 0) : -1;
	const proved = cells.every(c => play.solved[c.id] === true && play.revealed[c.id] === undefined);
	const anyWrong = cells.some(c => play.wrongCells?.[c.id] === true || play.revealed[c.id] === 'corrected');
	const separator = grid.kind === 'shape' ? ' × ' : ' ';
	const rows = Array.from({length: grid.rows}, (_, i) => cells.filter(c => c.cell?.row === i));
	return (
		<Box flexDirection="column">
			{rows.map((row, i) => (
				<Text key={grid.id + String(i)}>
					{/* ▸ marks the row the focused cell is on. */}
					<Text color={theme.accent}>{i === focusedRow ? '▸ ' : '  '}</Text>
					<Text bold={focusedHere}>
						{padEndToWidth(i === 0 ? truncateToWidth(grid.label, labelWidth) : '', labelWidth)}
					</Text>
					<Text dimColor>{i === 0 ? (grid.kind === 'shape' ? ' : ' : ' = ') : '   '}</Text>
					{row.map((cell, j) => {
						const index = first + cells.indexOf(cell);
						const focused = index === play.focus && play.solved[cell.id] !== true;
						const revealed = play.revealed[cell.id];
						const provedCell = play.solved[cell.id] === true && revealed === undefined;
						const draft = play.drafts[cell.id] ?? '';
						const answer = formatNumber(cell.expected, 6);
						const shown =
							revealed === 'shown' || (provedCell && draft === '') ? answer : revealed === 'corrected' ? answer : draft;
						const wrong = play.wrongCells?.[cell.id] === true || revealed === 'corrected';
						return (
							<Text key={cell.id}>
								{j > 0 && <Text dimColor>{separator}</Text>}
								{/* The focused cell's brackets stand out, and its caret shows where typing goes. */}
								<Text color={focused ? theme.accent : undefined} dimColor={!focused}>
									[
								</Text>
								<AnswerText
									text={shown}
									caret={focused ? caretIn(play.caret, cell.id, draft) : undefined}
									// A ✗ cell, or one just entered, is typed over from its first key, unless Home or End put the caret in its text.
									selected={focused && typesOver(play, cell.id)}
									width={cellWidth}
									color={provedCell ? theme.right : revealed !== undefined ? theme.hint : undefined}
								/>
								<Text color={focused ? theme.accent : undefined} dimColor={!focused}>
									]
								</Text>
								<Text color={theme.wrong}>{wrong ? '✗' : ' '}</Text>
							</Text>
						);
					})}
					{i === 0 && proved && <Text color={theme.right}> ✓</Text>}
					{i === 0 && !proved && anyWrong && <Text color={theme.wrong}> ✗</Text>}
				</Text>
			))}
		</Box>
	);
}
