import {hashText} from './random.js';

/** What an exercise asks, as a short text: the same formula, numbers and questions give the same fingerprint. */
export function levelFingerprint(shape: object): string {
	const {formula, inputs, ask, path, of, wrt, param, learningRate} = shape as Record<string, unknown>;
	return hashText(JSON.stringify([formula, inputs, ask, path, of, wrt, param, learningRate])).toString(36);
}
