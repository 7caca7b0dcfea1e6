import {Text} from 'ink';
import {theme} from '../theme.js';

export type StarsProps = {
	/** 0–3. */
	readonly count: number;
};

/** ★★☆ — filled and empty stars, readable without colour. */
export function Stars({count}: StarsProps) {
	return (
		<Text>
			<Text color={theme.star}>{'★'.repeat(count)}</Text>
			<Text dimColor>{'☆'.repeat(3 - count)}</Text>
		</Text>
	);
}
