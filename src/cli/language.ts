/**
 * The language of a run, known before commander reads the arguments, so that the help, the usage
 * errors and every line after them are in it: --lang, then ANGIO_LANG, then the person's saved
 * setting (the session's languageOf), else English.
 */
import type { Lang } from '../registry/index.js';
import { actingPersonsSettings, languageOf, type GlobalOptions } from '../session/index.js';

export function languageOfArgs(args: readonly string[]): Lang {
  const o: GlobalOptions = {};
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--') break;
    const m = /^--(lang|db)(?:=(.*))?$/.exec(args[i]!);
    if (!m) continue;
    const value = m[2] ?? args[++i];
    if (value !== undefined) o[m[1] as 'lang' | 'db'] = value;
  }
  // Through sudo, the saved language and every preference a command reads or writes are the
  // acting person's own (docs/server.md#many-staff-one-server): set once, here, before any command runs.
  actingPersonsSettings(o);
  return languageOf(o);
}
