/** The --help text; `dataDir` is where progress is kept on this machine. */
export function helpText(version: string): string {
	return `backprop-quest ${version} — learn backpropagation by doing it by hand

Usage
  backprop-quest                 play (needs a terminal)

Options
  -h, --help                     show this help
  -v, --version                  print the version
`;
}
