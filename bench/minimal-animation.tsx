// A memory yardstick: the smallest bundled Ink app that redraws a screenful at
// 20 frames/s, as a lab does: the whole terminal but its last row, or
// COLUMNS×ROWS from the environment.
import {Box, render, Text} from 'ink';
import {useEffect, useState} from 'react';

const columns = Number(process.env.YARDSTICK_COLUMNS ?? 80) - 2;
const rows = Array.from({length: Number(process.env.YARDSTICK_ROWS ?? 24) - 4}, (_, r) => r);

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
					{Array.from({length: columns}, (_, c) => ((r * 7 + c * 3 + frame) % 11 === 0 ? 'o' : ' ')).join('')}
				</Text>
			))}
		</Box>
	);
}

render(<Animation />);
