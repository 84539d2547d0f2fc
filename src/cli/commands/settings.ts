/** `angio settings list|get|set`: the site settings, stored with conf. */
import type { Command } from 'commander';
import { SETTING_HELP, SETTING_KEYS, type SettingKey } from '../../config/setting-keys.js';

/** conf is loaded only by this command (it compiles a JSON schema, which costs start-up time). */
const openSettings = async () => (await import('../../config/settings.js')).openSettings();
import { openSession, UsageError, type GlobalOptions } from '../context.js';

/** Settings of the site (shared by everyone), as opposed to the user's own. */
const SITE_KEYS = new Set<SettingKey>(['hospital.name', 'hospital.inami', 'author.group', 'endpoints.healthdata', 'endpoints.cin']);
import { table } from '../format.js';

function key(k: string): SettingKey {
  if (!(SETTING_KEYS as readonly string[]).includes(k))
    throw new UsageError(`Unknown setting "${k}": use one of ${SETTING_KEYS.join(', ')}.`);
  return k as SettingKey;
}

export function registerSettings(program: Command) {
  const settings = program.command('settings').description('show or change the site settings (hospital, endpoints, language)');
  settings
    .command('list')
    .description('every setting with its value')
    .option('--json', 'print JSON')
    .action(async (o: { json?: boolean }) => {
      const conf = await openSettings();
      const values = Object.fromEntries(SETTING_KEYS.map((k) => [k, String(conf.get(k as never) ?? '')]));
      if (o.json) {
        console.log(JSON.stringify(values, null, 1));
        return;
      }
      console.log(table([['setting', 'value', 'meaning'], ...SETTING_KEYS.map((k) => [k, values[k] || '—', SETTING_HELP[k]])]));
      console.log(`(stored in ${conf.path})`);
    });
  settings
    .command('get <key>')
    .description('print one setting')
    .action(async (k: string) => {
      console.log(String((await openSettings()).get(key(k) as never) ?? ''));
    });
  settings
    .command('set <key> <value>')
    .description('change one setting ("" clears it); hospital.*, author.group and endpoints.* need the admin role')
    .action(async (k: string, value: string, _o: unknown, cmd: Command) => {
      if (SITE_KEYS.has(key(k))) {
        const s = openSession(cmd.optsWithGlobals<GlobalOptions>());
        try {
          s.access.assert(s.user, 'manage-settings');
        } finally {
          s.close();
        }
      }
      const conf = await openSettings();
      try {
        conf.set(key(k) as never, value as never);
      } catch (e) {
        throw new UsageError(`Cannot set ${k} to "${value}": ${SETTING_HELP[key(k)]}. (${(e as Error).message.split('\n')[0]})`);
      }
      console.log(`${k} = ${value}`);
    });
}
