import {basename, resolve} from 'node:path';

/** What exports call the pack played: the --levels folder's name, or `built-in`. */
export function packName(levelsFlag: string | undefined): string {
	return levelsFlag === undefined ? 'built-in' : basename(resolve(levelsFlag));
}
