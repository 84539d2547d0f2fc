/**
 * Site settings kept with conf (a JSON file in the user's config directory, or
 * $ANGIO_CONFIG_DIR), validated by conf's JSON schema. Flags and environment variables override
 * them for one run.
 */
import Conf from 'conf';
import { LANGS } from '../registry/index.js';
import { settingsDir, type SettingsData } from './read-settings.js';

export { SETTING_HELP, SETTING_KEYS, type SettingKey } from './setting-keys.js';

export type { SettingsData };

const url = { type: 'string', pattern: '^$|^https?://' } as const;

const schema = {
  language: { type: 'string', enum: [...LANGS], default: 'en' },
  hospital: {
    type: 'object',
    properties: { name: { type: 'string', maxLength: 200 }, inami: { type: 'string', pattern: '^$|^[0-9]{8}$' } },
    default: { name: '', inami: '' },
  },
  author: {
    type: 'object',
    properties: {
      group: { type: 'string', maxLength: 100 },
      author: { type: 'string', maxLength: 200 },
      coauthor: { type: 'string', maxLength: 200 },
    },
    default: { group: '', author: '', coauthor: '' },
  },
  endpoints: {
    type: 'object',
    properties: { healthdata: url, cin: url },
    default: { healthdata: '', cin: '' },
  },
} as const;

export function openSettings(): Conf<SettingsData> {
  return new Conf<SettingsData>({ projectName: 'angio', projectSuffix: '', schema: schema as never, cwd: settingsDir() });
}
