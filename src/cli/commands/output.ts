/** What a non-interactive command prints and how it exits. */
export type CommandResult = {
	readonly stdout: string;
	readonly stderr: string;
	readonly code: number;
};
