// Preferences that belong to the player's machine rather than to their
// progress: kept in their own small file beside the save, so a broken or
// missing settings file never touches a solved level.

import {mkdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {isJsonObject} from '../levels/json-object.js';
import {writeFileAtomically} from './atomic-write.js';
import {describeCode} from './storage.js';

export type Settings = {
	/** Linear, append-only text for screen readers from the next start. */
	readonly screenReader: boolean;
};

export const defaultSettings: Settings = {screenReader: false};

export function settingsFile(dataDir: string): string {
	return join(dataDir, 'settings.json');
}

/** The saved settings; anything missing, unreadable or of the wrong type is the default. */
export function readSettings(dataDir: string): Settings {
	try {
		const json: unknown = JSON.parse(readFileSync(settingsFile(dataDir), 'utf8'));
		if (!isJsonObject(json)) return defaultSettings;
		const screenReader = json.screenReader;
		return {screenReader: typeof screenReader === 'boolean' ? screenReader : defaultSettings.screenReader};
	} catch {
		return defaultSettings;
	}
}

/** Writes the settings; returns a one-line reason when it could not. */
export function writeSettings(dataDir: string, settings: Settings): string | undefined {
	try {
		mkdirSync(dataDir, {recursive: true});
		writeFileAtomically(settingsFile(dataDir), `${JSON.stringify(settings, null, 2)}\n`);
		return undefined;
	} catch (error) {
		return `settings were not saved (${describeCode(error)})`;
	}
}
