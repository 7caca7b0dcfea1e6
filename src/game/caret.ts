// Editing an answer like a text field: a caret inside the focused draft.
// Positions count characters (code points), as the keys a player types do.

/** Where the caret is: in one field's draft, that many characters in. Anywhere else it is at the end. */
export type Caret = {readonly fieldId: string; readonly at: number};

/** The caret's place in a field's draft: where it was put, or the end of the text. */
export function caretIn(caret: Caret | undefined, fieldId: string, draft: string): number {
	const length = [...draft].length;
	if (caret === undefined || caret.fieldId !== fieldId) return length;
	return Math.max(0, Math.min(length, caret.at));
}

/** A draft with an edit made at the caret, and where the caret then stands. */
export type Edited = {readonly draft: string; readonly at: number};

export function insertAt(draft: string, at: number, text: string): Edited {
	const chars = [...draft];
	const added = [...text];
	return {draft: [...chars.slice(0, at), ...added, ...chars.slice(at)].join(''), at: at + added.length};
}

/** Backspace: the character before the caret goes. */
export function deleteBefore(draft: string, at: number): Edited {
	if (at <= 0) return {draft, at: 0};
	const chars = [...draft];
	return {draft: [...chars.slice(0, at - 1), ...chars.slice(at)].join(''), at: at - 1};
}

/** Delete: the character after the caret goes. */
export function deleteAfter(draft: string, at: number): Edited {
	const chars = [...draft];
	return {draft: [...chars.slice(0, at), ...chars.slice(at + 1)].join(''), at};
}

/** The draft's text before the caret: what a letter typed there continues. */
export const textBefore = (draft: string, at: number) => [...draft].slice(0, at).join('');

/** A caret move a key asks for. */
export type CaretMove = 'left' | 'right' | 'start' | 'end';
