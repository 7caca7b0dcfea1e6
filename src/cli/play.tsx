import {appendFileSync, mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {render} from 'ink';
import {conceptsCsv, scoreRows, scoresCsv, scoresJson} from '../game/export.js';
import {conceptRows} from '../game/practice/export-rows.js';
import type {Progress} from '../game/progress.js';
import type {GameOptions, Notice} from '../game/store.js';
import {createGameStore} from '../game/store.js';
import {printable} from '../levels/clean-text.js';
import {errnoCode} from '../levels/errno.js';
import type {Language} from '../levels/language.js';
import {finishDeferred, formatLevelError, type Level} from '../levels/loader.js';
import {App} from '../ui/App.js';
import {mistakeInWords} from '../ui/practice-strings.js';
import {laterScreens} from '../ui/screens/load-screens.js';
import {loadMessages} from '../ui/strings.js';
import {keepFileSizeLimitAnError} from './file-size-signal.js';
import {guardedStdin} from './key-guard.js';
import {writeSettings} from './settings.js';
import {saveProgress, writeFileAtomically} from './storage.js';

export type PlayOptions = {
	readonly lang: Language;
	readonly levels: readonly Level[];
	readonly warnings: readonly string[];
	readonly startLevel: string | undefined;
	/** `practice [--concept NAME] [--seed S]`: a practice session instead of the menu. */
	readonly startPractice?: GameOptions['startPractice'];
	readonly progress: Progress;
	/** False when the progress differs from the save (a new --name): quitting saves it even without play. */
	readonly progressIsOnDisk: boolean;
	readonly dataDir: string;
	readonly appVersion: string;
	/** The pack's name in exports: the --levels folder's, or `built-in`. */
	readonly pack?: string;
	readonly reducedMotion: boolean;
	/** Linear, append-only text (`--screen-reader`): no alternate screen, nothing redrawn but the prompt. */
	readonly screenReader: boolean;
};

/** How long the save at quit waits for another game that holds the save lock. */
const quitWaitMs = 30_000;

const enterAlternateScreen = '\u001B[?1049h';
const leaveAlternateScreen = '\u001B[?1049l';
const showCursor = '\u001B[?25h';

/** Renders the game on the alternate screen and resolves with the exit code once the player quits. */
export async function play(options: PlayOptions): Promise<number> {
	// Only the language played in is loaded.
	await loadMessages(options.lang);
	// The screen-reader mode is loaded only when it is on: drawn play never parses it.
	const ReaderApp = options.screenReader ? (await import('../ui/reader/ReaderApp.js')).ReaderApp : undefined;
	// The menu draws its first frame without the other screens, which load after it; a game that
	// opens on a level or a practice exercise needs them for its first frame.
	if (ReaderApp === undefined && (options.startLevel !== undefined || options.startPractice !== undefined))
		await laterScreens.load();
	// The progress last written (or read): quitting without playing writes nothing.
	let onDisk = options.progressIsOnDisk ? options.progress : undefined;
	const save = (progress: Progress, waitMs?: number): {warning?: string; note?: string} => {
		keepFileSizeLimitAnError();
		let note: string | undefined;
		const warning = saveProgress(options.dataDir, progress, options.appVersion, new Date(), {
			waitMs,
			lang: options.lang,
			onNote: text => {
				note = text;
			},
		});
		if (warning === undefined) onDisk = progress;
		return {warning, note};
	};
	const store = createGameStore({
		lang: options.lang,
		levels: options.levels,
		progress: options.progress,
		warnings: options.warnings,
		startLevel: options.startLevel,
		startPractice: options.startPractice,
		reducedMotion: options.reducedMotion,
		onProgress: progress => {
			const {warning, note} = save(progress);
			return warning ?? note;
		},
		exportScores: progress => exportToDataDir(options, progress),
		screenReader: {
			// The mode as it runs now (flag, environment or saved setting); s saves the opposite for the next start.
			on: options.screenReader,
			save: on => writeSettings(options.dataDir, {screenReader: on}),
		},
	});
	// A screen reader reads the scrollback: the transcript stays on the normal screen.
	const alternateScreen = !options.screenReader;
	if (alternateScreen) process.stdout.write(enterAlternateScreen);
	let saved = false;
	let exitCode = 0;
	const finish = () => {
		if (saved) return;
		saved = true;
		if (alternateScreen) process.stdout.write(leaveAlternateScreen);
		const progress = store.getState().progress;
		// Another game that is saving right now is alive and will let go: quitting waits for it longer than play does.
		const warning = progress === onDisk ? undefined : save(progress, quitWaitMs).warning;
		if (warning !== undefined) {
			process.stderr.write(`backprop-quest: progress was NOT saved: ${warning}\n`);
			exitCode = 1;
			process.exitCode = 1;
		}
	};
	// Ctrl-C reaches the game as a key in raw mode; a signal (or a Ctrl-C typed before raw mode is on) still saves.
	const onSignal = () => {
		finish();
		process.exit(exitCode);
	};
	// The last resort: whatever goes wrong, the terminal is given back, progress is saved, and one line says so.
	const onCrash = (error: unknown) => {
		try {
			app.unmount();
		} catch {
			// Already torn down.
		}
		restoreTerminal();
		finish();
		const reason = firstLine(error);
		const kept = exitCode === 0 ? 'your progress is saved' : 'see the line above about your progress';
		process.stderr.write(`backprop-quest: stopped by an internal error (${reason}); ${kept}\n`);
		process.exit(1);
	};
	process.once('exit', finish);
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	process.once('SIGHUP', onSignal);
	process.on('uncaughtException', onCrash);
	process.on('unhandledRejection', onCrash);
	// Keys Ink 6.8 can't name would throw inside it; they are filtered out before Ink reads them.
	const app = render(
		ReaderApp !== undefined ? (
			<ReaderApp store={store} onReady={announceReady} />
		) : (
			<App store={store} onReady={announceReady} />
		),
		{
			exitOnCtrlC: false,
			stdin: guardedStdin(process.stdin),
			isScreenReaderEnabled: options.screenReader,
		},
	);
	// Ink's exit hook has just started listening for signals, SIGXFSZ among them.
	keepFileSizeLimitAnError();
	// The menu is on screen; now run every level's graph and take any broken one off the menu,
	// one level per turn of the event loop, so keys and signals are answered in between.
	let nothingToPlay = false;
	const buildNext = (index: number) => {
		const level = options.levels[index];
		if (saved) return;
		if (level === undefined) {
			// Every level had a problem: a menu with nothing on it would only say "every level solved".
			if (store.getState().levels.length === 0 && options.startPractice === undefined) {
				nothingToPlay = true;
				app.unmount();
			}
			return;
		}
		const {brokenIds, errors} = finishDeferred([level]);
		if (brokenIds.length > 0 || errors.length > 0) store.getState().dropLevels(brokenIds, errors.map(formatLevelError));
		setImmediate(buildNext, index + 1);
	};
	setImmediate(buildNext, 0);
	try {
		await app.waitUntilExit();
	} catch (error) {
		// A render error: Ink has drawn its report on the alternate screen, which is about to go.
		onCrash(error);
	} finally {
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
		process.off('SIGHUP', onSignal);
		finish();
	}
	if (nothingToPlay) {
		process.stderr.write('backprop-quest: no playable levels: every level in the pack has a problem\n');
		for (const warning of store.getState().warnings) process.stderr.write(`  ${warning}\n`);
		return 1;
	}
	return exitCode;
}

/**
 * With BACKPROP_QUEST_READY_FILE set, writes `ready` to that file once keys are read,
 * so a script driving the game in a terminal knows when its first key will land.
 */
function announceReady(): void {
	const file = process.env.BACKPROP_QUEST_READY_FILE;
	if (file === undefined || file === '') return;
	try {
		appendFileSync(file, 'ready\n');
	} catch {
		// Only a test harness reads it; the game goes on.
	}
}

function restoreTerminal(): void {
	try {
		if (process.stdin.isTTY) process.stdin.setRawMode(false);
	} catch {
		// The terminal is gone.
	}
	process.stdout.write(showCursor);
}

/** An error's message, first line only, at most 200 characters: never a stack or a page of source. */
function firstLine(error: unknown): string {
	const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
	const line = printable(text.split('\n', 1)[0] ?? '');
	return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

function exportToDataDir(options: PlayOptions, progress: Progress): Notice {
	keepFileSizeLimitAnError();
	const rows = scoreRows(options.levels, progress, options.lang);
	const json = join(options.dataDir, 'scores.json');
	const csv = join(options.dataDir, 'scores.csv');
	const concepts = conceptRows(progress, options.lang);
	const practiceCsv = join(options.dataDir, 'practice.csv');
	const owner = {player: progress.playerName, pack: options.pack ?? 'built-in'};
	try {
		mkdirSync(options.dataDir, {recursive: true});
		writeFileAtomically(
			json,
			scoresJson(
				rows,
				{appVersion: options.appVersion, playerName: progress.playerName, exportedAt: new Date(), pack: owner.pack},
				concepts,
			),
		);
		writeFileAtomically(csv, scoresCsv(rows, owner));
		if (concepts.length === 0) return {kind: 'exported', files: [json, csv]};
		writeFileAtomically(
			practiceCsv,
			conceptsCsv(concepts, owner, kind => mistakeInWords(kind, options.lang)),
		);
		return {kind: 'exported', files: [json, csv, practiceCsv]};
	} catch (error) {
		return {kind: 'export-failed', error: errnoCode(error) ?? String(error)};
	}
}
