import {Box, Static, Text, useApp, useInput, useStdin} from 'ink';
import {useCallback, useEffect, useRef, useState} from 'react';
import {type GraphWalk, moveWalk, startWalk, type WalkMove} from '../../game/graph-walk.js';
import {dispatchKey, type KeyPress} from '../../game/keys.js';
import {currentLevel, type GameState, type GameStore, isComplete} from '../../game/store.js';
import {GameContext, useGame} from '../game-context.js';
import {messages} from '../strings.js';
import {useFastestSweep} from '../use-fastest-sweep.js';
import {useForwardDelete} from '../use-forward-delete.js';
import {useLabClock} from '../use-lab-clock.js';
import {matrixSentences} from './matrix-speech.js';
import {createNarrator, labDetailSentences, labStatusSentence, menuItem, menuList} from './narrator.js';
import {quietKeyLines} from './quiet-keys.js';
import {readerMessages} from './reader-strings.js';
import {capitalNames, fieldName, nodeSentences, speakDraft, speakText, tableRowSentence} from './speech.js';

export type ReaderAppProps = {
	readonly store: GameStore;
	/** Called once, when keys are being read. */
	readonly onReady?: (() => void) | undefined;
};

/** One line of the transcript; the key keeps Ink's <Static> from printing it twice. */
type Said = {readonly key: number; readonly text: string};

/**
 * The game for screen-reader users: everything it says is appended as a new
 * line (Ink's <Static>), nothing is redrawn but the one prompt line at the
 * bottom, and no line depends on layout, box drawing or colour.
 */
export function ReaderApp({store, onReady}: ReaderAppProps) {
	return (
		<GameContext.Provider value={store}>
			<Reader store={store} onReady={onReady} />
		</GameContext.Provider>
	);
}

function Reader({store, onReady}: ReaderAppProps) {
	const {exit} = useApp();
	const {isRawModeSupported} = useStdin();
	const quitting = useGame(s => s.quitting);
	const [lines, setLines] = useState<readonly Said[]>([]);
	const counter = useRef(0);
	const walk = useRef<{levelId: string; walk: GraphWalk} | undefined>(undefined);
	const typedNumber = useRef('');

	const append = useCallback((texts: readonly string[]) => {
		const fresh = texts.filter(text => text.trim() !== '').map(text => ({key: counter.current++, text}));
		if (fresh.length > 0) setLines(old => [...old, ...fresh]);
	}, []);

	useEffect(() => {
		const narrate = createNarrator();
		append(narrate(undefined, store.getState()));
		return store.subscribe((next, prev) => append(narrate(prev, next)));
	}, [store, append]);

	useEffect(() => {
		if (quitting) exit();
	}, [quitting, exit]);

	useLabClock();
	useFastestSweep();

	// Before useInput, so it sees each raw input first.
	const withDeleteKey = useForwardDelete();
	const onKey = useCallback(
		(input: string, rawKey: KeyPress) => {
			const key = withDeleteKey(rawKey);
			const state = store.getState();
			const said = readerKey(state, input, key, walk, typedNumber);
			if (said === undefined) {
				typedNumber.current = '';
				const heard = counter.current;
				dispatchKey(store, input, key);
				// Lines the narrator said for this key were appended, synchronously, by the store's listener.
				if (counter.current === heard) append(quietKeyLines(state, store.getState(), input, key));
				return;
			}
			append(said.lines);
			if (said.menuCursor !== undefined) state.moveCursor(said.menuCursor - state.menuCursor);
		},
		[store, append, withDeleteKey],
	);
	// isRawModeSupported is undefined, not false, without a terminal: compare with true.
	useInput(onKey, {isActive: isRawModeSupported === true});
	// Runs after useInput's own effects, which switch to raw mode and start listening.
	const readyOnce = useRef(onReady);
	useEffect(() => {
		if (isRawModeSupported !== true) return;
		readyOnce.current?.();
		readyOnce.current = undefined;
	}, [isRawModeSupported]);

	return (
		<Box flexDirection="column">
			<Static items={lines as Said[]}>{line => <Text key={line.key}>{line.text}</Text>}</Static>
			<Prompt />
		</Box>
	);
}

/** The one line that changes in place: the field being typed into, so typing is heard as it is typed. */
function Prompt() {
	const lang = useGame(s => s.lang);
	const level = useGame(currentLevel);
	const play = useGame(s => s.play);
	const screen = useGame(s => s.screen);
	const overlay = useGame(s => s.overlay);
	const complete = useGame(isComplete);
	const r = readerMessages[lang];
	if (screen !== 'level' || overlay !== 'none' || level === undefined || play === undefined || complete) return null;
	// Until its wrong row is picked, a find-the-bug level's field would name the row.
	if (level.table !== undefined && play.bugFound !== true) return <Text>{r.tablePrompt}</Text>;
	const field = level.fields[play.focus];
	if (field === undefined) return null;
	const draft = play.drafts[field.id] ?? '';
	return (
		<Text>
			{r.prompt(play.focus + 1, level.fields.length, fieldName(field, lang, capitalNames(level)))}{' '}
			{speakDraft(draft, lang)}
		</Text>
	);
}

