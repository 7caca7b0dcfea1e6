// A grid is one answer to the learner, checked whole by Enter: practice counts
// it once, not once per cell, so one wrong grid is one mistake, not four.
import type {Field} from '../../levels/answers.js';
import type {AnswerKind} from './history.js';

/** One answer as practice counts it: a plain field, or a whole grid; `field` is its first field's index. */
export type CountedAnswer = {readonly field: number; readonly kinds: readonly AnswerKind[]};

/**
 * The level's answers with each grid's cells folded into one: its n-th check is right when every cell
 * checked then was right, and otherwise the first slip among them.
 */
export function countedAnswers(fields: readonly Field[], logs: readonly (readonly AnswerKind[])[]): CountedAnswer[] {
	const counted: {field: number; logs: (readonly AnswerKind[])[]}[] = [];
	const byGrid = new Map<string, {field: number; logs: (readonly AnswerKind[])[]}>();
	fields.forEach((f, i) => {
		const log = logs[i] ?? [];
		const grid = f.cell?.grid.id;
		const known = grid === undefined ? undefined : byGrid.get(grid);
		if (known !== undefined) {
			known.logs.push(log);
			return;
		}
		const answer = {field: i, logs: [log]};
		counted.push(answer);
		if (grid !== undefined) byGrid.set(grid, answer);
	});
	return counted.map(({field, logs: cells}) => {
		const checks = Math.max(0, ...cells.map(log => log.length));
		const kinds = Array.from(
			{length: checks},
			(_, n) => cells.map(log => log[n]).find(kind => kind !== undefined && kind !== 'right') ?? 'right',
		);
		return {field, kinds};
	});
}
