// The tensor engine as the matrix levels use it.
import {Tensor} from '../engine/index.js';

export type {Tensor};

/** A one-element tensor holding a constant the formula writes. */
export function constantTensor(x: number): Tensor {
	return Tensor.from(x);
}

/** A leaf tensor from a number, a list or a list of rows. */
export function tensorFrom(value: number | readonly number[] | readonly (readonly number[])[]): Tensor {
	return Tensor.from(value);
}
