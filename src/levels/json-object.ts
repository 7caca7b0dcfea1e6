/** Whether parsed JSON is an object (not null, not an array), whose keys can then be read as unknown values. */
export function isJsonObject(value: unknown): value is Readonly<Record<string, unknown>> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
