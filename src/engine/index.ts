export type {Dataset} from './datasets.js';
export {makeMoons, makeXor} from './datasets.js';
export {EngineDomainError} from './errors.js';
export type {GradCheckResult} from './grad-check.js';
export {gradCheck, numericalGradient} from './grad-check.js';
export type {Activation, MlpOptions} from './nn.js';
export {
	halfSquaredError,
	Layer,
	l2Penalty,
	MLP,
	maxMarginLoss,
	meanSquaredError,
	Neuron,
	sgdStep,
	sum,
	zeroGrad,
} from './nn.js';
export type {Random} from './random.js';
export {seededRandom} from './random.js';
export type {Edge, Op} from './value.js';
export {toValue, Value} from './value.js';
