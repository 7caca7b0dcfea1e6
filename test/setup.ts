import {practiceGenerator} from '../src/game/practice/load-generator.js';
import {laterScreens} from '../src/ui/screens/load-screens.js';
import {loadMessages} from '../src/ui/strings.js';

// Lets React's act() flush renders and effects so UI tests need no sleeps.
(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;

// The game loads the practice generator the first time practice starts, and every screen
// but the menu after its first frame, each in a frame or so; tests have them from the start,
// so a key acts at once. test/game/practice-loading.test.tsx and test/ui/first-frame.test.tsx
// play the game without them. The texts of the language played in load before the first
// frame (src/cli/play.tsx); tests have both languages'.
await practiceGenerator.load();
await laterScreens.load();
await Promise.all([loadMessages('en'), loadMessages('ko')]);
