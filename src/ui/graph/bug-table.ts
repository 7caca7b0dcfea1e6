// A find-the-bug level's drawing: the worked backward pass as a table, one
// row per node (output first), with the cursor the player moves to the row
// they think is wrong. Once found, that row shows what the pass had there.

import type {PlayState} from '../../game/store.js';
import type {BugTable} from '../../levels/find-the-bug.js';
import {formatNumber} from '../../levels/format.js';
import type {Messages} from '../strings.js';
import {displayWidth, padEndToWidth, truncateToWidth} from '../text-width.js';
import type {DrawingSpan} from './level-drawing.js';

const localText = (node: string, locals: BugTable['rows'][number]['locals']) =>
	locals.length === 0 ? '—' : locals.map(l => `∂${l.of}/∂${node} = ${formatNumber(l.local)}`).join(', ');

/** The table's lines at `width` columns: a head, then one row per node. */
export function bugTableLines(
	table: BugTable,
	play: PlayState | undefined,
	width: number,
	t: Messages,
): DrawingSpan[][] {
	const cursor = play?.row ?? 0;
	const found = play?.bugFound === true;
	const cells = table.rows.map(row => [
		row.node,
		formatNumber(row.value),
		localText(row.node, row.locals),
		formatNumber(row.shown),
	]);
	const head = [t.bugTable.node, t.bugTable.value, t.bugTable.local, t.bugTable.gradient(table.output)];
	const widths = head.map((h, j) => Math.max(displayWidth(h), ...cells.map(c => displayWidth(c[j] ?? ''))));
	const line = (parts: readonly string[]) =>
		parts.map((p, j) => (j === parts.length - 1 ? p : padEndToWidth(p, widths[j] ?? 0))).join('  ');
	const lines: DrawingSpan[][] = [[{text: truncateToWidth(`   ${line(head)}`, width), dim: true}]];
	for (const [i, row] of cells.entries()) {
		const mark = found && i === table.bugRow ? '✗' : !found && i === cursor ? '▸' : ' ';
		lines.push([{text: truncateToWidth(` ${mark} ${line(row)}`, width), node: !found && i === cursor}]);
	}
	return lines;
}
