import {Box, Text} from 'ink';
import type {PlayState} from '../../game/store.js';
import type {Field} from '../../levels/answers.js';
import type {ChainLink} from '../../levels/chain-links.js';
import {answerText} from '../../levels/typed-answers.js';
import {displayWidth, padEndToWidth, truncateToWidth} from '../text-width.js';
import {theme} from '../theme.js';

export type AnswerFieldsProps = {
	readonly fields: readonly Field[];
	readonly play: PlayState;
	readonly width: number;
	/** How a formula field says which names it accepts. */
	readonly inNames: (names: string) => string;
	/** How a factor of a long chain says which one it is. */
	readonly chainLink: (link: ChainLink) => string;
};

/** Columns inside the brackets of an answer box; a formula needs more. */
const numberBox = 14;
const formulaBox = 22;

/**
 * One line per asked quantity: its label, the typed answer, and ✓ once proved. After the worked
 * solution, a wrong draft stays with ✗ and the right value beside it; an empty field shows the value.
 */
export function AnswerFields({fields, play, width, inNames, chainLink}: AnswerFieldsProps) {
	const boxWidth = fields.some(f => f.formula !== undefined) ? formulaBox : numberBox;
	const labelWidth = Math.min(Math.max(...fields.map(f => displayWidth(f.label))), Math.max(8, width - boxWidth - 10));
	return (
		<Box flexDirection="column">
			{fields.map((field, i) => {
				const revealed = play.revealed[field.id];
				// ✓ only for what the player proved; the worked solution's values get no tick.
				const proved = play.solved[field.id] === true && revealed === undefined;
				const focused = i === play.focus && play.solved[field.id] !== true;
				const draft = play.drafts[field.id] ?? '';
				const feedback = play.feedback;
				const wrongHere = (feedback?.kind === 'wrong' && feedback.fieldId === field.id) || revealed === 'corrected';
				const answer = answerText(field);
				const shown = revealed === 'shown' || (proved && draft === '') ? answer : draft;
				const text = truncateToWidth(shown, boxWidth - 1);
				const marks =
					(proved ? 2 : 0) + (wrongHere ? 2 : 0) + (revealed === 'corrected' ? 3 + displayWidth(answer) : 0);
				const room = width - 2 - labelWidth - 4 - boxWidth - 1 - marks - 2;
				return (
					<Text key={field.id}>
						<Text color={theme.accent}>{focused ? '▸ ' : '  '}</Text>
						<Text bold={focused}>{padEndToWidth(truncateToWidth(field.label, labelWidth), labelWidth)}</Text>
						<Text dimColor> = [</Text>
						<Text color={proved ? theme.right : revealed === 'shown' ? theme.hint : undefined}>{text}</Text>
						{focused ? <Text inverse> </Text> : ' '}
						{' '.repeat(Math.max(0, boxWidth - 1 - displayWidth(text)))}
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
							<Text dimColor>{` ${field.choice.options.join(' / ')}`}</Text>
						)}
					</Text>
				);
			})}
		</Box>
	);
}
