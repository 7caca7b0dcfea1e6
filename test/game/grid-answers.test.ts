// Practice counts a grid as one answer, as Enter checks it: one wrong grid is
// one mistake in the record and the summary, not one for each of its cells.
import {describe, expect, it} from 'vitest';
import {generateLevel} from '../../src/game/practice/generate.js';
import {countedAnswers} from '../../src/game/practice/grid-answers.js';
import type {AnswerKind} from '../../src/game/practice/history.js';

describe('a grid counts as one answer in practice', () => {
	const level = generateLevel('matmul-backward', 7, 0, 1).level;
	const gridIds = [...new Set(level.fields.map(f => f.cell?.grid.id))];

	it('a grid typed with its factors swapped, then right, is one slip and one right answer', () => {
		expect(gridIds.every(id => id !== undefined)).toBe(true);
		const first = gridIds[0];
		const logs: AnswerKind[][] = level.fields.map(f =>
			f.cell?.grid.id === first ? ['matmulOrder', 'right'] : ['right'],
		);
		const counted = countedAnswers(level.fields, logs);
		expect(counted).toHaveLength(gridIds.length);
		expect(counted[0]?.kinds).toEqual(['matmulOrder', 'right']);
		expect(counted.slice(1).every(a => a.kinds.length === 1 && a.kinds[0] === 'right')).toBe(true);
	});

	it('a check where some cells were right and one slipped counts as that slip; cells proved early stop adding', () => {
		const cells = level.fields.filter(f => f.cell?.grid.id === gridIds[0]);
		const logs = level.fields.map((f, i): AnswerKind[] =>
			f === cells[0] ? ['right'] : f === cells[1] ? ['nearMiss', 'right'] : i < cells.length ? ['right'] : [],
		);
		expect(countedAnswers(level.fields, logs)[0]?.kinds).toEqual(['nearMiss', 'right']);
	});
});
