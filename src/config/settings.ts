/**
 * Writing the settings: conf (a JSON file in the user's config directory, or $ANGIO_CONFIG_DIR),
 * with the JSON schema made from the one settings schema, after each value was checked against it.
 * Loaded only when a setting is written: conf compiles its schema, which costs start-up time.
 */
import Conf, { type Schema } from 'conf';
import { settingsDir } from './read-settings.js';
import { checkSetting, settingsSchema, type SettingKey, type SettingsData } from './settings-schema.js';
import { zodLib } from '../validation/index.js';

/** A value refused by its setting's rule; the message names the setting and the rule. */
export class SettingRefused extends Error {
  constructor(
    readonly key: SettingKey,
    readonly reason: string,
  ) {
    super(`${key}: ${reason}`);
    this.name = 'SettingRefused';
  }
}

function openConf(): Conf<SettingsData> {
  const { z } = zodLib();
  const properties = z.toJSONSchema(settingsSchema(), { io: 'input' }).properties;
  // conf takes the `properties` of a JSON schema: toJSONSchema makes exactly that, typed as its own JSON-schema type.
  const schema = properties as Schema<SettingsData>;
  return new Conf<SettingsData>({ projectName: 'angio', projectSuffix: '', schema, cwd: settingsDir() });
}

/** Checks every value, then writes them all; nothing is written when one is refused. Returns the file's path. */
export function writeSettings(values: Partial<Record<SettingKey, string>>): string {
  const checked: [SettingKey, string][] = [];
  for (const [key, raw] of Object.entries(values) as [SettingKey, string][]) {
    const r = checkSetting(key, raw);
    if (!r.ok) throw new SettingRefused(key, r.reason);
    checked.push([key, r.value]);
  }
  const conf = openConf();
  // conf's set takes a dotted path; its typings only know the top-level keys.
  const set = conf.set.bind(conf) as (key: string, value: string) => void;
  for (const [key, value] of checked) set(key, value);
  return conf.path;
}

/** Where the settings file is. */
export function settingsFilePath(): string {
  return openConf().path;
}
