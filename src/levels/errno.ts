/** The `code` of a failed file-system call (`ENOENT`, `EEXIST`, …); undefined for any other error. */
export function errnoCode(error: unknown): string | undefined {
	return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
