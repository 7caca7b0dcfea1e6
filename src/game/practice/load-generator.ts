// The practice generator is the largest part of the game the menu never uses: it
// comes in with its families, the level schema and the loader's checks only when
// practice starts, as a chunk of its own in the bundle.
import {lazyModule} from '../lazy-module.js';
import type * as Generator from './generate.js';

export type GeneratorModule = typeof Generator;

export const practiceGenerator = lazyModule<GeneratorModule>(() => import('./generate.js'));
