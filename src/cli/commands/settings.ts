/** `angio settings list|get|set`: the settings, checked against the one settings schema (config/settings-schema.ts). */
import type { Command } from 'commander';
import {
  checkSetting,
  isSettingKey,
  readSettingValues,
  SETTING_DEFINITIONS,
  SETTING_KEYS,
  settingDefinition,
  type SettingKey,
} from '../../config/index.js';
import { UsageError, withSession, type GlobalOptions } from '../context.js';
import { table } from '../format.js';

function key(k: string): SettingKey {
  if (!isSettingKey(k)) throw new UsageError(`Unknown setting "${k}": use one of ${SETTING_KEYS.join(', ')}.`);
  return k;
}

export function registerSettings(program: Command) {
  const settings = program.command('settings').description('show or change the settings (hospital, endpoints, author defaults, language)');
  settings
    .command('list')
    .description('every setting with its value')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const values = readSettingValues();
      if (o.json) {
        console.log(JSON.stringify(values, null, 1));
        return;
      }
      console.log(
        table([
          ['setting', 'value', 'whose', 'meaning'],
          ...SETTING_DEFINITIONS.map((d) => [d.key, values[d.key] || '—', d.scope === 'site' ? 'site (admin)' : 'yours', d.help]),
        ]),
      );
      const { settingsFilePath } = await import('../../config/settings.js');
      console.log(`(stored in ${settingsFilePath()})`);
    });
  settings
    .command('get <key>')
    .description('print one setting')
    .action((k: string) => {
      console.log(readSettingValues()[key(k)]);
    });
  settings
    .command('set <key> <value>')
    .description('change one setting ("" clears it); hospital.*, author.group and endpoints.* need the admin role')
    .action(async (k: string, value: string, _o: unknown, cmd: Command) => {
      const setting = key(k);
      if (settingDefinition(setting).scope === 'personal') {
        // One's own setting needs no database and no role: the value is checked and written.
        const { SettingRefused, writeSettings } = await import('../../config/settings.js');
        try {
          writeSettings({ [setting]: value });
        } catch (e) {
          if (e instanceof SettingRefused) throw new UsageError(`Cannot set ${e.message}. Nothing was changed.`);
          throw e;
        }
      } else {
        // The value is checked before the database is opened: a wrong one is refused anywhere.
        const checked = checkSetting(setting, value);
        if (!checked.ok) throw new UsageError(`Cannot set ${setting}: ${checked.reason}. Nothing was changed.`);
        await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, async (s) => {
          const r = await s.ops.saveSettings(s.user, { values: { [setting]: value } });
          if (!r.ok) throw new UsageError(`Cannot set ${r.problems.join('; ')}. Nothing was changed.`);
        });
      }
      console.log(`${setting} = ${readSettingValues()[setting]}`);
    });
}
