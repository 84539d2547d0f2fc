/**
 * A session: the database this run works on, the user acting, the language, and the core and
 * operations made for them. Shared by the CLI, the terminal UI and the API server, so that none of
 * them imports another (docs/architecture.md#the-session).
 */
import envPaths from 'env-paths';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import {
  authorDefaultsOf,
  combineSettings,
  DEFAULT_VALUES,
  ownSettingsDir,
  readSettings,
  readSettingValues,
  SITE_KEYS,
  toSettingsData,
  type SettingsData,
  type SettingValues,
  usePersonalSettingsDir,
} from '../config/index.js';
import { LANGS, type Lang } from '../registry/index.js';
import { say } from '../messages.js';
import { createAccess, createSiteSettings, DatabaseError, openDatabase, type SiteSettings } from '../store/index.js';
import type { Endpoints, Hospital } from '../transmit/index.js';
import { createCore, createOperations, type Core, type Operations } from '../operations/index.js';
import { inputFileProblem } from '../exchange/input-file.js';
import { installationPseudonymiser } from './secret.js';
import { inputFileSentence } from './problems.js';
import { delegationFor, personalSettingsDir, whyNotRead, whyNotWrite, type Delegation } from './delegation.js';

/** A usage or environment error: the message is one sentence the user can act on (the CLI exits 2). */
export class UsageError extends Error {}

export interface GlobalOptions {
  db?: string;
  lang?: string;
  healthdataUrl?: string;
  cinUrl?: string;
}

/** The user's data directory (e.g. ~/.local/share/angio), created on first use. */
export function defaultDatabasePath(): string {
  const dir = envPaths('angio', { suffix: '' }).data;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return join(dir, 'angio.db');
}

/** --db, then ANGIO_DB, then the user's data directory. */
export function databasePath(o: GlobalOptions): string {
  return o.db ?? process.env.ANGIO_DB ?? defaultDatabasePath();
}

/**
 * The person acting: for a process run by root (a service's scripts), ANGIO_USER; for the
 * service account of a shared installation started through sudo, the person sudo names
 * (docs/server.md#many-staff-one-server); else the operating-system account running angio.
 * ANGIO_USER and SUDO_USER count for nothing anywhere else: they would be a way around a role.
 */
export function currentUser(dbPath?: string): string {
  if (process.env.ANGIO_USER && process.getuid?.() === 0) return process.env.ANGIO_USER;
  const d = dbPath === undefined ? undefined : delegationFor(dbPath);
  return d ? d.person : userInfo().username;
}

/**
 * A file angio is to read for the user, refused (one sentence, in their language) when it is
 * missing, a folder or not readable, or when they act through sudo and could not read it themselves.
 */
export function checkFileToRead(o: GlobalOptions, file: string): void {
  // Through sudo the person's own rights come first: a file only the service account cannot read
  // is one they must hand over on standard input, which that sentence says.
  const path = databasePath(o);
  const d = delegationFor(path);
  const why = d && whyNotRead(d, file, dirname(path), languageOf(o));
  if (why) throw new UsageError(why);
  const problem = file === '-' ? undefined : inputFileProblem(file);
  // Their own file, which the service account may not read (their 0600 home): it comes on standard input.
  if (problem?.kind === 'unreadable' && d)
    throw new UsageError(say(languageOf(o), 'session.serviceCannotRead', { service: d.service, file }));
  if (problem) throw new UsageError(inputFileSentence(languageOf(o), problem));
}

/** A file angio is to write for the user: through sudo, only standard output ("-"). */
export function checkFileToWrite(o: GlobalOptions, file: string, instead?: string): void {
  const d = delegationFor(databasePath(o));
  const why = d && whyNotWrite(d, file, languageOf(o), instead);
  if (why) throw new UsageError(why);
}

/**
 * Through sudo, the acting person's own preferences are read and written in their own directory
 * of the service account's: called before a command touches any setting.
 */
export function actingPersonsSettings(o: GlobalOptions): Delegation | undefined {
  const d = delegationFor(databasePath(o));
  usePersonalSettingsDir(d ? personalSettingsDir(ownSettingsDir(), d) : undefined);
  return d;
}

/** --lang, then ANGIO_LANG, then the saved setting, then English. */
export function languageOf(o: GlobalOptions, settings: SettingsData = readSettings()): Lang {
  const l = (o.lang ?? process.env.ANGIO_LANG ?? settings.language).toLowerCase();
  // Said in English: the language asked for is the one not known.
  if (!(LANGS as readonly string[]).includes(l)) throw new UsageError(say('en', 'session.unknownLanguage', { lang: l }));
  return l as Lang;
}

/** The installation secret for pseudonyms: $ANGIO_SECRET_FILE, else angio.secret beside the database. */
export function secretPath(dbPath: string): string {
  return process.env.ANGIO_SECRET_FILE ?? join(dirname(dbPath), 'angio.secret');
}

