// The first rung of a field's hint ladder: the rule that gives this field,
// said for this field (its label, its step, the operation's local slope), in
// every language. Read off the field and the level's graph, so a generated
// practice level gets one as well as a shipped level.

import type {Field} from '../levels/answers.js';
import {linkKind} from '../levels/chain-links.js';
import {printMaths, type Step} from '../levels/formula.js';
import type {LevelGraph, NamedNode} from '../levels/graph.js';
import type {Level} from '../levels/loader.js';
import {isOperatorName, type OperatorName, operators} from '../levels/operators.js';
import type {Text} from '../levels/schema.js';
import {derivative, NoFormulaError} from '../levels/symbolic.js';
import {josa} from './josa.js';

/** The parts of a worked step `a = b = c`, trimmed. */
const parts = (work: string) => work.split(' = ').map(p => p.trim());

/** The step a local derivative is taken of, `Y1 = σ(y1)`, as its worked step prints it before ⇒. */
const stepOf = (work: string) => work.split('⇒')[0]?.trim() ?? work;

const operatorOf = (node: NamedNode): OperatorName | undefined => (isOperatorName(node.op) ? node.op : undefined);

/** The local slope of a function step, written with its output: σ·(1 − σ) is `Y1·(1 − Y1)`. */
function slopeByOutput(op: OperatorName, out: string): string | undefined {
	if (op === 'sigmoid') return `${out}·(1 − ${out})`;
	if (op === 'tanh') return `1 − ${out}²`;
	if (op === 'exp') return out;
	return undefined;
}

/**
 * The slope of a step of several operations by one name, in its names
 * (`2·(w − 3)` for `E = (w − 3)²`); undefined when it comes to a bare number,
 * which would be the answer itself, or has no formula (relu, max).
 */
function composedSlope(steps: readonly Step[], upper: string, lower: string): string | undefined {
	const step = steps.find(s => s.name === upper);
	if (step === undefined) return undefined;
	try {
		const slope = derivative(step.expr, lower);
		return slope.kind === 'number' ? undefined : printMaths(slope);
	} catch (error) {
		if (error instanceof NoFormulaError) return undefined;
		throw error;
	}
}

/**
 * ∂upper/∂lower for a step of the graph: what kind of link it is, and the rule that gives it.
 * `own` when the link is the field itself, not one factor of its chain.
 */
