import {describe, expect, it} from 'vitest';
import {dispatchKey} from '../../src/game/keys.js';
import {emptyProgress, type Progress} from '../../src/game/progress.js';
import {hintOnOffer} from '../../src/game/selectors.js';
import {createGameStore} from '../../src/game/store.js';
import {isTrainingLevel, loadLevelPack} from '../../src/levels/loader.js';

const levels = loadLevelPack('levels').levels;

function game(startLevel?: string) {
	let clock = 0;
	const saved: Progress[] = [];
	const store = createGameStore({
		lang: 'en',
		levels,
		progress: emptyProgress,
		startLevel,
		now: () => clock,
		onProgress: p => {
			saved.push(p);
			return undefined;
		},
	});
	const answer = (text: string) => {
		store.getState().clearDraft();
		store.getState().type(text);
		store.getState().submit();
	};
	return {store, saved, answer, tick: (ms: number) => (clock += ms)};
}

describe('playing a level', () => {
	it('starts on the menu at the first unsolved level', () => {
		const {store} = game();
		expect(store.getState().screen).toBe('menu');
		expect(store.getState().menuCursor).toBe(0);
	});

	it('opens a level directly with startLevel', () => {
		const {store} = game('add-pass-through');
		expect(store.getState().screen).toBe('level');
		expect(store.getState().play?.levelId).toBe('add-pass-through');
	});

	it('a non-number costs no attempt', () => {
		const {store, answer} = game('add-pass-through');
		answer('abc');
		expect(store.getState().play).toMatchObject({attempts: 0, feedback: {kind: 'not-a-number'}});
	});

	it('a wrong answer counts and says what is wrong', () => {
		const {store, answer} = game('add-pass-through');
		answer('4');
		expect(store.getState().play).toMatchObject({
			attempts: 1,
			wrongAnswers: 1,
			feedback: {kind: 'wrong', mistake: {reason: 'wrongSign'}},
		});
	});

	it('the same wrong answer checked again is one try: its message shows again, nothing more is counted', () => {
		const {store, answer} = game('add-pass-through');
		answer('4');
		store.getState().submit();
		store.getState().submit();
		expect(store.getState().play).toMatchObject({
			attempts: 1,
			wrongAnswers: 1,
			feedback: {kind: 'wrong', mistake: {reason: 'wrongSign'}},
		});
		expect(store.getState().play?.answerLog['grad:f:q']).toEqual(['wrongSign']);
		// Typed again, even as the same text, it is a new answer and is checked again.
		answer('4');
		expect(store.getState().play).toMatchObject({attempts: 2, wrongAnswers: 2});
	});

	it('a near miss (the answer to 2 figures) asks for more figures but is not scored as a wrong answer', () => {
		// The tanh neuron's first field: a = tanh(z), not a round number.
		const {store, answer} = game('chain-tanh-neuron');
		const field = levels.find(l => l.id === 'chain-tanh-neuron')?.fields[0];
		const expected = field?.expected ?? 0;
		const [one, two] = [1, 2].map(n => String(Number(expected.toPrecision(n))));
		expect(Number(two)).not.toBe(expected);
		answer(two ?? '');
		expect(store.getState().play?.feedback).toMatchObject({kind: 'wrong', nearMiss: 2});
		answer(one ?? '');
		answer(two ?? '');
		answer(one ?? '');
		expect(store.getState().play).toMatchObject({attempts: 4, wrongAnswers: 0});
	});

	it('a shape typed as one chunk (4x5, 4 5) fills both of its boxes, as the intro says', () => {
		for (const chunk of ['2x3', '2 3', '2×3']) {
			const {store} = game('layer-shapes');
			store.getState().type(chunk);
			const play = store.getState().play;
			const [rows, cols] = levels.find(l => l.id === 'layer-shapes')?.fields ?? [];
			expect([play?.drafts[rows?.id ?? ''], play?.drafts[cols?.id ?? '']]).toEqual(['2', '3']);
			expect(play?.feedback?.kind).not.toBe('not-a-number');
		}
	});

	it('a right answer is marked and focus moves to the next field', () => {
		const {store, answer} = game('add-pass-through');
		answer('-4');
		const play = store.getState().play;
		expect(play?.solved['grad:f:q']).toBe(true);
		expect(play?.focus).toBe(1);
		expect(play?.feedback).toEqual({kind: 'right', fieldId: 'grad:f:q'});
	});

	it('Tab passes over a proved answer, so no key typed for another field lands in it or erases it', () => {
		const {store, answer} = game('add-pass-through');
		answer('-4');
		store.getState().moveFocus(-1);
		expect(store.getState().play?.focus).toBe(2);
		store.getState().moveFocus(1);
		expect(store.getState().play?.focus).toBe(1);
		store.getState().erase();
		store.getState().clearDraft();
		store.getState().type('9');
		const play = store.getState().play;
		expect(play?.drafts['grad:f:q']).toBe('-4');
		expect(play?.drafts['grad:f:x']).toBe('9');
		expect(play?.solved['grad:f:q']).toBe(true);
	});

	it('solving every field records stars, time and saves progress', () => {
		const {store, answer, saved, tick} = game('add-pass-through');
		tick(42_000);
		answer('-4');
		answer('-4');
		answer('2*-2');
		const state = store.getState();
		expect(state.play?.feedback).toEqual({kind: 'complete'});
		expect(state.lastOutcome).toMatchObject({levelId: 'add-pass-through', stars: 3, attempts: 3, timeMs: 42_000});
		expect(saved).toHaveLength(1);
		expect(state.progress.levels['add-pass-through']).toMatchObject({status: 'solved', stars: 3, points: 300});
		state.submit();
		expect(store.getState().screen).toBe('result');
		store.getState().continueAfterResult();
		expect(store.getState().play?.levelId).toBe('add-after-square');
	});

	it("hints climb the focused field's own ladder and each one costs a star", () => {
		const {store, answer} = game('mul-swap');
		for (let i = 0; i < 6; i++) store.getState().hint();
		// The rule for ∂z/∂x, the level hint with the numbers in, the worked step; then no more.
		expect(store.getState().play).toMatchObject({
			hintsShown: 3,
			hintRungs: {'grad:z:x': 3},
			feedback: {kind: 'no-more-hints'},
		});
		answer('-2');
		answer('3');
		expect(store.getState().lastOutcome?.stars).toBe(1);
	});

	it('one hint costs one star: 2 stars', () => {
		const {store, answer} = game('mul-swap');
		store.getState().hint();
		answer('-2');
		answer('3');
		expect(store.getState().lastOutcome?.stars).toBe(2);
	});

	it('a hint on the third field never explains the solved first one', () => {
		const {store, answer} = game('chain-cs231n-neuron');
		answer('0.197');
		answer('-0.197');
		expect(store.getState().play?.focus).toBe(2);
		store.getState().hint();
		expect(store.getState().play).toMatchObject({
			hintRungs: {'grad:f:x0': 1},
			feedback: {kind: 'hint', fieldId: 'grad:f:x0'},
		});
	});

	it('the solution asks first, then scores zero and marks the level seen', () => {
		const {store} = game('mul-swap');
		store.getState().askForSolution();
		expect(store.getState().overlay).toBe('confirm-solution');
		store.getState().closeOverlay();
		expect(store.getState().play?.solutionShown).toBe(false);
		store.getState().askForSolution();
		store.getState().confirmSolution();
		expect(store.getState().play?.solutionShown).toBe(true);
		expect(store.getState().progress.levels['mul-swap']).toMatchObject({status: 'seen', stars: 0});
	});
});

