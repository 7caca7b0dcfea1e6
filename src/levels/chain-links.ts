// What each factor of a long chain is, so a learner facing five fields in a
// row can tell them apart: the error's slope, an activation's slope, the
// number an input is multiplied by, an add node. Read off the engine graph.

import type {LevelGraph, NamedNode, NodeOp} from './graph.js';
import {isHalfSquare, partnerIn} from './mistakes.js';
import {type OperatorName, operators, unaryFunctionOperators} from './operators.js';

/** The one-input function a step applies (σ, tanh, …), if that is what it is. */
const functionOf = (op: NodeOp): OperatorName | undefined => unaryFunctionOperators.find(fn => fn === op);

/** The kind of local derivative a link ∂upper/∂lower is. */
export type LinkKind =
	| {readonly kind: 'errorSlope'}
	| {readonly kind: 'functionSlope'; readonly fn: string; readonly at: string}
	| {readonly kind: 'multiplier'; readonly of: string; readonly by: string}
	| {readonly kind: 'constantMultiplier'; readonly of: string}
	| {readonly kind: 'addend'}
	| {readonly kind: 'other'};

/** One factor of a chain: which of how many, and what it is. */
export type ChainLink = {readonly index: number; readonly count: number; readonly what: LinkKind};

/**
 * A link ∂upper/∂lower through a weighted sum into an activation's output
 * (∂y1/∂H1), where writing a detour through the weight (∂y1/∂w21·∂w21/∂H1)
 * is a known slip: the weight does not depend on the input it multiplies.
 */
export type Detour = {readonly of: string; readonly wrt: string; readonly through: string};

/** Chains of at least this many links name each factor; shorter ones leave that to the learner. */
export const namedLinksFrom = 4;

/** What the local derivative ∂upper/∂lower is, in words a learner knows from earlier chapters. */
export function linkKind(graph: LevelGraph, upper: NamedNode, lower: string): LinkKind {
	if (isHalfSquare(graph, upper)) return {kind: 'errorSlope'};
	const fn = functionOf(upper.op);
	if (fn !== undefined) return {kind: 'functionSlope', fn: operators[fn].glyph.trim(), at: lower};
	const partner = partnerIn(graph, upper, lower);
	// A constant partner is the answer itself, so only its kind is named.
	if (partner !== undefined)
		return partner.named ? {kind: 'multiplier', of: lower, by: partner.label} : {kind: 'constantMultiplier', of: lower};
	if (upper.op === 'add') return {kind: 'addend'};
	return {kind: 'other'};
}