function localRule(
	graph: LevelGraph,
	steps: readonly Step[],
	label: string,
	upper: NamedNode,
	lower: string,
	step: string,
	own: boolean,
): Text {
	const what = linkKind(graph, upper, lower);
	const op = operatorOf(upper);
	switch (what.kind) {
		case 'errorSlope': {
			const slope = composedSlope(steps, upper.name, lower);
			const maths = slope === undefined ? '' : `: ${label} = ${slope}`;
			return {
				en: `${label}: differentiate the error ${step} by ${lower}; the ½ cancels the 2 that comes down from the square, leaving ${lower} minus its target${maths}.`,
				ko: `${label}: 오차 ${josa(step, '을/를')} ${josa(lower, '으로/로')} 미분하면 제곱에서 내려온 2와 ½이 약분되어 ${lower}에서 정답을 뺀 값만 남습니다${maths === '' ? '' : `. 즉 ${label} = ${slope}입니다`}.`,
			};
		}
		case 'functionSlope': {
			const rule = op === undefined ? undefined : operators[op].rule;
			const byOutput = op === undefined ? undefined : slopeByOutput(op, upper.name);
			return {
				en: `${label}: ${step}, and ${rule?.en ?? `differentiate ${upper.name} by ${lower}`}${byOutput === undefined ? '' : `: ${label} = ${byOutput}`}.`,
				ko: `${label}: ${step}이고, ${rule?.ko ?? `${josa(upper.name, '을/를')} ${josa(lower, '으로/로')} 미분합니다`}.${byOutput === undefined ? '' : ` 출력 ${josa(upper.name, '으로/로')} 나타내면 ${label} = ${byOutput}입니다.`}`,
			};
		}
		case 'multiplier':
			// Where the link is the field's answer, `${label} = ${what.by}` would give it by name: only the rule.
			return own
				? {
						en: `${label}: in ${step}, ${lower} is one factor of a product, and a multiply node swaps its inputs: ∂(u·v)/∂u = v, the other factor.`,
						ko: `${label}: ${step}에서 ${josa(lower, '은/는')} 곱의 한쪽 입력이고, 곱셈 노드는 기울기를 보낼 때 입력을 맞바꿉니다: ∂(u·v)/∂u = v, 곧 다른 쪽 입력입니다.`,
					}
				: {
						en: `${label}: in ${step}, ${lower} is multiplied by ${what.by}, so ${label} = ${what.by}: a multiply node swaps its inputs.`,
						ko: `${label}: ${step}에서 ${josa(lower, '와/과')} 곱해지는 것은 ${what.by}이므로 ${label} = ${what.by}입니다. 곱셈 노드는 기울기를 보낼 때 입력을 맞바꿉니다.`,
					};
		case 'constantMultiplier':
			return {
				en: `${label}: in ${step}, ${lower} is multiplied by a constant, and that constant is the slope: ∂(c·u)/∂u = c.`,
				ko: `${label}: ${step}에서 ${lower}에는 상수가 곱해지고, 그 상수가 곧 기울기입니다: ∂(c·u)/∂u = c.`,
			};
		case 'addend':
			return {
				en: `${label}: ${step} adds ${lower} in, and ${operators.add.rule.en}.`,
				ko: `${label}: ${step}에서 ${josa(lower, '은/는')} 더해지는 항이고, ${operators.add.rule.ko}.`,
			};
		case 'other': {
			const slope = op === undefined ? composedSlope(steps, upper.name, lower) : undefined;
			if (slope !== undefined)
				return {
					en: `${label}: differentiate ${step} by ${lower}, holding every other name still: ${label} = ${slope}.`,
					ko:
						upper.deps.length > 1
							? `${label}: ${josa(step, '을/를')} ${josa(lower, '으로/로')} 미분합니다. 다른 변수는 모두 상수로 보면 ${label} = ${slope}입니다.`
							: `${label}: ${josa(step, '을/를')} ${josa(lower, '으로/로')} 미분하면 ${label} = ${slope}입니다.`,
				};
			// A slope that comes to a bare number is the answer: the rule is the step's derivative, written out.
			const written = `∂(${upper.text})/∂${lower}`;
			return op === undefined
				? {
						en: `${label}: differentiate ${step} by ${lower}, holding every other name still: ${label} = ${written}, the same at every ${lower}.`,
						ko: `${label}: ${josa(step, '을/를')} ${josa(lower, '으로/로')} 미분하세요.${upper.deps.length > 1 ? ' 다른 변수는 모두 상수로 봅니다.' : ''} ${label} = ${written}이고, 이 값은 ${lower}의 값과 상관없이 늘 같습니다.`,
					}
				: {
						en: `${label}: ${step}, and ${operators[op].rule.en}.`,
						ko: `${label}: ${step}이고, ${operators[op].rule.ko}.`,
					};
		}
	}
}

/**
 * The rule a formula field applies, said without the formula itself (which
 * is the answer): σ's and tanh's slopes in general, a product's swap, a half
 * square's slope.
 */
