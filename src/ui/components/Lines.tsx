import {Box, Text} from 'ink';
import type {Line} from '../explanation.js';

export type LinesProps = {
	readonly lines: readonly Line[];
};

/** Prepared lines, one row each; an empty line still takes its row (an empty Ink Text takes none). */
export function Lines({lines}: LinesProps) {
	return (
		<>
			{lines.map((line, i) =>
				line.text.trim() === '' ? (
					// biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
					<Box key={i} height={1} flexShrink={0} />
				) : (
					// biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
					<Text key={i} color={line.color} dimColor={line.dim === true}>
						{line.text}
					</Text>
				),
			)}
		</>
	);
}
