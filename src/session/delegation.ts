/**
 * Staff reaching a shared installation through sudo (docs/server.md#many-staff-one-server): a
 * service account owns the database and its secret, nobody else can open them, and each person
 * runs `sudo -u <service account> angio …`. angio then acts for the person sudo names — only when
 * it runs as the account that owns the database, so nobody becomes someone else by setting
 * SUDO_USER themselves on a database that is not theirs.
 *
 * angio works with the service account's rights in that case, not the person's: a file the
 * person names must be one they could read themselves, and what angio would write for them goes
 * to standard output, since a file it made would belong to the service account.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Lang } from '../registry/index.js';
import { say } from '../messages.js';

export interface Delegation {
  /** The person sudo was run by: the acting user. */
  person: string;
  personUid: number;
  personGid: number;
  /** The service account angio runs as, which owns the database. */
  service: string;
  serviceUid: number;
}

/** Who owns the database (or, before it exists, the directory it will be made in). */
function ownerOf(dbPath: string): number | undefined {
  for (const p of [dbPath, dirname(dbPath)]) {
    try {
      return statSync(p).uid;
    } catch {
      // Not there (yet), or not reachable: try the directory, else nobody.
    }
  }
  return undefined;
}

const USER_NAME = /^[a-z_][a-z0-9_.-]*\$?$/i;

/** The delegation this process runs under, if it is one (see the comment at the top). */
export function delegationFor(dbPath: string, env: NodeJS.ProcessEnv = process.env): Delegation | undefined {
  const uid = process.getuid?.();
  if (uid === undefined || uid === 0 || dbPath === ':memory:') return undefined;
  const person = env.SUDO_USER;
  const personUid = Number(env.SUDO_UID);
  const personGid = Number(env.SUDO_GID);
  if (!person || !USER_NAME.test(person) || !Number.isInteger(personUid) || personUid === uid) return undefined;
  if (ownerOf(resolve(dbPath)) !== uid) return undefined;
  return { person, personUid, personGid: Number.isInteger(personGid) ? personGid : -1, service: userInfo().username, serviceUid: uid };
}

/** The groups a person belongs to, as the system says (for reading a file through its group). */
function groupsOf(d: Delegation): Set<number> {
  try {
    const out = execFileSync('id', ['-G', d.person], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return new Set([d.personGid, ...out.trim().split(/\s+/).map(Number)]);
  } catch {
    return new Set([d.personGid]);
  }
}

/** Whether the person could open `path` themselves for `want` (r = 4, x = 1), by its mode bits. */
function personMay(d: Delegation, groups: Set<number>, path: string, want: 4 | 1): boolean {
  const st = statSync(path);
  const bits = st.uid === d.personUid ? (st.mode >> 6) & 7 : groups.has(st.gid) ? (st.mode >> 3) & 7 : st.mode & 7;
  return (bits & want) === want;
}

const inside = (dir: string, path: string) => {
  const r = relative(dir, path);
  return !r.startsWith('..') && !isAbsolute(r);
};

/**
 * Why the person may not have angio read `file` for them, or undefined when they may: a file of
 * the installation's own directory never, and otherwise only one they could read themselves.
 */
export function whyNotRead(d: Delegation, file: string, dataDir: string, lang: Lang): string | undefined {
  if (file === '-') return undefined;
  const full = resolve(file);
  if (!existsSync(full)) return undefined; // the command's own "not found" says it better
  const real = realpathSync(full);
  if (inside(realpathSync(dataDir), real)) return say(lang, 'session.installationFile', { file });
  const groups = groupsOf(d);
  const dirs: string[] = [];
  for (let dir = dirname(real); ; dir = dirname(dir)) {
    dirs.push(dir);
    if (dirname(dir) === dir) break;
  }
  const blocked = dirs.find((dir) => !personMay(d, groups, dir, 1));
  if (blocked || !personMay(d, groups, real, 4)) return say(lang, 'session.cannotRead', { person: d.person, file, service: d.service });
  return undefined;
}

/**
 * Why angio, acting for the person, does not write a file for them: its owner would be the service
 * account. `instead` says what to do (by default: standard output).
 */
export function whyNotWrite(d: Delegation, file: string, lang: Lang, instead?: string): string | undefined {
  if (file === '-') return undefined;
  return say(lang, 'session.wouldNotBeTheirs', {
    service: d.service,
    file,
    person: d.person,
    instead: instead ?? say(lang, 'session.writeToOutput', { file }),
  });
}

/** Each person's own preferences (language, author defaults) in the service account's config directory. */
export const personalSettingsDir = (base: string, d: Delegation) => join(base, 'people', d.person);