describe('saving', () => {
	it('a save that fails becomes a warning on the menu, and the progress is kept in memory', () => {
		const store = createGameStore({
			lang: 'en',
			levels,
			progress: emptyProgress,
			startLevel: 'mul-swap',
			onProgress: () => 'could not save progress to /x/progress.json (EACCES); it is kept in memory until you quit',
		});
		for (const answer of ['-2', '3']) {
			store.getState().type(answer);
			store.getState().submit();
		}
		expect(store.getState().warnings).toEqual([
			'could not save progress to /x/progress.json (EACCES); it is kept in memory until you quit',
		]);
		expect(store.getState().progress.levels['mul-swap']?.status).toBe('solved');
	});
});

describe('broken levels found after the first frame', () => {
	it('are taken off the menu with a warning, keeping the cursor on the same level', () => {
		const {store} = game();
		store.getState().moveCursor(2);
		store.getState().dropLevels(['weighted-sum'], ['levels/01.json: levels[0].formula: broken']);
		const state = store.getState();
		expect(state.levels.map(l => l.id)).not.toContain('weighted-sum');
		expect(state.levels[state.menuCursor]?.id).toBe('error');
		expect(state.warnings).toEqual(['levels/01.json: levels[0].formula: broken']);
	});
});

describe('keys', () => {
	const key = {};
	it('reach the new screen right after a screen change', () => {
		const {store} = game();
		dispatchKey(store, '\r', {return: true});
		dispatchKey(store, '7', key);
		expect(store.getState().play?.drafts['value:z']).toBe('7');
	});

	it('an answer and Enter arriving together are typed, then checked', () => {
		const {store} = game('mul-swap');
		dispatchKey(store, '-2\r3\r', key);
		expect(store.getState().play?.solved).toEqual({'grad:z:x': true, 'grad:z:y': true});
	});

	it('h in an answer field asks for a hint, then y shows it; it is not a character', () => {
		const {store} = game('mul-swap');
		dispatchKey(store, 'h', key);
		expect(store.getState().overlay).toBe('confirm-hint');
		dispatchKey(store, '\r', {return: true});
		expect(store.getState().play?.hintsShown).toBe(0);
		dispatchKey(store, 'y', key);
		expect(store.getState().play?.hintsShown).toBe(1);
		expect(store.getState().play?.drafts['grad:z:x']).toBeUndefined();
	});

	it("on a find-the-bug level h asks before the level's own hint, counted against the level's ladder", () => {
		const {store} = game('bug-multiply-backward');
		const total = levels.find(l => l.id === 'bug-multiply-backward')?.spec.hints.length;
		dispatchKey(store, 'h', key);
		expect(store.getState().overlay).toBe('confirm-hint');
		expect(hintOnOffer(store.getState())).toEqual({label: undefined, number: 1, total});
		dispatchKey(store, 'n', key);
		expect(store.getState()).toMatchObject({overlay: 'none', play: {hintsShown: 0}});
		dispatchKey(store, 'h', key);
		dispatchKey(store, 'ㅛ', key);
		expect(store.getState()).toMatchObject({overlay: 'none', play: {hintsShown: 1, hintRungs: {table: 1}}});
	});

	it('Korean jamo in an answer field are text, not commands: ㅗ is no hint, ㅎ no solution, ㅕ no clearing', () => {
		const {store} = game('mul-swap');
		dispatchKey(store, '2', key);
		for (const jamo of ['ㅗ', 'ㅎ', 'ㅕ']) {
			dispatchKey(store, jamo, key);
			expect(store.getState()).toMatchObject({overlay: 'none'});
			expect(store.getState().play).toMatchObject({
				hintsShown: 0,
				attempts: 0,
				drafts: {'grad:z:x': '2'},
				feedback: {kind: 'hangul', typed: jamo},
			});
		}
		dispatchKey(store, '', {escape: true});
		dispatchKey(store, 'ㅂ', key);
		expect(store.getState().quitting).toBe(true);
	});

	it('ㅎ then Enter in an answer field shows no solution and counts no attempt: ㅎ is text, and Enter only checks the field', () => {
		const {store} = game('mul-swap');
		dispatchKey(store, 'ㅎ', key);
		dispatchKey(store, '', {return: true});
		expect(store.getState()).toMatchObject({overlay: 'none'});
		expect(store.getState().play).toMatchObject({solutionShown: false, hintsShown: 0, attempts: 0});
	});

	it('a paste in an answer field is text: a Korean greeting or a paragraph reveals and spends nothing', () => {
		const {store} = game('mul-swap');
		dispatchKey(store, '안녕하세요', key);
		dispatchKey(store, 'The chain rule says: hi, go ahead; give it a go.', key);
		expect(store.getState()).toMatchObject({overlay: 'none'});
		expect(store.getState().play).toMatchObject({solutionShown: false, hintsShown: 0, attempts: 0});
		expect(store.getState().play?.feedback).toMatchObject({kind: 'not-a-number'});
	});

	it('Ctrl-C always quits, even while typing', () => {
		const {store} = game('mul-swap');
		dispatchKey(store, '1', key);
		dispatchKey(store, 'c', {ctrl: true});
		expect(store.getState().quitting).toBe(true);
	});

	it('q does not quit from inside an answer field', () => {
		const {store} = game('mul-swap');
		dispatchKey(store, 'q', key);
		expect(store.getState().quitting).toBe(false);
	});

	it('Backspace arrives as delete in Ink 6 and deletes left', () => {
		const {store} = game('mul-swap');
		for (const ch of '-25') dispatchKey(store, ch, key);
		dispatchKey(store, '', {delete: true});
		expect(store.getState().play?.drafts['grad:z:x']).toBe('-2');
	});
});

