/**
 * Settings kept with conf (a JSON file in the user's config directory, or $ANGIO_CONFIG_DIR):
 * for now the language of labels and messages. Flags and environment variables override them
 * for one run.
 */
import Conf from 'conf';
import { LANGS, type Lang } from '../registry/index.js';

export interface SettingsData { language: Lang }

const schema = {
  language: { type: 'string', enum: [...LANGS], default: 'en' },
} as const;

export function openSettings(): Conf<SettingsData> {
  const dir = process.env.ANGIO_CONFIG_DIR;
  return new Conf<SettingsData>({ projectName: 'angio', projectSuffix: '', schema, ...(dir ? { cwd: dir } : {}) });
}
