import {it} from 'vitest';
import {speakText} from '../src/ui/reader/speech.js';

it('x', () => {
	for (const t of [
		'∂y1/∂H1은 고리 하나입니다',
		'∂f/∂x이므로',
		'∂f/∂q입니다',
		'∂E/∂w11과 ∂E/∂w11로',
		'상류 기울기는 ∂f/∂q입니다',
		'∂f/∂x ≈ 0.819·(−0.4)·1입니다.',
		'∂f/∂x를 구하세요',
		'∂f/∂w1이 0',
	])
		console.log(speakText(t, 'ko'));
	console.log(speakText('here they are the E1 path (━) and the E2 path (═), which; the green path (━, to E1)', 'en'));
});