describe('answers typed with an East-Asian input method', () => {
	it('full-width digits, minus and dot are read as ASCII', () => {
		const {store} = game('chain-cs231n-neuron');
		for (const ch of ['０', '．', '１', '９', '７']) dispatchKey(store, ch, {});
		expect(store.getState().play?.drafts['grad:f:s']).toBe('0.197');
		dispatchKey(store, '', {return: true});
		expect(store.getState().play?.solved['grad:f:s']).toBe(true);
		for (const ch of ['－', '０', '．', '１', '９', '７']) dispatchKey(store, ch, {});
		dispatchKey(store, '', {return: true});
		expect(store.getState().play?.solved['grad:f:w0']).toBe(true);
	});

	it('a character that is still not part of a number says so and costs nothing', () => {
		const {store} = game('chain-cs231n-neuron');
		dispatchKey(store, '１', {});
		dispatchKey(store, '。', {});
		expect(store.getState().play).toMatchObject({
			attempts: 0,
			drafts: {'grad:f:s': '1'},
			feedback: {kind: 'not-a-number'},
		});
	});
});

describe('one way into a level', () => {
	const labIds = levels.filter(isTrainingLevel).map(l => l.id);

	it('a lab opened from the menu has its own lab, which steps', () => {
		for (const id of labIds) {
			const {store} = game();
			store.getState().moveCursor(levels.findIndex(l => l.id === id));
			dispatchKey(store, '\r', {return: true});
			expect(store.getState().lab?.levelId).toBe(id);
			dispatchKey(store, 's', {});
			expect(store.getState().lab?.steps).toBe(1);
		}
	});

	it('"next level" from one lab gives the next lab a fresh session of its own', () => {
		const {store} = game(labIds[0]);
		const first = store.getState().labSession;
		store.getState().labStep();
		store.getState().continueAfterResult();
		expect(store.getState().play?.levelId).toBe(labIds[1]);
		expect(store.getState().lab).toMatchObject({levelId: labIds[1], steps: 0});
		expect(store.getState().labSession).not.toBe(first);
	});

	it('leaving a lab for an answer level leaves no lab behind', () => {
		const {store} = game(labIds[0]);
		store.getState().enterLevel('mul-swap');
		expect(store.getState().lab).toBeUndefined();
		expect(store.getState().labSession).toBeUndefined();
		dispatchKey(store, '-2\r', {});
		expect(store.getState().play?.solved['grad:z:x']).toBe(true);
	});

	it('c on the menu continues at the first unsolved level, through the same door', () => {
		const {store} = game();
		store.getState().moveCursor(5);
		dispatchKey(store, 'c', {});
		expect(store.getState().play?.levelId).toBe(levels[0]?.id);
		expect(store.getState().menuCursor).toBe(0);
	});

	it('r on the result screen replays the level from a clean start', () => {
		const {store, answer} = game('mul-swap');
		answer('-1');
		answer('-2');
		answer('3');
		store.getState().submit();
		expect(store.getState().screen).toBe('result');
		dispatchKey(store, 'r', {});
		expect(store.getState().screen).toBe('level');
		expect(store.getState().play).toMatchObject({levelId: 'mul-swap', attempts: 0, solved: {}, drafts: {}});
	});
});

