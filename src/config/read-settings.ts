/**
 * Reading the settings without loading conf (and its JSON-schema compiler) or zod at start-up: the
 * file conf writes, read as JSON, each known key over its default (config/settings-schema.ts).
 * Writing goes through conf (config/settings.ts), which checks every value first.
 */
import envPaths from 'env-paths';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_VALUES, SETTING_KEYS, toSettingsData, valueAt, type SettingsData, type SettingValues } from './settings-schema.js';

let personal: string | undefined;

/**
 * A process acting for someone through sudo keeps that person's preferences in their own
 * directory of the service account's (docs/server.md#many-staff-one-server); set once, when the
 * session knows who acts.
 */
export function usePersonalSettingsDir(dir: string | undefined): void {
  personal = dir;
}

/** The directory settings are kept in when nobody acts for someone else. */
export function ownSettingsDir(): string {
  return process.env.ANGIO_CONFIG_DIR ?? envPaths('angio', { suffix: '' }).config;
}

/** Where conf keeps the file: the acting person's directory under sudo, else $ANGIO_CONFIG_DIR, else the user's config directory. */
export function settingsDir(): string {
  return personal ?? ownSettingsDir();
}

/** Every setting by key, as saved (or its default). */
export function readSettingValues(): SettingValues {
  let saved: unknown = {};
  try {
    saved = JSON.parse(readFileSync(join(settingsDir(), 'config.json'), 'utf8'));
  } catch {
    // No settings saved yet (or unreadable): the defaults apply, as conf would use them.
  }
  const out = { ...DEFAULT_VALUES };
  for (const key of SETTING_KEYS) out[key] = valueAt(saved, key) ?? out[key];
  return out;
}

export function readSettings(): SettingsData {
  return toSettingsData(readSettingValues());
}
