/** A math operation was asked for outside its domain (log of 0, division by zero, …). */
export class EngineDomainError extends Error {
	override name = 'EngineDomainError';
}
