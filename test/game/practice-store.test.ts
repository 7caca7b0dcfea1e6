import {describe, expect, it} from 'vitest';
import {dispatchKey} from '../../src/game/keys.js';
import {levelFingerprint} from '../../src/game/practice/fingerprint.js';
import {emptyProgress, type Progress} from '../../src/game/progress.js';
import {createGameStore, currentLevel} from '../../src/game/store.js';
import {shippedLevels as levels, progressSolving} from '../support/levels.js';

const start = Date.parse('2026-03-02T09:00:00.000Z');

function game(progress: Progress, startPractice?: {concept?: 'many-paths' | 'multiply-node'; seed?: number}) {
	let clock = start;
	const saved: Progress[] = [];
	const store = createGameStore({
		lang: 'en',
		levels,
		progress,
		now: () => clock,
		startPractice,
		onProgress: p => {
			saved.push(p);
			return undefined;
		},
	});
	const key = (input: string, k: Record<string, boolean> = {}) => dispatchKey(store, input, k);
	/** Types each field's answer (or the given wrong one first) and checks it, through the keys. */
	const solve = (wrongFirst?: (expected: number) => number) => {
		const level = currentLevel(store.getState());
		for (const [i, field] of (level?.fields ?? []).entries()) {
			if (i === 0 && wrongFirst !== undefined) {
				for (const ch of String(wrongFirst(field.expected))) key(ch);
				key('', {return: true});
				key('u');
			}
			for (const ch of String(field.expected)) key(ch);
			key('', {return: true});
		}
	};
	return {store, saved, key, solve, tick: (ms: number) => (clock += ms)};
}

