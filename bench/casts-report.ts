// Prints the count of type assertions in src (see casts.ts); its own script so
// the other bench parts never load the TypeScript compiler.
import {countCasts} from './casts.js';

console.log(JSON.stringify(countCasts('src').total));
