/** Colours by meaning. Every coloured message also carries a symbol or a word, so nothing relies on colour alone. */
export const theme = {
	accent: 'cyan',
	right: 'green',
	wrong: 'red',
	hint: 'yellow',
	star: 'yellow',
} as const;
