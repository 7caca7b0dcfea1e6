import {describe, expect, it} from 'vitest';
import {emptyProgress} from '../../src/game/progress.js';
import {createGameStore} from '../../src/game/store.js';
import {createNarrator} from '../../src/ui/reader/narrator.js';
import {
	fieldSentence,
	graphSentences,
	speakExpr,
	speakNumber,
	speakText,
	stepSentence,
} from '../../src/ui/reader/speech.js';
import {levelById, shippedLevels} from '../support/levels.js';

const levels = shippedLevels;
const level = (id: string) => levelById(id);

describe('numbers and symbols read aloud', () => {
	it('reads a minus sign as a word, in both languages', () => {
		expect(speakNumber(-2, 'en')).toBe('minus 2');
		expect(speakNumber(-2, 'ko')).toBe('마이너스 2');
		expect(speakNumber(0.25, 'en')).toBe('0.25');
		expect(speakText('upstream ∂f/∂q = −4', 'en')).toBe('upstream the gradient of f with respect to q = minus 4');
	});

	it('keeps a Korean particle after a gradient outside the phrase', () => {
		expect(speakText('상류 기울기는 ∂f/∂q입니다', 'ko')).toBe('상류 기울기는 q에 대한 f의 기울기입니다');
	});

	it("reads the chain rule's product as a product", () => {
		expect(speakText('∂f/∂x = ∂f/∂q · ∂q/∂x', 'en')).toBe(
			'the gradient of f with respect to x = the gradient of f with respect to q times the gradient of q with respect to x',
		);
	});

	it('reads a star count as stars, after its sign', () => {
		expect(speakText('Look again (−1★).', 'en')).toBe('Look again (minus 1 star).');
		expect(speakText('★★', 'en')).toBe('2 stars');
	});

	it('drops drawing characters', () => {
		expect(speakText('x ──┐ q', 'en')).toBe('x q');
	});

	it('reads a formula with brackets only where the order needs them', () => {
		const steps = level('add-pass-through').steps;
		expect(steps.map(s => speakExpr(s.expr, 'en'))).toEqual(['x plus y', 'q times z']);
		const sum = level('activation').steps[0];
		expect(sum === undefined ? '' : speakExpr(sum.expr, 'en')).toBe('w1 times x1 plus w2 times x2 plus b');
	});
});

describe('the graph as sentences', () => {
	it('reads each step with its inputs and value', () => {
		const l = level('add-pass-through');
		expect(stepSentence(l, 'q', undefined, 'en')).toBe('q equals x plus y: x is minus 2 and y is 5, so q is 3.');
		expect(stepSentence(l, 'x', undefined, 'en')).toBe('x is an input: minus 2.');
		expect(stepSentence(l, 'q', undefined, 'ko')).toBe('q = x 더하기 y. x는 마이너스 2, y는 5. 그래서 q는 3입니다.');
		expect(graphSentences(l, undefined, 'en')).toHaveLength(1 + 5);
	});

	it('never reads out a value a field asks for until it is found', () => {
		const l = level('weighted-sum');
		const lines = graphSentences(l, undefined, 'en').join('\n');
		expect(lines).toContain('so z is what you are asked to find.');
		expect(lines).not.toMatch(/z is 7/);
	});

	it('announces a field with its number, what it asks and what is typed', () => {
		const store = createGameStore({lang: 'en', levels, progress: emptyProgress});
		store.getState().enterLevel('add-pass-through');
		const play = store.getState().play;
		if (play === undefined) throw new Error('no play');
		expect(fieldSentence(level('add-pass-through'), play, 1, 'en')).toBe(
			'Field 2 of 3: the gradient of f with respect to x. Empty.',
		);
	});
});

describe('the narrator', () => {
	it('says the menu, then the level, then each answer and the next field, as new lines', () => {
		const store = createGameStore({lang: 'en', levels, progress: emptyProgress});
		const narrate = createNarrator();
		const heard: string[] = [];
		heard.push(...narrate(undefined, store.getState()));
		store.subscribe((next, prev) => heard.push(...narrate(prev, next)));
		expect(heard).toContain(`Level 1 of ${levels.length}: The weighted sum. Chapter 1, Forward pass. Not solved yet.`);
		store.getState().enterLevel('add-pass-through');
		expect(heard).toContain('Field 1 of 3: the gradient of f with respect to q. Empty.');
		const before = heard.length;
		for (const ch of '-4') store.getState().type(ch);
		expect(heard.length).toBe(before); // typing is echoed by the prompt, not narrated
		store.getState().submit();
		expect(heard.slice(before)).toEqual(['✓ Right.', 'Field 2 of 3: the gradient of f with respect to x. Empty.']);
		store.getState().type('1');
		store.getState().submit();
		expect(heard.at(-1)).toMatch(/only the local derivative/);
		expect(heard.join('\n')).not.toMatch(/[─│┌┐└┘├┤┬┴┼╭╮╰╯]/);
	});
});