function formulaRule(graph: LevelGraph, upper: NamedNode, lower: string, step: string): Text | undefined {
	const what = linkKind(graph, upper, lower);
	const op = operatorOf(upper);
	switch (what.kind) {
		case 'errorSlope':
			return {
				en: `${step} is half a square, and the slope of ½u² is u times the slope of u by ${lower}`,
				ko: `${josa(step, '은/는')} 제곱의 절반이고, ½u²의 기울기는 u에 u를 ${josa(lower, '으로/로')} 미분한 기울기를 곱한 것입니다`,
			};
		case 'functionSlope':
			return op === undefined
				? undefined
				: {en: `${step}, and ${operators[op].rule.en}`, ko: `${step}이고, ${operators[op].rule.ko}`};
		case 'multiplier':
		case 'constantMultiplier':
			return {
				en: `in ${step}, ${lower} is one input of a product, and a product's slope by one input is the other input`,
				ko: `${step}에서 ${josa(lower, '은/는')} 곱의 한쪽 입력이고, 곱의 한 입력에 대한 기울기는 다른 쪽 입력입니다`,
			};
		case 'addend':
			return {
				en: `${step} adds ${lower} in, and ${operators.add.rule.en}`,
				ko: `${step}에서 ${josa(lower, '은/는')} 더해지는 항이고, ${operators.add.rule.ko}`,
			};
		case 'other':
			return op === undefined
				? undefined
				: {en: `${step}, and ${operators[op].rule.en}`, ko: `${step}이고, ${operators[op].rule.ko}`};
	}
}

/** A gradient ∂of/∂wrt of the output: one local step, or the chain rule through the steps that read wrt. */
function gradientRule(level: Level, field: Field, of: string, wrt: string): Text | undefined {
	const graph = level.graph;
	const top = graph?.byName.get(of);
	if (graph === undefined || top === undefined) return undefined;
	if (top.deps.some(d => d.name === wrt))
		return localRule(graph, level.steps, field.label, top, wrt, `${of} = ${top.text}`, true);
	const readers = graph.nodes.filter(n => n !== top && n.deps.some(d => d.name === wrt));
	const reader = readers[0];
	if (reader === undefined) return undefined;
	const chain = readers.map(n => `∂${of}/∂${n.name}·∂${n.name}/∂${wrt}`).join(' + ');
	if (readers.length > 1)
		return {
			en: `${field.label} = ${chain}: ${wrt} feeds more than one step, so add one term per step, each the gradient from above times the local slope.`,
			ko: `${field.label} = ${chain}: ${josa(wrt, '은/는')} 여러 단계에 들어가므로, 단계마다 상류 기울기와 국소 기울기를 곱한 항을 모두 더합니다.`,
		};
	const local = localRule(
		graph,
		level.steps,
		`∂${reader.name}/∂${wrt}`,
		reader,
		wrt,
		`${reader.name} = ${reader.text}`,
		false,
	);
	return {
		en: `${field.label} = ${chain}: the chain rule, the gradient arriving from above times the local slope. ${local.en}`,
		ko: `${field.label} = ${chain}: 연쇄법칙대로 상류 기울기에 국소 기울기를 곱합니다. ${local.ko}`,
	};
}

