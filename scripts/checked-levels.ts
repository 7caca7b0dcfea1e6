// Run by scripts/build.mjs: prints the SHA-256 of each shipped level file that
// loads with no problem at all (schema, graphs, fields), for the bundle to trust.
import {levelFileSum} from '../src/cli/built-in-levels.js';
import {loadLevelPack} from '../src/levels/loader.js';
import {packFiles, readPackFile} from '../src/levels/pack-files.js';

const dir = process.argv[2] ?? 'levels';
const {errors} = loadLevelPack(dir);
const broken = new Set(errors.map(e => e.file));
const sums = packFiles(dir)
	.files.filter(file => !broken.has(file))
	.flatMap(file => {
		const read = readPackFile(file);
		return 'text' in read ? [levelFileSum(read.text)] : [];
	});
console.log(JSON.stringify(sums));
