// A memory yardstick: the smallest bundled Ink app that redraws a screenful
// (78×20 characters) at 20 frames/s, as the lab does.
import {Box, render, Text} from 'ink';
import {useEffect, useState} from 'react';

const rows = Array.from({length: 20}, (_, r) => r);

function Animation() {
	const [frame, setFrame] = useState(0);
	useEffect(() => {
		const timer = setInterval(() => setFrame(n => n + 1), 50);
		return () => clearInterval(timer);
	}, []);
	return (
		<Box flexDirection="column">
			<Text>frame {frame}</Text>
			{rows.map(r => (
				<Text key={r}>
					{Array.from({length: 78}, (_, c) => ((r * 7 + c * 3 + frame) % 11 === 0 ? 'o' : ' ')).join('')}
				</Text>
			))}
		</Box>
	);
}

render(<Animation />);
