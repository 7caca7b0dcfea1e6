/**
 * Keeps a file-size limit (`ulimit -f`) an error on the write instead of the
 * end of the game. Node ignores SIGXFSZ, so a write past the limit fails with
 * EFBIG and takes the ordinary save-failed path; but Ink's exit hook
 * (signal-exit) listens for SIGXFSZ and re-raises it, which kills the game with
 * no message, its progress unsaved and the terminal on the alternate screen.
 * This takes every other listener off the signal and leaves one that does
 * nothing. Call it again after anything that may have added a listener.
 */
export function keepFileSizeLimitAnError(): void {
	if (process.platform === 'win32') return;
	for (const listener of process.listeners('SIGXFSZ')) if (listener !== ignore) process.off('SIGXFSZ', listener);
	if (!process.listeners('SIGXFSZ').includes(ignore)) process.on('SIGXFSZ', ignore);
}

function ignore(): void {
	// The write that went past the limit has already failed with EFBIG; that is what reports it.
}
