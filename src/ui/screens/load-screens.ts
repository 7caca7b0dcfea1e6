import {type LazyModule, lazyModule} from '../../game/lazy-module.js';
import type * as Later from './later-screens.js';

export type LaterScreens = typeof Later;

/** The screens past the menu; App starts loading them once the first frame is drawn. */
export const laterScreens: LazyModule<LaterScreens> = lazyModule(() => import('./later-screens.js'));
