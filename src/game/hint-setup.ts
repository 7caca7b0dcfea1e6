// The rung between a local slope's rule and its answer: the slope written in
// the step's names, then with the values on the drawing put in, the
// arithmetic left to the learner (`∂Y1/∂y1 = Y1·(1 − Y1) = 0.7514·(1 − 0.7514) = ?`).
// For a field whose worked step jumps from the rule to the number.

import type {Field} from '../levels/answers.js';
import {type Expr, parseExpression, printMaths} from '../levels/formula.js';
import type {NamedNode} from '../levels/graph.js';
import type {Level} from '../levels/loader.js';
import {derivative, NoFormulaError} from '../levels/symbolic.js';

/** ∂upper/∂lower as an expression in names; σ, tanh and exp by their output, as the rule rung writes them. */
function slopeExpression(level: Level, upper: NamedNode, lower: string): Expr | undefined {
	const byOutput: Readonly<Record<string, string>> = {
		sigmoid: `${upper.name} * (1 - ${upper.name})`,
		tanh: `1 - ${upper.name} ^ 2`,
	};
	const own = byOutput[upper.op];
	if (own !== undefined) return parseExpression(own);
	const step = level.steps.find(s => s.name === upper.name);
	if (step === undefined) return undefined;
	try {
		return derivative(step.expr, lower);
	} catch (error) {
		if (error instanceof NoFormulaError) return undefined;
		throw error;
	}
}

/**
 * The slope of one step, in names and then in numbers, ending `= ?`; undefined
 * unless the field is one step's slope (a local derivative, or a gradient
 * taken straight through the output's step) and the slope has arithmetic in
 * it: a bare number or a bare name is already its own answer.
 */
export function slopeSetup(level: Level, field: Field): string | undefined {
	const [kind, of = '', wrt = ''] = field.id.split(':');
	if (field.role !== 'local' && !(field.role === 'gradient' && kind === 'grad')) return undefined;
	const upper = level.graph?.byName.get(of);
	if (upper === undefined || !upper.deps.some(dep => dep.name === wrt)) return undefined;
	const slope = slopeExpression(level, upper, wrt);
	if (slope === undefined || slope.kind === 'number' || slope.kind === 'name') return undefined;
	const valueOfName = (name: string) => level.graph?.byName.get(name)?.value.data;
	return `${field.label} = ${printMaths(slope)} = ${printMaths(slope, 0, valueOfName)} = ?`;
}
