/**
 * The Settings screen's access to the settings: conf for the site and the user's defaults, the
 * users table for the RIZIV number. Every value is checked before anything is saved; site
 * settings need the admin role.
 */
import type { Session } from '../cli/context.js';
import { readSettings } from '../config/read-settings.js';
import { LANGS } from '../registry/index.js';
import { parseRiziv } from '../validation/index.js';
import type { SettingsPort, SettingsValues } from './settings-screen.js';

const URL = /^$|^https?:\/\/\S+$/;

export function settingsPort(session: Session): SettingsPort {
  return {
    load(): SettingsValues {
      const c = readSettings();
      return {
        language: c.language,
        hospitalName: c.hospital.name,
        hospitalInami: c.hospital.inami,
        authorGroup: c.author.group,
        author: c.author.author,
        coauthor: c.author.coauthor,
        riziv: session.access.get(session.user)?.riziv ?? '',
        healthdataUrl: c.endpoints.healthdata,
        cinUrl: c.endpoints.cin,
      };
    },
    async save(v: SettingsValues): Promise<string | undefined> {
      const t = (s: string | undefined) => (s ?? '').trim();
      const problems: string[] = [];
      if (!(LANGS as readonly string[]).includes(v.language)) problems.push('language: en, nl or fr');
      if (t(v.hospitalInami) && !/^\d{8}$/.test(t(v.hospitalInami))) problems.push('INAMI institution number: 8 digits');
      if (t(v.riziv) && !parseRiziv(t(v.riziv))) problems.push('RIZIV number: 11 digits with valid check digits');
      if (!URL.test(t(v.healthdataUrl)) || !URL.test(t(v.cinUrl))) problems.push('endpoints: http:// or https:// URLs');
      if (problems.length) return `Not saved: ${problems.join('; ')}.`;
      const before = readSettings();
      const siteChanged =
        t(v.hospitalName) !== before.hospital.name ||
        t(v.hospitalInami) !== before.hospital.inami ||
        t(v.authorGroup) !== before.author.group ||
        t(v.healthdataUrl) !== before.endpoints.healthdata ||
        t(v.cinUrl) !== before.endpoints.cin;
      const denied = siteChanged ? session.access.whyNot(session.user, 'manage-settings') : undefined;
      if (denied) return `Not saved: ${denied}`;
      // conf (and its schema compiler) is loaded only when settings are written.
      const { openSettings } = await import('../config/settings.js');
      openSettings().set({
        language: v.language as never,
        hospital: { name: t(v.hospitalName), inami: t(v.hospitalInami) },
        author: { group: t(v.authorGroup), author: t(v.author), coauthor: t(v.coauthor) },
        endpoints: { healthdata: t(v.healthdataUrl), cin: t(v.cinUrl) },
      });
      const riziv = t(v.riziv) ? parseRiziv(t(v.riziv))!.digits : null;
      if (riziv !== (session.access.get(session.user)?.riziv ?? null)) session.access.setRiziv(session.user, riziv, session.user);
      return undefined;
    },
  };
}