type ReaderSaid = {readonly lines: readonly string[]; readonly menuCursor?: number};

/**
 * The keys this mode adds: walking the graph on a level, reading where you are
 * (w), typing a level's number on the menu. Undefined: the key is the game's.
 */
export function readerKey(
	state: GameState,
	input: string,
	key: KeyPress,
	walk: {current: {levelId: string; walk: GraphWalk} | undefined},
	typedNumber: {current: string},
): ReaderSaid | undefined {
	const lang = state.lang;
	const r = readerMessages[lang];
	if (state.overlay !== 'none' || key.ctrl || key.meta) return undefined;
	if (state.screen === 'menu') return menuKey(state, input, key, typedNumber);
	if (state.screen !== 'level') return undefined;
	const level = currentLevel(state);
	if (level === undefined) return undefined;
	if (state.lab !== undefined) {
		return input === 'w'
			? {
					lines: [
						speakText(labStatusSentence(state.lab, messages(lang), lang), lang),
						...labDetailSentences(state.labSession, lang),
					],
				}
			: undefined;
	}
	// A matrix level has no graph to walk: the arrows move between a grid's cells, w reads the matrices.
	if (level.matrix !== undefined) {
		return input === 'w' && !/[a-z]$/.test(state.play?.drafts[level.fields[state.play.focus]?.id ?? ''] ?? '')
			? {lines: matrixSentences(level, state.play, lang)}
			: undefined;
	}
	const play = state.play;
	if (level.table !== undefined && play !== undefined && play.bugFound !== true) {
		// Until the wrong row is picked, the arrows move through the table's rows: the game's keys.
		return input === 'w'
			? {lines: [speakText(tableRowSentence(level, play.row ?? 0, lang), lang, capitalNames(level))]}
			: undefined;
	}
	const move: WalkMove | undefined = key.upArrow
		? 'previous'
		: key.downArrow
			? 'next'
			: key.leftArrow
				? 'input'
				: key.rightArrow
					? 'consumer'
					: undefined;
	// w starts no number answer (no function is named w...), so it reads where the walk is; in a formula
	// whose names include w, and after a letter, it is typed.
	const field = play === undefined ? undefined : level.fields[play.focus];
	const draft = field === undefined ? '' : (play?.drafts[field.id] ?? '');
	const read = input === 'w' && field?.formula?.names.includes('w') !== true && !/[a-z]$/.test(draft);
	if (move === undefined && !read) {
		// Any other key ends a run of ← or → presses.
		if (walk.current?.walk.run !== undefined) walk.current = {...walk.current, walk: {at: walk.current.walk.at}};
		return undefined;
	}
	const graph = level.graph;
	if (graph === undefined) return {lines: [r.noGraph]};
	if (walk.current?.levelId !== level.id) walk.current = {levelId: level.id, walk: startWalk(graph)};
	const here = walk.current.walk;
	const say = (name: string) =>
		nodeSentences(level, name, state.play, lang).map(line => speakText(line, lang, capitalNames(level)));
	if (move === undefined) return {lines: say(here.at)};
	const result = moveWalk(graph, here, move);
	walk.current = {levelId: level.id, walk: result.walk};
	if (result.kind === 'stayed') {
		const reason =
			result.reason === 'first'
				? r.walkFirst
				: result.reason === 'last'
					? r.walkLast
					: result.reason === 'no-inputs'
						? r.walkNoInputs(here.at)
						: r.walkNoConsumers(here.at);
		return {lines: [reason]};
	}
	const relation = result.relation;
	const where =
		relation.kind === 'order'
			? r.walkOrder(relation.index, relation.count)
			: relation.kind === 'input'
				? r.walkInput(relation.index, relation.count, relation.of)
				: r.walkConsumer(relation.index, relation.count, relation.of);
	const [first = '', ...rest] = say(result.walk.at);
	return {lines: [`${where} ${first}`, ...rest]};
}

function menuKey(
	state: GameState,
	input: string,
	key: KeyPress,
	typedNumber: {current: string},
): ReaderSaid | undefined {
	const r = readerMessages[state.lang];
	if (input === 'w') return {lines: menuList(state)};
	// Digits typed quickly (or pasted) arrive together.
	if (/^[0-9]+$/.test(input)) {
		typedNumber.current = (typedNumber.current + input).slice(-3);
		const n = Number(typedNumber.current);
		if (n >= 1 && n <= state.levels.length) {
			// Moving the cursor makes the narrator read the level; said here only when it is already there.
			return {lines: n - 1 === state.menuCursor ? [menuItem(state, n - 1)] : [], menuCursor: n - 1};
		}
		return {lines: [r.menuNoSuchLevel(typedNumber.current, state.levels.length)]};
	}
	if (!key.return) typedNumber.current = '';
	return undefined;
}
