import {Box, Text} from 'ink';
import type {PlayState} from '../../game/store.js';
import type {Field} from '../../levels/answers.js';
import {formatNumber} from '../../levels/format.js';
import {displayWidth, padEndToWidth, truncateToWidth} from '../text-width.js';
import {theme} from '../theme.js';

export type AnswerFieldsProps = {
	readonly fields: readonly Field[];
	readonly play: PlayState;
	readonly width: number;
};

/** Columns inside the brackets of an answer box. */
const boxWidth = 14;

/** One line per asked quantity: its label, the typed answer, and ✓ once proved. */
export function AnswerFields({fields, play, width}: AnswerFieldsProps) {
	const labelWidth = Math.min(Math.max(...fields.map(f => displayWidth(f.label))), Math.max(8, width - boxWidth - 10));
	return (
		<Box flexDirection="column">
			{fields.map((field, i) => {
				const solved = play.solved[field.id] === true;
				const focused = i === play.focus && !solved;
				const draft = play.drafts[field.id] ?? '';
				const feedback = play.feedback;
				const wrongHere = feedback?.kind === 'wrong' && feedback.fieldId === field.id;
				const shown = solved ? (draft === '' ? formatNumber(field.expected, 6) : draft) : draft;
				const text = truncateToWidth(shown, boxWidth - 1);
				return (
					<Text key={field.id}>
						<Text color={theme.accent}>{focused ? '▸ ' : '  '}</Text>
						<Text bold={focused}>{padEndToWidth(truncateToWidth(field.label, labelWidth), labelWidth)}</Text>
						<Text dimColor> = [</Text>
						<Text color={solved ? theme.right : undefined}>{text}</Text>
						{focused ? <Text inverse> </Text> : ' '}
						{' '.repeat(Math.max(0, boxWidth - 1 - displayWidth(text)))}
						<Text dimColor>]</Text>
						{solved && <Text color={theme.right}> ✓</Text>}
						{wrongHere && <Text color={theme.wrong}> ✗</Text>}
					</Text>
				);
			})}
		</Box>
	);
}
