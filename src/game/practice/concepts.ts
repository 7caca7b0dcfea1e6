import type {Text} from '../../levels/schema.js';

/** The skills practice drills, one generator family each. */
export const concepts = [
	'add-node',
	'multiply-node',
	'max-gate',
	'chain-rule',
	'many-paths',
	'sigmoid-neuron',
	'tanh-neuron',
	'weighted-sum',
	'network-forward',
	'weight-update',
	'derive',
	'grad-check',
	'find-the-bug',
	'matmul-backward',
	'batch-bias',
	'batch-mean',
	'softmax-ce',
] as const;

export type Concept = (typeof concepts)[number];

export function isConcept(name: string): name is Concept {
	return concepts.some(concept => concept === name);
}

/** What a player reads: the menu line, the summary, the export. */
export const conceptNames = {
	'add-node': {en: 'add node', ko: '덧셈 노드'},
	'multiply-node': {en: 'multiply node', ko: '곱셈 노드'},
	'max-gate': {en: 'max node', ko: 'max 노드'},
	'chain-rule': {en: 'chain rule', ko: '연쇄법칙'},
	'many-paths': {en: 'many paths', ko: '여러 경로'},
	'sigmoid-neuron': {en: 'sigmoid neuron', ko: '시그모이드 뉴런'},
	'tanh-neuron': {en: 'tanh neuron', ko: 'tanh 뉴런'},
	'weighted-sum': {en: 'weighted sum', ko: '가중합'},
	'network-forward': {en: 'network forward pass', ko: '신경망 순전파'},
	'weight-update': {en: 'weight update', ko: '가중치 업데이트'},
	derive: {en: 'slopes as formulas', ko: '식으로 쓰는 기울기'},
	'grad-check': {en: 'gradient check', ko: '기울기 검사'},
	'find-the-bug': {en: 'find the bug', ko: '실수 찾기'},
	'matmul-backward': {en: 'backward through a matrix product', ko: '행렬 곱의 역전파'},
	'batch-bias': {en: 'bias over a batch', ko: '배치의 편향 기울기'},
	'batch-mean': {en: 'mean over a batch (÷N)', ko: '배치 평균 (÷N)'},
	'softmax-ce': {en: 'softmax and cross-entropy', ko: '소프트맥스와 교차 엔트로피'},
} as const satisfies Record<Concept, Text>;

/** The shipped chapter that teaches each concept; practising it unlocks once that chapter is solved. */
export const conceptChapters = {
	'add-node': 'add-node',
	'multiply-node': 'multiply-node',
	'max-gate': 'multiply-node',
	'chain-rule': 'chain-rule',
	'many-paths': 'many-paths',
	'sigmoid-neuron': 'chain-rule',
	'tanh-neuron': 'chain-rule',
	// Its exercises ask for w·x + b's gradients, which take the add and multiply rules.
	'weighted-sum': 'multiply-node',
	'network-forward': 'network',
	'weight-update': 'weight-update',
	derive: 'check-derive-debug',
	'grad-check': 'check-derive-debug',
	'find-the-bug': 'check-derive-debug',
	'matmul-backward': 'layer-and-batch',
	'batch-bias': 'layer-and-batch',
	'batch-mean': 'layer-and-batch',
	'softmax-ce': 'softmax-cross-entropy',
} as const satisfies Record<Concept, string>;
