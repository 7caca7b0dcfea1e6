// The start-up yardstick: the smallest bundled Ink app that draws one box.
import {Box, render, Text, useApp, useInput} from 'ink';

function Hello() {
	const {exit} = useApp();
	useInput(input => {
		if (input === 'q') exit();
	});
	return (
		<Box borderStyle="round" paddingX={1}>
			<Text>ready</Text>
		</Box>
	);
}

render(<Hello />);
