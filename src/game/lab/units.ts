import type {LevelSpec} from '../../levels/schema.js';

/** An activation that can flatten and so stall training: what a stall's message may blame. */
export type LabUnit = 'sigmoid' | 'tanh' | 'relu';

/**
 * The activations a lab's network applies, hidden layers first, each once. The
 * notes' network is sigmoid throughout; an MLP names its own; a one-weight
 * descent has none, so only a plateau can stall it.
 */
export function labUnits(spec: LevelSpec): readonly LabUnit[] {
	if (spec.kind !== 'lab') return [];
	if (spec.model.type === 'notes-2-2-2') return ['sigmoid'];
	const units: LabUnit[] = [spec.model.activation];
	const output = spec.model.outputActivation;
	if (output !== 'linear' && !units.includes(output)) units.push(output);
	return units;
}
