/**
 * What a level pack may hold. Every limit is far above what the shipped levels
 * need and low enough that no pack can hang the game, fill its memory or flood
 * the screen. The README's pack section lists the same numbers.
 */
export const packLimits = {
	/** Bytes in one level file. */
	fileBytes: 512 * 1024,
	/** Level files in one pack folder. */
	files: 100,
	/** Levels in one pack, over all its files. */
	levels: 200,
	/** How deeply objects and lists may nest in a level file. */
	jsonDepth: 16,
	/** Characters in a title (a level's or a chapter's). */
	title: 80,
	/** Characters in an intro or an explanation. */
	text: 2000,
	/** Characters in one hint. */
	hint: 500,
	/** Characters in a node's label in another language. */
	labelChars: 12,
	/** Characters in a formula. */
	formulaChars: 2000,
	/** Named steps in a formula. */
	formulaSteps: 100,
	/** Operations (+ − × ÷ ^ =) in one step. */
	stepOperations: 200,
	/** How deeply one step's expression may nest (parentheses, minus signs, functions, exponents). */
	formulaDepth: 32,
	/** Paths a paths level may ask about; counted, never listed, before it is checked. */
	paths: 6,
} as const;