/** The rule that gives a field, said for that field; undefined where there is nothing to say beyond its worked step. */
export function ruleRung(level: Level, field: Field): Text | undefined {
	const grid = field.cell?.grid;
	if (grid !== undefined) {
		if (grid.kind === 'shape')
			return {
				en: `The shape of ${grid.label}: a product's inner sizes meet and vanish, and a gradient has the shape of what it is taken with respect to.`,
				ko: `${grid.label}의 모양: 행렬 곱에서는 맞닿는 안쪽 크기가 사라지고, 기울기는 미분하는 변수와 모양이 같습니다.`,
			};
		if (grid.work === grid.label) return undefined;
		return {
			en: `All of ${grid.label} follows one rule, ${grid.work}: work each entry the same way.`,
			ko: `${grid.label}의 원소는 모두 한 규칙 ${josa(grid.work, '으로/로')} 구합니다. 원소마다 같은 방법으로 계산하세요.`,
		};
	}
	const [kind, of = '', wrt = ''] = field.id.split(':');
	const graph = level.graph;
	switch (field.role) {
		case 'value': {
			const formula = parts(field.work)[1];
			if (formula === undefined) return undefined;
			// σ is the one function whose formula a learner may not have at hand.
			const sigmoid = graph?.byName.get(of)?.op === 'sigmoid' ? /^σ\((.+)\)$/.exec(formula)?.[1] : undefined;
			const definition = sigmoid === undefined ? '' : `, with σ(${sigmoid}) = 1/(1 + exp(−${sigmoid}))`;
			return {
				en: `${field.label} = ${formula}: put in the numbers on the drawing and your answers above, then work it out${definition}.`,
				ko: `${field.label} = ${formula}: 그림에 적힌 값이나 이미 구한 답을 넣어 계산하세요${definition === '' ? '' : `. σ(${sigmoid}) = 1/(1 + exp(−${sigmoid}))입니다`}.`,
			};
		}
		case 'local': {
			const upper = graph?.byName.get(of);
			if (graph === undefined || upper === undefined) return undefined;
			return localRule(graph, level.steps, field.label, upper, wrt, stepOf(field.work), true);
		}
		case 'gradient':
			return kind === 'grad' || kind === 'bug' ? gradientRule(level, field, of, wrt) : undefined;
		case 'product': {
			const factors = parts(field.work)[0] ?? '';
			// The path the factors walk, top to bottom: ∂c/∂b·∂b/∂a·∂a/∂x goes c → b → a → x.
			const links = [...factors.matchAll(/∂([^/·]+)\/∂([^/·]+)/gu)];
			const path = [...links.map(m => m[1] ?? ''), links.at(-1)?.[2] ?? ''].join(' → ');
			return {
				en: `${field.label} is the product of the local derivatives along the path ${path}, the fields above: ${factors}.`,
				ko: `${josa(field.label, '은/는')} ${path} 경로 위의 국소 기울기, 즉 위 칸들의 값을 모두 곱한 것입니다: ${factors}.`,
			};
		}
		case 'path': {
			const factors = parts(field.work)[0] ?? '';
			return {
				en: `The path ${field.label}: multiply the local derivatives along it, ${factors}.`,
				ko: `${field.label} 경로: 이 경로 위의 국소 기울기 ${josa(factors, '을/를')} 모두 곱합니다.`,
			};
		}
		case 'total': {
			const sum = `${field.label} = ${level.fields
				.filter(f => f.role === 'path')
				.map(f => f.label)
				.join(' + ')}`;
			return {
				en: `${sum}: a value that reaches the output along several paths gets the gradient of each, added.`,
				ko: `${sum}: 여러 경로로 출력에 이어진 값의 기울기는 경로마다 구한 기울기의 합입니다.`,
			};
		}
		case 'update':
			return {
				en: `The new weight is ${field.label}: step against the gradient, η times it, so a positive slope moves the weight down.`,
				ko: `새 가중치는 ${field.label}입니다. 기울기의 반대쪽으로 η·기울기만큼 옮기므로, 기울기가 양수면 가중치가 줄어듭니다.`,
			};
		case 'formula': {
			const upper = graph?.byName.get(of);
			const step = stepOf(field.work);
			const rule = graph === undefined || upper === undefined ? undefined : formulaRule(graph, upper, wrt, step);
			return {
				en: `${field.label} as a formula: ${rule?.en ?? `differentiate ${step}`}. Write the slope in the names beside the box.`,
				ko: `${josa(field.label, '을/를')} 식으로: ${rule?.ko ?? `${josa(step, '을/를')} 미분합니다`}. 칸 옆에 적힌 이름으로 기울기를 쓰세요.`,
			};
		}
		case 'numeric':
			return {
				en: `${field.label}: the centred difference, how much f changes across the step 2h, divided by 2h.`,
				ko: `${field.label}: 중심 차분입니다. 2h 구간에서 f가 변한 양을 2h로 나눕니다.`,
			};
		case 'error':
			return {
				en: `${field.label}: how far apart the two slopes are, relative to the larger of them.`,
				ko: `${field.label}: 두 기울기의 차이를 둘 중 큰 쪽의 크기로 나눈 값입니다.`,
			};
		case 'verdict':
			return {
				en: `${field.label}: compare the relative error r with the tolerance, then type pass or fail.`,
				ko: `${field.label}: 상대 오차 r을 허용치와 비교해 통과나 실패를 입력하세요.`,
			};
		case 'shape':
			return undefined;
	}
}
