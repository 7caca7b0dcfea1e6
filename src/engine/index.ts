export type {Dataset} from './datasets.js';
export {makeMoons, makeSpiral, makeXor} from './datasets.js';
export {EngineDomainError, EngineShapeError} from './errors.js';
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
export type {ReduceOptions, TensorOp} from './tensor.js';
export {Tensor, TensorArena, toTensor} from './tensor.js';
export type {TensorLayer} from './tensor-nn.js';
export {TensorMLP, tensorL2Penalty, tensorSgdStep} from './tensor-nn.js';
export type {NestedArray, Shape} from './tensor-shape.js';
export {formatShape} from './tensor-shape.js';
export type {Edge, Op} from './value.js';
export {toValue, Value} from './value.js';
