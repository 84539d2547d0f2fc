/**
 * The Settings screen's access to the settings: read from the settings file and the user's own
 * RIZIV number, saved through the saveSettings operation (which checks every value and the role).
 */
import { readSettingValues } from '../config/index.js';
import type { Session } from '../session/index.js';
import type { SettingsPort, SettingsValues } from './settings-screen.js';

export function settingsPort(session: Pick<Session, 'core' | 'ops' | 'user'>): SettingsPort {
  return {
    load(): SettingsValues {
      return { ...readSettingValues(), riziv: session.core.users.get(session.user)?.riziv ?? '' };
    },
    async save(v: SettingsValues): Promise<string | undefined> {
      const { riziv, ...values } = v;
      const r = await session.ops.saveSettings(session.user, { values, riziv });
      return r.ok ? undefined : `Not saved: ${r.problems.join('; ')}.`;
    },
  };
}
