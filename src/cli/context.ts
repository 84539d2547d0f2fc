/** Where the database lives, who the user is, and which language to speak: shared by every command. */
import envPaths from 'env-paths';
import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { readSettings, type SettingsData } from '../config/read-settings.js';
import { LANGS, type Lang } from '../registry/index.js';
import {
  createAccess,
  createOutbox,
  openDatabase,
  createRegistrationStore,
  type Db,
  type Outbox,
  type RegistrationStore,
} from '../store/index.js';
import {
  createCorrector,
  createSender,
  hmacPseudonymiser,
  loadOrCreateSecret,
  type Corrector,
  type Endpoints,
  type Hospital,
  type Pseudonymiser,
  type Sender,
} from '../transmit/index.js';

export const EXIT = { ok: 0, problems: 1, usage: 2, refused: 3 } as const;

/** A usage or environment error: the CLI prints its message (one sentence) and exits 2. */
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
 * The operating-system account running angio. ANGIO_USER names the user only for a process run
 * by root (a service account's scripts): for anyone else it would be a way around their role.
 */
export function currentUser(): string {
  if (process.env.ANGIO_USER && process.getuid?.() === 0) return process.env.ANGIO_USER;
  return userInfo().username;
}

/** --lang, then ANGIO_LANG, then the saved setting, then English. */
export function languageOf(o: GlobalOptions): Lang {
  const l = (o.lang ?? process.env.ANGIO_LANG ?? savedLanguage()).toLowerCase();
  if (!(LANGS as readonly string[]).includes(l)) throw new UsageError(`Unknown language "${l}": use en, nl or fr.`);
  return l as Lang;
}

/** The installation secret for pseudonyms: $ANGIO_SECRET_FILE, else angio.secret beside the database. */
export function secretPath(dbPath: string): string {
  return process.env.ANGIO_SECRET_FILE ?? join(dirname(dbPath), 'angio.secret');
}

function savedLanguage(): string {
  return savedSettings()?.language ?? 'en';
}

/** The saved settings, or undefined when the settings file cannot be read (then defaults apply). */
function savedSettings(): SettingsData {
  return readSettings();
}

/** Delivery endpoints: --healthdata-url / --cin-url, then ANGIO_HEALTHDATA_URL / ANGIO_CIN_URL, then the settings. */
export function endpointsOf(o: GlobalOptions): Endpoints {
  const saved = savedSettings()?.endpoints;
  const pick = (flag?: string, env?: string, setting?: string) => flag || env || setting || undefined;
  const out: Endpoints = {};
  const healthdata = pick(o.healthdataUrl, process.env.ANGIO_HEALTHDATA_URL, saved?.healthdata);
  const cin = pick(o.cinUrl, process.env.ANGIO_CIN_URL, saved?.cin);
  if (healthdata) out.healthdata = healthdata;
  if (cin) out.cin = cin;
  return out;
}

/** Author columns left out of a CSV file or an API payload: the settings, else the current user. */
export function authorDefaults(user: string) {
  const a = savedSettings()?.author;
  return { authorGroup: a?.group || 'default', author: a?.author || user, coauthor: a?.coauthor || a?.author || user };
}

export function hospitalOf(): Hospital {
  const h = savedSettings()?.hospital;
  return { ...(h?.name ? { name: h.name } : {}), ...(h?.inami ? { inami: h.inami } : {}) };
}

export interface Session {
  db: Db;
  store: RegistrationStore;
  sender: Sender;
  corrector: Corrector;
  outbox: Outbox;
  pseudonymiser: Pseudonymiser;
  endpoints: Endpoints;
  user: string;
  lang: Lang;
  access: ReturnType<typeof createAccess>;
  close: () => void;
}

export function openSession(o: GlobalOptions, { mustExist = false } = {}): Session {
  const path = databasePath(o);
  const lang = languageOf(o);
  const busy = Number(process.env.ANGIO_BUSY_TIMEOUT_MS);
  const db = openDatabase(path, { mustExist, ...(Number.isFinite(busy) && busy >= 0 ? { busyTimeoutMs: busy } : {}) });
  const user = currentUser();
  // The first user of a new database is its admin.
  const access = createAccess(db);
  access.claimFirstAdmin(user);
  try {
    access.assert(user, 'read');
  } catch (e) {
    db.close();
    throw e;
  }
  const store = createRegistrationStore(db, { access });
  const pseudonymiser = hmacPseudonymiser(loadOrCreateSecret(secretPath(path)));
  const hospital = hospitalOf();
  const sender = createSender(db, store, pseudonymiser, { hospital });
  const corrector = createCorrector(db, store, pseudonymiser, { hospital, helpdeskDir: join(dirname(path), 'helpdesk') });
  return {
    db,
    store,
    sender,
    corrector,
    outbox: createOutbox(db),
    pseudonymiser,
    endpoints: endpointsOf(o),
    user,
    lang,
    access,
    close: () => db.close(),
  };
}
