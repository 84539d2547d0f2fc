/**
 * Saving settings: every value is checked against its rule first (config/settings-schema.ts) and
 * nothing is saved when one is refused; changing a site setting needs the admin's right. The
 * user's own RIZIV number lives with the user (the database); the rest in the settings file.
 */
import {
  checkSetting,
  combineSettings,
  readSettingValues,
  settingDefinition,
  type SettingKey,
  type SettingValues,
} from '../config/index.js';
import { parseRiziv } from '../validation/index.js';
import type { Core } from './core.js';
import { assertMay } from './permissions.js';

export interface SettingsChange {
  /** Settings by key, as typed. */
  values: Partial<Record<SettingKey, string>>;
  /** The user's own RIZIV number ('' clears it); left out: unchanged. */
  riziv?: string | undefined;
}

/** Refused: the problems in English, and the keys refused (the RIZIV number as 'riziv') for a door to say them in its language. */
export type SettingsOutcome = { ok: true; changed: SettingKey[] } | { ok: false; problems: string[]; refused: (SettingKey | 'riziv')[] };

export async function saveSettings(core: Core, user: string, change: SettingsChange): Promise<SettingsOutcome> {
  const problems: string[] = [];
  const refused: (SettingKey | 'riziv')[] = [];
  const checked: Partial<Record<SettingKey, string>> = {};
  for (const [key, raw] of Object.entries(change.values) as [SettingKey, string][]) {
    const r = checkSetting(key, raw);
    if (r.ok) checked[key] = r.value;
    else {
      problems.push(`${key}: ${r.reason}`);
      refused.push(key);
    }
  }
  const riziv = change.riziv?.trim();
  const parsedRiziv = riziv ? parseRiziv(riziv) : undefined;
  if (riziv && !parsedRiziv) {
    problems.push('RIZIV number: 11 digits with valid check digits');
    refused.push('riziv');
  }
  if (problems.length) return { ok: false, problems, refused };

  const before = currentSettings(core);
  const changed = (Object.keys(checked) as SettingKey[]).filter((k) => checked[k] !== before[k]);
  const site = changed.filter((k) => settingDefinition(k).scope === 'site');
  const own = changed.filter((k) => settingDefinition(k).scope === 'personal');
  if (site.length) assertMay(core, user, 'changeSiteSettings');
  if (riziv !== undefined) {
    const digits = parsedRiziv?.digits ?? null;
    if (digits !== (core.users.get(user)?.riziv ?? null)) core.users.setRiziv(user, digits, user);
  }
  if (site.length) {
    // The core reads the hospital from the site's settings each time: billing uses the new values at once.
    core.siteSettings.set(user, Object.fromEntries(site.map((k) => [k, checked[k]!])));
  }
  if (own.length) {
    // conf (and its schema compiler) is loaded only when settings are written.
    const { writeSettings } = await import('../config/settings.js');
    writeSettings(Object.fromEntries(own.map((k) => [k, checked[k]!])));
  }
  return { ok: true, changed };
}

/** Every setting as this user sees it: their own from their settings file, the site's from the database. */
export function currentSettings(core: Core): SettingValues {
  return combineSettings(readSettingValues(), core.siteSettings.values());
}
