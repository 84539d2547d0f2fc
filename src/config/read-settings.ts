/**
 * Reading the settings without loading conf (and its JSON-schema compiler) at start-up: the file
 * conf writes, read as JSON, over the defaults. Writing goes through conf (config/settings.ts).
 */
import envPaths from 'env-paths';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../registry/index.js';

export interface SettingsData {
  language: Lang;
  hospital: { name: string; inami: string };
  endpoints: { healthdata: string; cin: string };
  author: { group: string; author: string; coauthor: string };
}

export const DEFAULT_SETTINGS: SettingsData = {
  language: 'en',
  hospital: { name: '', inami: '' },
  endpoints: { healthdata: '', cin: '' },
  author: { group: '', author: '', coauthor: '' },
};

/** Where conf keeps the file: $ANGIO_CONFIG_DIR, else the user's config directory. */
export function settingsDir(): string {
  return process.env.ANGIO_CONFIG_DIR ?? envPaths('angio', { suffix: '' }).config;
}

export function readSettings(): SettingsData {
  let saved: Partial<SettingsData> = {};
  try {
    saved = JSON.parse(readFileSync(join(settingsDir(), 'config.json'), 'utf8')) as Partial<SettingsData>;
  } catch {
    // No settings saved yet (or unreadable): the defaults apply, as conf would use them.
  }
  return {
    language: saved.language ?? DEFAULT_SETTINGS.language,
    hospital: { ...DEFAULT_SETTINGS.hospital, ...saved.hospital },
    endpoints: { ...DEFAULT_SETTINGS.endpoints, ...saved.endpoints },
    author: { ...DEFAULT_SETTINGS.author, ...saved.author },
  };
}