/** Delivery endpoints: --healthdata-url / --cin-url, then ANGIO_HEALTHDATA_URL / ANGIO_CIN_URL, then the settings. */
export function endpointsOf(o: GlobalOptions, settings: SettingsData = readSettings()): Endpoints {
  const pick = (flag?: string, env?: string, setting?: string) => flag || env || setting || undefined;
  const out: Endpoints = {};
  const healthdata = pick(o.healthdataUrl, process.env.ANGIO_HEALTHDATA_URL, settings.endpoints.healthdata);
  const cin = pick(o.cinUrl, process.env.ANGIO_CIN_URL, settings.endpoints.cin);
  if (healthdata) out.healthdata = healthdata;
  if (cin) out.cin = cin;
  return out;
}

/** The hospital named in billing messages (the settings). */
export function hospitalOf(settings: SettingsData = readSettings()): Hospital {
  const h = settings.hospital;
  return { ...(h.name ? { name: h.name } : {}), ...(h.inami ? { inami: h.inami } : {}) };
}

export interface Session {
  core: Core;
  ops: Operations;
  endpoints: Endpoints;
  user: string;
  lang: Lang;
  /** Set when the user acts through sudo as the installation's service account. */
  delegation?: Delegation;
  close: () => void;
}

export interface SessionOptions {
  /**
   * A database that does not exist yet is created and its user made its admin: the first start of
   * the terminal UI, `angio demo` and `angio init`. Otherwise the database must exist and have
   * been initialised; a file nobody initialised is never claimed by whoever opens it first.
   */
  create?: boolean;
  /** The language of the session's own sentences (the secret's), when not the user's: the API's are English. */
  sentencesIn?: Lang;
}

/** Opens the database and makes the core for the user running angio; the caller closes it. */
export function openSession(o: GlobalOptions, { create = false, sentencesIn }: SessionOptions = {}): Session {
  const path = databasePath(o);
  const delegation = actingPersonsSettings(o);
  const own = readSettingValues();
  const lang = languageOf(o, toSettingsData(own));
  const busy = Number(process.env.ANGIO_BUSY_TIMEOUT_MS);
  const existed = path === ':memory:' || existsSync(path);
  let db;
  try {
    db = openDatabase(path, { mustExist: !create, ...(Number.isFinite(busy) && busy >= 0 ? { busyTimeoutMs: busy } : {}) });
  } catch (e) {
    throw belongsToAnother(e, path, lang);
  }
  const user = currentUser(path);
  try {
    // Anyone must be known before anything (the pseudonymisation secret included) is made for them.
    const users = createAccess(db);
    if (!users.list().length) {
      if (!create || existed) throw new UsageError(notInitialised(path, lang));
      users.claimFirstAdmin(user);
    }
    users.assert(user, 'read');
    const site = createSiteSettings(db);
    adoptSiteSettings(site, users.roleOf(user) === 'admin' ? user : undefined, own);
    const settings = toSettingsData(combineSettings(own, site.values()));
    const core = createCore(db, {
      pseudonymiser: installationPseudonymiser(db, secretPath(path), sentencesIn ?? lang),
      helpdeskDir: join(dirname(path), 'helpdesk'),
      authorDefaults: (u) => authorDefaultsOf(settings, u),
    });
    return {
      core,
      ops: createOperations(core),
      endpoints: endpointsOf(o, settings),
      user,
      lang,
      ...(delegation ? { delegation } : {}),
      close: () => db.close(),
    };
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * An installation upgraded from when each account kept the site's settings in its own file: the
 * first admin session takes the admin's values into the database (logged as theirs), once.
 */
function adoptSiteSettings(site: SiteSettings, admin: string | undefined, own: SettingValues) {
  if (!admin || Object.keys(site.values()).length) return;
  const found = Object.fromEntries(SITE_KEYS.filter((k) => own[k] !== DEFAULT_VALUES[k]).map((k) => [k, own[k]]));
  if (Object.keys(found).length) site.set(admin, found);
}

/**
 * A database this account cannot open because it belongs to the installation's service account:
 * the sentence says how staff reach it.
 */
function belongsToAnother(e: unknown, path: string, lang: Lang): unknown {
  if (!(e instanceof DatabaseError) || (e.reason !== 'unwritable' && e.reason !== 'missing')) return e;
  const ownerOf = (p: string) => {
    try {
      return statSync(p).uid;
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'EACCES' ? 'unreachable' : undefined;
    }
  };
  const owner = ownerOf(path) ?? (e.reason === 'unwritable' ? ownerOf(dirname(path)) : undefined);
  if (owner === 'unreachable') return new UsageError(say(lang, 'session.unreachable', { path }));
  if (owner === undefined || owner === process.getuid?.()) return e;
  return new UsageError(say(lang, 'session.belongsToAnother', { path, uid: owner }));
}

export const notInitialised = (path: string, lang: Lang) => say(lang, 'session.notInitialised', { path });

/** Runs `work` on a session that is closed afterwards, whatever happens. */
export async function withSession<T>(o: GlobalOptions, options: SessionOptions, work: (s: Session) => T | Promise<T>): Promise<T> {
  const s = openSession(o, options);
  try {
    return await work(s);
  } finally {
    s.close();
  }
}
