/**
 * Site settings kept with conf (a JSON file in the user's config directory, or
 * $ANGIO_CONFIG_DIR), validated by conf's JSON schema. Flags and environment variables override
 * them for one run.
 */
import Conf from 'conf';
import { LANGS, type Lang } from '../registry/index.js';

export interface SettingsData {
  language: Lang;
  hospital: { name: string; inami: string };
  endpoints: { healthdata: string; cin: string };
  author: { group: string; author: string; coauthor: string };
}

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
    properties: { group: { type: 'string', maxLength: 100 }, author: { type: 'string', maxLength: 200 }, coauthor: { type: 'string', maxLength: 200 } },
    default: { group: '', author: '', coauthor: '' },
  },
  endpoints: {
    type: 'object',
    properties: { healthdata: url, cin: url },
    default: { healthdata: '', cin: '' },
  },
} as const;

/** The settings a user may read and change by key (`angio settings get|set KEY`). */
export const SETTING_KEYS = ['language', 'hospital.name', 'hospital.inami', 'author.group', 'author.author', 'author.coauthor',
  'endpoints.healthdata', 'endpoints.cin'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export const SETTING_HELP: Record<SettingKey, string> = {
  language: 'labels and messages: en, nl or fr',
  'hospital.name': 'hospital name, in billing messages',
  'hospital.inami': 'INAMI/RIZIV institution number (8 digits), in billing messages',
  'author.group': 'default author group (TX_AUTHOR_GR) when a CSV file or API payload has none',
  'author.author': 'default author (TX_AUTHOR; e-mail of an account); else the current user',
  'author.coauthor': 'default co-author (TX_COAUTHOR); else the author',
  'endpoints.healthdata': 'URL that receives the pseudonymised registrations (Healthdata)',
  'endpoints.cin': 'URL that receives the billing notifications (insurers, CIN/NIC)',
};

export function openSettings(): Conf<SettingsData> {
  const dir = process.env.ANGIO_CONFIG_DIR;
  return new Conf<SettingsData>({ projectName: 'angio', projectSuffix: '', schema: schema as never, ...(dir ? { cwd: dir } : {}) });
}