describe('replay without farming', () => {
	it('after the solution, a replay answered perfectly earns 1 star, says it was capped, and the best stays 1', () => {
		const {store, answer, saved} = game('mul-swap');
		store.getState().askForSolution();
		store.getState().confirmSolution();
		store.getState().submit();
		expect(store.getState().screen).toBe('result');
		dispatchKey(store, 'r', {});
		answer('-2');
		answer('3');
		expect(store.getState().lastOutcome).toMatchObject({stars: 1, earnedStars: 3, solutionShown: false});
		expect(store.getState().progress.levels['mul-swap']).toMatchObject({
			status: 'solved',
			stars: 1,
			points: 100,
			solutionSeen: true,
		});
		// The cap lives in the save: a new session with that progress is capped too.
		const later = createGameStore({
			lang: 'en',
			levels,
			progress: saved.at(-1) ?? emptyProgress,
			startLevel: 'mul-swap',
		});
		for (const text of ['-2', '3']) {
			later.getState().type(text);
			later.getState().submit();
		}
		expect(later.getState().lastOutcome).toMatchObject({stars: 1, earnedStars: 3});
	});

	it('stars earned before the solution was shown are kept', () => {
		const {store, answer} = game('mul-swap');
		answer('-2');
		answer('3');
		expect(store.getState().progress.levels['mul-swap']?.stars).toBe(3);
		store.getState().replay();
		store.getState().askForSolution();
		store.getState().confirmSolution();
		expect(store.getState().progress.levels['mul-swap']).toMatchObject({
			status: 'solved',
			stars: 3,
			solutionSeen: true,
		});
	});

	it('a level whose solution was never shown replays for full stars', () => {
		const {store, answer} = game('mul-swap');
		answer('1');
		answer('2');
		answer('7');
		answer('-2');
		answer('3');
		expect(store.getState().lastOutcome?.stars).toBe(2);
		store.getState().replay();
		answer('-2');
		answer('3');
		expect(store.getState().lastOutcome).toMatchObject({stars: 3, earnedStars: 3});
		expect(store.getState().progress.levels['mul-swap']?.solutionSeen).toBeUndefined();
	});
});

