/** A math operation was asked for outside its domain (log of 0, division by zero, …). */
export class EngineDomainError extends Error {
	override name = 'EngineDomainError';
}

/** Tensors whose shapes don't fit the operation (a 2×3 times a 2×2, a sum over an axis that isn't there, …). */
export class EngineShapeError extends Error {
	override name = 'EngineShapeError';
}
