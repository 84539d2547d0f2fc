/** `angio settings list|get|set`: the settings, checked against the one settings schema (config/settings-schema.ts). */
import type { Command } from 'commander';
import {
  checkSetting,
  isSettingKey,
  readSettingValues,
  SETTING_DEFINITIONS,
  SETTING_KEYS,
  settingDefinition,
  combineSettings,
  type SettingKey,
  type SettingValues,
} from '../../config/index.js';
import { currentSettings } from '../../operations/index.js';
import { DatabaseError } from '../../store/index.js';
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
    .description("every setting with its value: yours (your settings file) and the site's (the database)")
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }, cmd: Command) => {
      const { values, site } = await valuesWithSite(cmd);
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
      console.log(`(yours in ${settingsFilePath()}; the site's ${site})`);
    });
  settings
    .command('get <key>')
    .description('print one setting')
    .action(async (k: string, _o: unknown, cmd: Command) => {
      const setting = key(k);
      if (settingDefinition(setting).scope === 'personal') console.log(readSettingValues()[setting]);
      else await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, (s) => console.log(currentSettings(s.core)[setting]));
    });
  settings
    .command('history')
    .description("the latest changes to the site's settings: who, when, old and new value")
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }, cmd: Command) => {
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, (s) => {
        const changes = s.core.siteSettings.history();
        if (o.json) console.log(JSON.stringify(changes));
        else if (!changes.length) console.log("The site's settings were never changed.");
        else
          console.log(
            table([
              ['when', 'who', 'setting', 'old', 'new'],
              ...changes.map((c) => [c.at.slice(0, 16).replace('T', ' '), c.user, c.key, c.old ?? '—', c.new || '—']),
            ]),
          );
      });
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
          console.log(`${setting} = ${currentSettings(s.core)[setting]}`);
        });
        return;
      }
      console.log(`${setting} = ${readSettingValues()[setting]}`);
    });
}

/** Every value, the site's from the database when there is one (else their defaults, said so). */
async function valuesWithSite(cmd: Command): Promise<{ values: SettingValues; site: string }> {
  const g = cmd.optsWithGlobals<GlobalOptions>();
  try {
    return await withSession(g, {}, (s) => ({ values: currentSettings(s.core), site: `in ${s.core.db.name}` }));
  } catch (e) {
    if (!(e instanceof UsageError) && !(e instanceof DatabaseError)) throw e;
    return { values: combineSettings(readSettingValues(), {}), site: `cannot be read: ${e.message}` };
  }
}
