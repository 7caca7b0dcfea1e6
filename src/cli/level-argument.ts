/**
 * The level `--level` names: its id, or its number in `backprop-quest list`
 * (1 is the first level), the number a teacher reads off that list.
 * An id always wins, so a pack whose ids are numbers still opens by id.
 */
export function levelIdFromArgument(levels: readonly {readonly id: string}[], argument: string): string | undefined {
	if (levels.some(level => level.id === argument)) return argument;
	if (!/^[1-9][0-9]*$/.test(argument)) return undefined;
	return levels[Number(argument) - 1]?.id;
}
