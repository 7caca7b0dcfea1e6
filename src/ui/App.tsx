import {Box, useApp, useInput, useStdin} from 'ink';
import {useCallback, useEffect, useRef} from 'react';
import {dispatchKey, type KeyPress} from '../game/keys.js';
import {noPage} from '../game/reading.js';
import {type GameStore, isLab} from '../game/store.js';
import {GameContext, useGame, useGameStore} from './game-context.js';
import {type LaterScreens, laterScreens} from './screens/load-screens.js';
import {MenuScreen} from './screens/MenuScreen.js';
import {minimumColumns, minimumRows, TooSmall} from './screens/TooSmall.js';
import {useFastestSweep} from './use-fastest-sweep.js';
import {useForwardDelete} from './use-forward-delete.js';
import {useLabClock} from './use-lab-clock.js';
import {useLoaded} from './use-loaded.js';
import {useTerminalSize} from './use-terminal-size.js';

/** The widest the content grows, in columns. */
export const maxContentWidth = 100;

export type AppProps = {
	readonly store: GameStore;
	/** Called once, when the game has started reading keys (the terminal is in raw mode). */
	readonly onReady?: (() => void) | undefined;
};

/** The whole game: one store, one key dispatcher, one screen at a time. */
export function App({store, onReady}: AppProps) {
	return (
		<GameContext.Provider value={store}>
			<Game onReady={onReady} />
		</GameContext.Provider>
	);
}

function Game({onReady}: {readonly onReady: (() => void) | undefined}) {
	const store = useGameStore();
	const {exit} = useApp();
	const {isRawModeSupported} = useStdin();
	const {columns, rows} = useTerminalSize();
	const lang = useGame(s => s.lang);
	const screen = useGame(s => s.screen);
	const overlay = useGame(s => s.overlay);
	const quitting = useGame(s => s.quitting);
	// Every screen but the menu loads once the first frame is drawn (the CLI loads them first when
	// the game opens elsewhere); until they are there, which takes a frame or so, only the menu shows.
	const later = useLoaded(laterScreens);
	// The result screen waits for it, and it goes on when the player leaves for the menu.
	useFastestSweep();
	const tooSmall = columns < minimumColumns || rows < minimumRows;
	const hidden = useRef(tooSmall);
	hidden.current = tooSmall;
	// One row short of the terminal: a full-height frame makes Ink clear the screen on every render.
	const height = rows - 1;
	// Past about 100 columns lines get too long to read; wide terminals get a margin instead.
	// A level's drawing is not read along a line: it may take the whole width.
	const width = Math.min(columns - 2, maxContentWidth);
	const drawingWidth = columns - 2;
	// The size the screens are drawn at, for laying out the page a scroll key moves.
	const size = useRef({width, height});
	size.current = {width, height};
	// Before useInput, so it sees each raw input first.
	const withDeleteKey = useForwardDelete();
	const onKey = useCallback(
		(input: string, key: KeyPress) => {
			const press = withDeleteKey(key);
			// Behind the "please enlarge" notice the player can't see what a key would do: only Ctrl-C acts.
			if (hidden.current && !(key.ctrl === true && input === 'c')) return;
			// The menu scrolls nothing: until the other screens have loaded there is no page to move.
			const page = () =>
				laterScreens.now()?.screenPage(store.getState(), size.current.width, size.current.height) ?? noPage;
			dispatchKey(store, input, press, page);
		},
		[store, withDeleteKey],
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

	useEffect(() => {
		if (quitting) exit();
	}, [quitting, exit]);

	if (tooSmall) return <TooSmall lang={lang} columns={columns} rows={rows} />;

	let body: React.ReactNode;
	if (later === undefined)
		body = screen === 'menu' && overlay === 'none' ? <MenuScreen width={width} height={height} /> : null;
	else {
		const {
			ConfirmDialog,
			GlossaryOverlay,
			HelpOverlay,
			LevelScreen,
			PracticeOverview,
			PracticeSummary,
			ReadingOverlay,
			ResultScreen,
		} = later;
		if (overlay === 'help') body = <HelpOverlay width={width} height={height} />;
		else if (overlay === 'intro' || overlay === 'explanation') body = <ReadingOverlay width={width} height={height} />;
		else if (overlay === 'glossary') body = <GlossaryOverlay width={width} height={height} />;
		else if (screen === 'menu') body = <MenuScreen width={width} height={height} />;
		else if (screen === 'result') body = <ResultScreen width={width} height={height} />;
		else if (screen === 'practice-summary') body = <PracticeSummary width={width} height={height} />;
		else if (screen === 'practice-overview') body = <PracticeOverview width={width} height={height} />;
		else if (overlay === 'confirm-solution' || overlay === 'confirm-hint') {
			body = (
				<Box flexDirection="column" height={height}>
					<LevelScreen width={width} height={height - 6} drawingWidth={drawingWidth} />
					<ConfirmDialog ask={overlay === 'confirm-solution' ? 'solution' : 'hint'} width={width} />
				</Box>
			);
		} else body = <LevelOrLab screens={later} width={width} height={height} drawingWidth={drawingWidth} />;
	}

	return (
		<Box flexDirection="column" paddingX={1} width={columns} height={height}>
			{body}
		</Box>
	);
}

type LevelOrLabProps = {
	readonly screens: LaterScreens;
	readonly width: number;
	readonly height: number;
	readonly drawingWidth: number;
};

function LevelOrLab({screens: {LabScreen, LevelScreen}, width, height, drawingWidth}: LevelOrLabProps) {
	const lab = useGame(isLab);
	useLabClock();
	return lab ? (
		<LabScreen width={width} height={height} />
	) : (
		<LevelScreen width={width} height={height} drawingWidth={drawingWidth} />
	);
}
