/**
 * Every setting, defined once: its key, whose it is (the site's, shared by everyone, or the user's
 * own), its default, what it means and the rule its value follows. The zod schema that checks a
 * value (the Settings screen, `angio settings set`), conf's JSON schema and the typed settings
 * object are all made from this table (docs/architecture.md#settings).
 *
 * zod is built on demand (zodLib): reading the settings at start-up needs only the keys and
 * defaults, and importing zod costs part of the start-up time.
 */
import { LANGS, type Lang } from '../registry/index.js';
import { zodLib } from '../validation/index.js';
import type * as Zod from 'zod';

/** The site's settings change what leaves the hospital: only an admin changes them. */
export type SettingScope = 'site' | 'personal';

type Rule =
  { kind: 'choice'; values: readonly string[] } | { kind: 'text'; max: number } | { kind: 'digits'; count: number } | { kind: 'url' };

export interface SettingDefinition {
  key: string;
  scope: SettingScope;
  default: string;
  /** What the setting means (CLI help; the screen's label is shorter). */
  help: string;
  rule: Rule;
}

export const SETTING_DEFINITIONS = [
  { key: 'language', scope: 'personal', default: 'en', help: 'labels and messages: en, nl or fr', rule: { kind: 'choice', values: LANGS } },
  { key: 'hospital.name', scope: 'site', default: '', help: 'hospital name, in billing messages', rule: { kind: 'text', max: 200 } },
  {
    key: 'hospital.inami',
    scope: 'site',
    default: '',
    help: 'INAMI/RIZIV institution number (8 digits), in billing messages',
    rule: { kind: 'digits', count: 8 },
  },
  {
    key: 'author.group',
    scope: 'site',
    default: '',
    help: 'default author group (TX_AUTHOR_GR) when a CSV file or API payload has none',
    rule: { kind: 'text', max: 100 },
  },
  {
    key: 'author.author',
    scope: 'personal',
    default: '',
    help: 'default author (TX_AUTHOR; e-mail of an account); else the current user',
    rule: { kind: 'text', max: 200 },
  },
  {
    key: 'author.coauthor',
    scope: 'personal',
    default: '',
    help: 'default co-author (TX_COAUTHOR); else the author',
    rule: { kind: 'text', max: 200 },
  },
  {
    key: 'endpoints.healthdata',
    scope: 'site',
    default: '',
    help: 'URL that receives the pseudonymised registrations (Healthdata)',
    rule: { kind: 'url' },
  },
  {
    key: 'endpoints.cin',
    scope: 'site',
    default: '',
    help: 'URL that receives the billing notifications (insurers, CIN/NIC)',
    rule: { kind: 'url' },
  },
] as const satisfies readonly SettingDefinition[];

export type SettingKey = (typeof SETTING_DEFINITIONS)[number]['key'];
export const SETTING_KEYS: readonly SettingKey[] = SETTING_DEFINITIONS.map((d) => d.key);

/** The keys of the site's settings (kept in the database, the same for everyone). */
export const SITE_KEYS: readonly SettingKey[] = SETTING_DEFINITIONS.filter((d) => d.scope === 'site').map((d) => d.key);

const byKey = new Map<string, SettingDefinition>(SETTING_DEFINITIONS.map((d) => [d.key, d]));

export function isSettingKey(key: string): key is SettingKey {
  return byKey.has(key);
}

export function settingDefinition(key: SettingKey): SettingDefinition {
  return byKey.get(key)!;
}

/** The settings as the rest of angio reads them. */
export interface SettingsData {
  language: Lang;
  hospital: { name: string; inami: string };
  endpoints: { healthdata: string; cin: string };
  author: { group: string; author: string; coauthor: string };
}

/** Flat values by key (`hospital.name`), all text: what the screen edits and the CLI prints. */
export type SettingValues = Record<SettingKey, string>;

export const DEFAULT_VALUES: SettingValues = Object.fromEntries(SETTING_DEFINITIONS.map((d) => [d.key, d.default])) as SettingValues;

/**
 * Every setting's value: one's own from the settings file, the site's from the database (where a
 * site value found in a settings file counts for nothing, so nobody sets their own INAMI number).
 */
export function combineSettings(own: SettingValues, site: Readonly<Record<string, string>>): SettingValues {
  const out = { ...own };
  for (const key of SITE_KEYS) out[key] = site[key] ?? DEFAULT_VALUES[key];
  return out;
}

/** The nested settings object of flat values (`hospital.name` → hospital.name). */
export function toSettingsData(v: SettingValues): SettingsData {
  return {
    language: v.language as Lang,
    hospital: { name: v['hospital.name'], inami: v['hospital.inami'] },
    endpoints: { healthdata: v['endpoints.healthdata'], cin: v['endpoints.cin'] },
    author: { group: v['author.group'], author: v['author.author'], coauthor: v['author.coauthor'] },
  };
}

/** The value at a dotted key of a nested object (undefined when absent or not text). */
export function valueAt(nested: unknown, key: string): string | undefined {
  let v: unknown = nested;
  for (const part of key.split('.')) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[part] : undefined;
  return typeof v === 'string' ? v : undefined;
}

/** The zod schema of one setting's value (text as typed; surrounding spaces are trimmed). */
export function settingSchema(key: SettingKey): Zod.ZodType<string> {
  const { z } = zodLib();
  const rule = settingDefinition(key).rule;
  const text = z.string().trim();
  switch (rule.kind) {
    case 'choice':
      return text.pipe(z.enum(rule.values as [string, ...string[]], { message: `one of ${rule.values.join(', ')}` }));
    case 'text':
      return text.max(rule.max, { message: `at most ${rule.max} characters` });
    case 'digits':
      return text.regex(new RegExp(`^$|^\\d{${rule.count}}$`), { message: `${rule.count} digits` });
    case 'url':
      return text.regex(/^$|^https?:\/\/\S+$/, { message: 'an http:// or https:// URL' });
    default: {
      const never: never = rule;
      throw new Error(`unknown rule ${JSON.stringify(never)}`);
    }
  }
}

/** A value checked against its setting's rule: the trimmed value, or why it is refused. */
export function checkSetting(key: SettingKey, raw: string): { ok: true; value: string } | { ok: false; reason: string } {
  const r = settingSchema(key).safeParse(raw);
  return r.success ? { ok: true, value: r.data } : { ok: false, reason: r.error.issues[0]?.message ?? 'not a valid value' };
}

/** The whole settings object as one zod schema (conf's JSON schema is made from it). */
export function settingsSchema(): Zod.ZodObject {
  const { z } = zodLib();
  const shape: Record<string, Zod.ZodType> = {};
  const groups = new Map<string, Record<string, Zod.ZodType>>();
  for (const d of SETTING_DEFINITIONS) {
    const s = settingSchema(d.key).default(d.default);
    const [group, name] = d.key.split('.') as [string, string | undefined];
    if (!name) shape[group] = s;
    else groups.set(group, { ...groups.get(group), [name]: s });
  }
  for (const [group, fields] of groups) {
    const nested = z.object(fields);
    shape[group] = nested.default(nested.parse({}));
  }
  return z.object(shape);
}
