import {Box, Text, useApp, useInput} from 'ink';

/** A holding screen until the game screens exist. */
export function Placeholder() {
	const {exit} = useApp();
	useInput(input => {
		if (input === 'q') exit();
	});
	return (
		<Box borderStyle="round" paddingX={1} flexDirection="column">
			<Text bold>backprop-quest</Text>
			<Text>The levels are on their way. Press q to quit.</Text>
		</Box>
	);
}
