/** The --help text; `dataDir` is where progress lives on this machine. */
export function helpText(version: string, dataDir: string): string {
	return `backprop-quest ${version} — learn backpropagation by doing it by hand

Usage
  backprop-quest [options]               play (needs a terminal)
  backprop-quest list [--json]           the levels in play order
  backprop-quest validate PATH           check a level file or folder; exit 1 on any problem
  backprop-quest export [--format json|csv] [--concepts] [--out FILE] [--force]
                                         scores, one row per level (stdout by default)
  backprop-quest reset [--yes]           wipe progress (asks first; keeps a backup)
  backprop-quest practice [--concept NAME] [--seed S]
                                         practise generated levels on what is due for review
  backprop-quest generate --concept NAME --seed S --out DIR [--count N] [--force]
                                         write a pack of practice levels (same seed, same file)

Options
  --lang en|ko                           language (default: from LANG / LC_ALL)
  --levels DIR                           play or list a custom level pack instead of the built-in one
  --level ID                             open one level directly
  --data-dir DIR                         keep progress in DIR (or set BACKPROP_QUEST_HOME)
  --name NAME                            the player's name, saved and shown in exports
  --reduced-motion                       lab levels step on a key instead of animating
  --no-color                             no colours (NO_COLOR works too)
  -h, --help                             show this help
  -v, --version                          print the version

Progress is saved in ${dataDir}
`;
}
