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
import { say } from '../../messages.js';
import { currentSettings } from '../../operations/index.js';
import { dateTimeText, type Lang } from '../../registry/index.js';
import { DatabaseError } from '../../store/index.js';
import { databaseProblemSentence, settingMeaning, settingRefusal } from '../../session/index.js';
import { UsageError, withSession, type GlobalOptions } from '../context.js';
import { columns, table } from '../format.js';

function key(k: string, lang: Lang): SettingKey {
  if (!isSettingKey(k)) throw new UsageError(say(lang, 'cli.settings.unknown', { key: k, keys: SETTING_KEYS.join(', ') }));
  return k;
}

export function registerSettings(program: Command, lang: Lang) {
  const settings = program.command('settings').description(say(lang, 'help.settings'));
  settings
    .command('list')
    .description(say(lang, 'help.settings.list'))
    .option('--json', say(lang, 'help.--json'))
    .action(async (o: { json?: boolean }, cmd: Command) => {
      const { values, site } = await valuesWithSite(cmd, lang);
      if (o.json) {
        console.log(JSON.stringify(values, null, 1));
        return;
      }
      console.log(
        table([
          columns(lang, 'cli.settings.columns'),
          ...SETTING_DEFINITIONS.map((d) => [
            d.key,
            values[d.key] || '—',
            say(lang, d.scope === 'site' ? 'cli.settings.site' : 'cli.settings.yours'),
            settingMeaning(lang, d.key),
          ]),
        ]),
      );
      const { settingsFilePath } = await import('../../config/settings.js');
      console.log(say(lang, 'cli.settings.where', { file: settingsFilePath(), site }));
    });
  settings
    .command('get <key>')
    .description(say(lang, 'help.settings.get'))
    .action(async (k: string, _o: unknown, cmd: Command) => {
      const setting = key(k, lang);
      if (settingDefinition(setting).scope === 'personal') console.log(readSettingValues()[setting]);
      else await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, (s) => console.log(currentSettings(s.core)[setting]));
    });
  settings
    .command('history')
    .description(say(lang, 'help.settings.history'))
    .option('--json', say(lang, 'help.--json'))
    .action(async (o: { json?: boolean }, cmd: Command) => {
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, (s) => {
        const changes = s.core.siteSettings.history();
        if (o.json) console.log(JSON.stringify(changes));
        else if (!changes.length) console.log(say(lang, 'cli.settings.neverChanged'));
        else
          console.log(
            table([
              columns(lang, 'cli.settings.historyColumns'),
              ...changes.map((c) => [dateTimeText(c.at), c.user, c.key, c.old ?? '—', c.new || '—']),
            ]),
          );
      });
    });
  settings
    .command('set <key> <value>')
    .description(say(lang, 'help.settings.set'))
    .action(async (k: string, value: string, _o: unknown, cmd: Command) => {
      const setting = key(k, lang);
      const refused = (what: string) => new UsageError(say(lang, 'cli.settings.refused', { what }));
      if (settingDefinition(setting).scope === 'personal') {
        // One's own setting needs no database and no role: the value is checked and written.
        const { SettingRefused, writeSettings } = await import('../../config/settings.js');
        try {
          writeSettings({ [setting]: value });
        } catch (e) {
          if (e instanceof SettingRefused) throw refused(settingRefusal(lang, e.key));
          throw e;
        }
      } else {
        // The value is checked before the database is opened: a wrong one is refused anywhere.
        const checked = checkSetting(setting, value);
        if (!checked.ok) throw refused(settingRefusal(lang, setting));
        await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, async (s) => {
          const r = await s.ops.saveSettings(s.user, { values: { [setting]: value } });
          if (!r.ok) throw refused(r.refused.map((k) => settingRefusal(lang, k)).join('; '));
          console.log(`${setting} = ${currentSettings(s.core)[setting]}`);
        });
        return;
      }
      console.log(`${setting} = ${readSettingValues()[setting]}`);
    });
}

/** Every value, the site's from the database when there is one (else their defaults, said so). */
async function valuesWithSite(cmd: Command, lang: Lang): Promise<{ values: SettingValues; site: string }> {
  const g = cmd.optsWithGlobals<GlobalOptions>();
  try {
    return await withSession(g, {}, (s) => ({
      values: currentSettings(s.core),
      site: say(lang, 'cli.settings.siteIn', { db: s.core.db.name }),
    }));
  } catch (e) {
    if (!(e instanceof UsageError) && !(e instanceof DatabaseError)) throw e;
    const message = e instanceof DatabaseError ? databaseProblemSentence(lang, e) : e.message;
    return { values: combineSettings(readSettingValues(), {}), site: say(lang, 'cli.settings.siteUnread', { message }) };
  }
}
