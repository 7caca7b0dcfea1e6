/** The --help text. */
export function helpText(version: string): string {
	return `backprop-quest ${version} — learn backpropagation by doing it by hand

Usage
  backprop-quest [options]               play (needs a terminal)
  backprop-quest list [--json]           the levels in play order
  backprop-quest validate PATH           check a level file or folder; exit 1 on any problem

Options
  --lang en|ko                           language (default: from LANG / LC_ALL)
  --levels DIR                           play or list a custom level pack instead of the built-in one
  --level ID                             open one level directly
  --no-color                             no colours (NO_COLOR works too)
  -h, --help                             show this help
  -v, --version                          print the version
`;
}