describe('a level left unfinished', () => {
	it('is found as it was left when entered again from the menu, so leaving hands back no star', () => {
		const {store, answer, tick} = game('mul-swap');
		const key = {};
		dispatchKey(store, '-', key);
		dispatchKey(store, 'h', key);
		dispatchKey(store, 'y', key);
		tick(5000);
		dispatchKey(store, '', {escape: true});
		expect(store.getState().screen).toBe('menu');
		tick(60_000);
		dispatchKey(store, '\r', {return: true});
		expect(store.getState().screen).toBe('level');
		expect(store.getState().play).toMatchObject({levelId: 'mul-swap', hintsShown: 1, drafts: {'grad:z:x': '-'}});
		answer('-2');
		answer('3');
		// The hint taken before leaving still costs its star; the minute on the menu is not play time.
		expect(store.getState().lastOutcome).toMatchObject({stars: 2, hints: 1, timeMs: 5000});
		// Solved, it starts afresh the next time.
		dispatchKey(store, '', {escape: true});
		dispatchKey(store, '\r', {return: true});
		expect(store.getState().play).toMatchObject({hintsShown: 0, drafts: {}});
	});
});

describe('the worked solution', () => {
	it('marks a wrong draft as corrected and an empty field as shown, never as proved', () => {
		const {store, answer} = game('mul-swap');
		answer('-2');
		store.getState().type('0.59');
		store.getState().askForSolution();
		store.getState().confirmSolution();
		expect(store.getState().play?.revealed).toEqual({'grad:z:y': 'corrected'});
		expect(store.getState().play?.drafts['grad:z:y']).toBe('0.59');

		const other = game('mul-swap');
		other.store.getState().askForSolution();
		other.store.getState().confirmSolution();
		expect(other.store.getState().play?.revealed).toEqual({'grad:z:x': 'shown', 'grad:z:y': 'shown'});
	});
});

describe('reading after solving', () => {
	it('i opens the introduction while playing and the explanation once solved; keys scroll it within its length', () => {
		const {store, answer} = game('mul-swap');
		dispatchKey(store, 'i', {});
		expect(store.getState().overlay).toBe('intro');
		dispatchKey(store, '', {escape: true});
		answer('-2');
		answer('3');
		dispatchKey(store, 'i', {});
		expect(store.getState().overlay).toBe('explanation');
		// 14 lines, 10 on screen: the first line shown goes from 0 to 4.
		const page = () => ({lines: 14, rows: 10});
		dispatchKey(store, '', {downArrow: true}, page);
		dispatchKey(store, 'j', {}, page);
		expect(store.getState().reading.top).toBe(2);
		dispatchKey(store, '', {pageDown: true}, page);
		expect(store.getState().reading.top).toBe(4);
		dispatchKey(store, '', {downArrow: true}, page);
		expect(store.getState().reading.top).toBe(4);
		dispatchKey(store, '', {upArrow: true}, page);
		expect(store.getState().reading.top).toBe(3);
		dispatchKey(store, '', {home: true}, page);
		expect(store.getState().reading.top).toBe(0);
		dispatchKey(store, 'i', {});
		expect(store.getState().overlay).toBe('none');
		// And from the result screen.
		dispatchKey(store, '', {return: true});
		expect(store.getState().screen).toBe('result');
		dispatchKey(store, 'i', {});
		expect(store.getState().overlay).toBe('explanation');
		dispatchKey(store, '', {escape: true});
		expect(store.getState().screen).toBe('result');
	});

	it('i on a lab after its goal opens the explanation', () => {
		const {store} = game('descent-one-weight');
		dispatchKey(store, '++++', {});
		for (let i = 0; i < 50 && store.getState().lab?.status !== 'goal'; i++) dispatchKey(store, 's', {});
		dispatchKey(store, 'i', {});
		expect(store.getState().overlay).toBe('explanation');
	});
});
