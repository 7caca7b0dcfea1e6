import {Box, Text} from 'ink';
import {theme} from '../theme.js';
import type {DrawingSpan} from './level-drawing.js';

export type DrawingViewProps = {
	/** The drawing's lines, already fitted to the width. */
	readonly lines: readonly (readonly DrawingSpan[])[];
};

const pathColor = {e1: theme.right, e2: theme.wrong} as const;

/** A level's drawing; the asked paths in the note's colours (their line style says the same without colour). */
export function DrawingView({lines}: DrawingViewProps) {
	return (
		// Box-drawing reads as noise: a screen reader gets the graph as sentences (the screen-reader mode) instead.
		<Box flexDirection="column" flexShrink={0} aria-hidden>
			{lines.map((line, i) => (
				// biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
				<Text key={i}>
					{line.map((span, j) => (
						<Text
							// biome-ignore lint/suspicious/noArrayIndexKey: spans are positional
							key={j}
							color={span.style === undefined ? undefined : pathColor[span.style]}
							bold={span.node === true && span.style !== undefined}
							dimColor={span.dim === true}
						>
							{span.text}
						</Text>
					))}
				</Text>
			))}
		</Box>
	);
}