describe('practice from the menu', () => {
	it('is locked until a chapter is solved, and p then says why instead of starting', () => {
		const {store, key} = game(emptyProgress);
		expect(store.getState().practiceStatus()).toEqual({unlocked: [], due: []});
		key('p');
		expect(store.getState().screen).toBe('menu');
		expect(store.getState().practice).toBeUndefined();
		expect(store.getState().notice).toEqual({kind: 'practice-unavailable', reason: 'locked'});
		// In a pack that teaches no practised concept, p says that instead.
		const custom = createGameStore({
			lang: 'en',
			levels: levels.filter(l => l.chapter.id === 'gradient-descent'),
			progress: emptyProgress,
		});
		dispatchKey(custom, 'p', {});
		expect(custom.getState().notice).toEqual({kind: 'practice-unavailable', reason: 'not-offered'});
	});

	it('opens per concept with its chapter: the chain-rule chapter opens the chain rule and both neurons', () => {
		const {store} = game(progressSolving(['chain-rule'], {at: new Date(start)}));
		expect(store.getState().practiceStatus()).toEqual({
			unlocked: ['chain-rule', 'sigmoid-neuron', 'tanh-neuron'],
			due: ['chain-rule', 'sigmoid-neuron', 'tanh-neuron'],
		});
	});

	it('plays five generated levels with the usual checking, records every answer per concept, and ends on a summary', () => {
		const {store, saved, key, solve, tick} = game(progressSolving(['add-node', 'many-paths'], {at: new Date(start)}));
		key('p');
		expect(store.getState()).toMatchObject({screen: 'level', play: {levelId: 'practice-1'}});
		expect(store.getState().practice?.plan).toEqual(['add-node', 'many-paths', 'add-node', 'many-paths', 'add-node']);
		// A wrong sign on the first field of the first level: diagnosed as usual.
		solve(expected => -expected);
		expect(store.getState().play?.answerLog[currentLevel(store.getState())?.fields[0]?.id ?? '']).toEqual([
			'wrongSign',
			'right',
		]);
		key('', {return: true});
		for (let i = 2; i <= 5; i++) {
			tick(60_000);
			expect(store.getState().play?.levelId).toBe(`practice-${i}`);
			solve();
			key('', {return: true});
		}
		expect(store.getState().screen).toBe('practice-summary');
		const practice = store.getState().progress.practice;
		expect(practice['add-node']).toMatchObject({levels: 3, cleanLevels: 2, mistakes: {wrongSign: 1}});
		expect(practice['many-paths']).toMatchObject({levels: 2, cleanLevels: 2, mistakes: {}});
		// The chapters' own records are untouched by practice.
		expect(Object.keys(store.getState().progress.levels).some(id => id.startsWith('practice'))).toBe(false);
		expect(saved).toHaveLength(5);
		key('', {return: true});
		expect(store.getState()).toMatchObject({screen: 'menu', practice: undefined});
	});

	it('brings the concept with a mistake back first: it is due in ten minutes, the clean one in days', () => {
		const {store, key, solve, tick} = game(progressSolving(['add-node', 'many-paths'], {at: new Date(start)}));
		key('p');
		solve(expected => -expected); // add-node, with a mistake
		key('', {return: true});
		solve(); // many-paths, clean
		key('', {return: true});
		key('', {escape: true});
		expect(store.getState().screen).toBe('practice-summary');
		key('', {return: true});
		tick(11 * 60_000);
		expect(store.getState().practiceStatus().due).toEqual(['add-node']);
		tick(3 * 24 * 3_600_000);
		expect(store.getState().practiceStatus().due).toEqual(['add-node', 'many-paths']);
	});

	it('starts one concept directly with a seed, and the same seed gives the same levels', () => {
		const a = game(emptyProgress, {concept: 'many-paths', seed: 9});
		const b = game(emptyProgress, {concept: 'many-paths', seed: 9});
		expect(a.store.getState().screen).toBe('level');
		expect(currentLevel(a.store.getState())?.spec).toEqual(currentLevel(b.store.getState())?.spec);
		expect(currentLevel(a.store.getState())?.chapter.id).toBe('practice-many-paths');
	});

	it('keeps a concept practised by name on the schedule, though its chapter is not finished', () => {
		const {store, key, solve, tick} = game(emptyProgress, {concept: 'many-paths', seed: 4});
		solve(expected => -expected);
		key('', {return: true});
		key('', {escape: true});
		key('', {return: true});
		expect(store.getState().screen).toBe('menu');
		expect(store.getState().practiceStatus().unlocked).toEqual(['many-paths']);
		tick(11 * 60_000);
		expect(store.getState().practiceStatus().due).toEqual(['many-paths']);
		key('p');
		expect(store.getState().practice?.plan[0]).toBe('many-paths');
	});

	it('keeps first-time accuracy per kind of field: a wrong first path shows on paths, not on the total', () => {
		const {store, solve} = game(emptyProgress, {concept: 'many-paths', seed: 4});
		const fields = currentLevel(store.getState())?.fields ?? [];
		solve(expected => -expected);
		const byRole = store.getState().progress.practice['many-paths']?.byRole ?? {};
		const count = (role: string) => fields.filter(f => f.role === role).length;
		expect(fields[0]?.role).toBe('path');
		expect(byRole).toEqual({
			path: {fields: count('path'), firstTimeRight: count('path') - 1},
			total: {fields: 1, firstTimeRight: 1},
		});
	});

	it('never repeats an exercise within a session or across the last ten levels of a concept', async () => {
		const {store, key, solve} = game(emptyProgress, {concept: 'multiply-node', seed: 9});
		const seen: string[] = [];
		for (let round = 0; round < 3; round++) {
			if (round > 0) await store.getState().startPractice('multiply-node', 9);
			for (let i = 0; i < 5; i++) {
				const spec = currentLevel(store.getState())?.spec;
				if (spec !== undefined) seen.push(levelFingerprint(spec));
				// A hint on each level keeps the concept at its easiest step, where exercises are fewest.
				key('h');
				key('y');
				solve();
				key('', {return: true});
			}
			key('', {return: true});
		}
		expect(seen).toHaveLength(15);
		for (const [i, print] of seen.entries()) expect(seen.slice(Math.max(0, i - 10), i)).not.toContain(print);
	});

	it('after the same mistake twice, the next level is a worked example with only its last step left, then practice resumes', () => {
		const {store, key} = game(emptyProgress, {concept: 'many-paths', seed: 2});
		const typeIn = (value: number) => {
			key('u');
			for (const ch of String(value)) key(ch);
			key('', {return: true});
		};
		/** Each path right, then the total: one path alone first when `slip`. */
		const play = (slip: boolean) => {
			const fields = currentLevel(store.getState())?.fields ?? [];
			for (const field of fields) {
				if (store.getState().play?.solved[field.id]) continue;
				const onePath = fields[0]?.expected ?? 0;
				if (slip && field.role === 'total') typeIn(onePath);
				typeIn(field.expected);
			}
			key('', {return: true});
		};
		play(true);
		expect(store.getState().practice?.reteach).toBeUndefined();
		play(true);
		// Level 3 is the worked example of "one path of several".
		const example = currentLevel(store.getState());
		expect(example?.id).toBe('practice-3');
		expect(example?.spec.title.en).toMatch(/^Worked example: /);
		expect(example?.spec.intro.en).toContain('The same mistake twice');
		const fields = example?.fields ?? [];
		const total = fields.findIndex(f => f.role === 'total');
		const playing = store.getState().play;
		expect(playing?.focus).toBe(total);
		for (const [i, field] of fields.entries()) {
			expect(playing?.solved[field.id] === true, field.id).toBe(i !== total);
			if (i !== total) expect(playing?.revealed[field.id]).toBe('shown');
		}
		expect(store.getState().practice?.plan).toHaveLength(6);
		typeIn(fields[total]?.expected ?? 0);
		expect(store.getState().practiceStatus).toBeDefined();
		key('', {return: true});
		// Practice resumes with the plan's next level, a normal one.
		expect(currentLevel(store.getState())?.id).toBe('practice-4');
		expect(currentLevel(store.getState())?.spec.title.en).not.toMatch(/Worked example/);
		// The example counted only the step the learner did.
		const record = store.getState().progress.practice['many-paths'];
		expect(record?.levels).toBe(3);
		// Two more of the same slip are not re-taught again this session.
		play(true);
		play(true);
		expect(store.getState().practice?.examples).toEqual(['practice-3']);
	});

	it('raises the difficulty after two clean levels of a concept', () => {
		const {store, key, solve} = game(emptyProgress, {concept: 'many-paths', seed: 1});
		const paths: number[] = [];
		for (let i = 0; i < 5; i++) {
			paths.push((currentLevel(store.getState())?.fields.length ?? 0) - 1);
			solve();
			key('', {return: true});
		}
		expect(paths).toEqual([2, 2, 3, 3, 4]);
	});
});
