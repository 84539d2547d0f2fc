/**
 * The Settings screen's access to the settings: one's own from the settings file, the site's from
 * the database, and the user's own RIZIV number, saved through the saveSettings operation (which checks every value and the role).
 */
import { currentSettings } from '../operations/index.js';
import type { Lang } from '../registry/index.js';
import type { Session } from '../session/index.js';
import { settingRefusal } from '../session/problems.js';
import type { SettingsPort, SettingsValues } from './settings-screen.js';

export function settingsPort(session: Pick<Session, 'core' | 'ops' | 'user'>): SettingsPort {
  return {
    load(): SettingsValues {
      return { ...currentSettings(session.core), riziv: session.core.users.get(session.user)?.riziv ?? '' };
    },
    async save(v: SettingsValues, lang: Lang): Promise<string | undefined> {
      const { riziv, ...values } = v;
      const r = await session.ops.saveSettings(session.user, { values, riziv });
      return r.ok ? undefined : `${r.refused.map((k) => settingRefusal(lang, k)).join('; ')}.`;
    },
  };
}
