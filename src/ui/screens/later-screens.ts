// Every screen but the menu, in one chunk of the bundle: the menu draws the first
// frame without them, and they load right after it (see load-screens.ts). With them
// comes what the scroll keys need to know of their pages.
export {screenPage} from '../screen-page.js';
export {ConfirmDialog} from './ConfirmDialog.js';
export {GlossaryOverlay} from './GlossaryOverlay.js';
export {HelpOverlay} from './HelpOverlay.js';
export {LabScreen} from './LabScreen.js';
export {LevelScreen} from './LevelScreen.js';
export {PracticeOverview} from './PracticeOverview.js';
export {PracticeSummary} from './PracticeSummary.js';
export {ReadingOverlay} from './ReadingOverlay.js';
export {ResultScreen} from './ResultScreen.js';
