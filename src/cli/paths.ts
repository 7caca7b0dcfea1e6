import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

/** The shipped levels folder: beside dist/ in the package, or at the top of a checkout. */
export function shippedLevelsDir(): string {
	for (const relative of ['../levels', '../../levels']) {
		const candidate = fileURLToPath(new URL(relative, import.meta.url));
		if (existsSync(candidate)) return candidate;
	}
	return fileURLToPath(new URL('../levels', import.meta.url));
}
