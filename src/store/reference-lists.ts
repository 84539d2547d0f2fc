/**
 * Reference lists in SQLite, with their source and load date: the physicians of the hospital
 * (HPIN), the INAMI nominative lists of stents and balloons (QERMID_IMPLT_32401..32404) and the
 * Belgian postal codes (shipped with angio, loaded on first use). Lists are small: a loaded list
 * is kept in memory for lookups and type-ahead, and reloaded when it changes.
 */
import { POSTAL_CODES } from '../registry/data/postal-codes.js';
import type { ReferenceEntry, ReferenceLookup } from '../validation/index.js';
import { systemClock, type Clock } from '../clock.js';
import type { Db } from './database.js';

/** The source of the postal codes angio ships: stored in English, said in the reader's language. */
export const SHIPPED_POSTAL_SOURCE = 'bpost/Statbel postal codes shipped with angio';
/** The source of a list read from standard input (`angio reflist import -`). */
export const STANDARD_INPUT_SOURCE = 'standard input';

export interface ListInfo {
  list: string;
  source: string;
  loadedAt: string;
  loadedBy: string;
  entries: number;
}

export const POSTAL_LIST = 'PLACE_OF_RESIDENCE';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Changes made through any instance on a connection: every instance's cache sees them at once. */
const epochs = new WeakMap<Db, { n: number }>();

export function createReferenceLists(db: Db, clock: Clock = systemClock) {
  const epoch = epochs.get(db) ?? { n: 0 };
  epochs.set(db, epoch);
  let seenEpoch = epoch.n;
  const stmt = {
    info: db.prepare('SELECT list, source, loaded_at AS loadedAt, loaded_by AS loadedBy, entries FROM reference_lists ORDER BY list'),
    one: db.prepare('SELECT list, source, loaded_at AS loadedAt, loaded_by AS loadedBy, entries FROM reference_lists WHERE list = ?'),
    entries: db.prepare(
      'SELECT list, code, name, detail, valid_from AS validFrom, valid_to AS validTo FROM reference_entries WHERE list = ? ORDER BY code',
    ),
    clear: db.prepare('DELETE FROM reference_entries WHERE list = ?'),
    upsert:
      db.prepare(`INSERT INTO reference_entries (list, code, name, detail, valid_from, valid_to) VALUES (@list, @code, @name, @detail, @validFrom, @validTo)
      ON CONFLICT (list, code) DO UPDATE SET name = excluded.name, detail = excluded.detail, valid_from = excluded.valid_from, valid_to = excluded.valid_to`),
    register: db.prepare(`INSERT INTO reference_lists (list, source, loaded_at, loaded_by, entries) VALUES (@list, @source, @at, @user, 0)
      ON CONFLICT (list) DO UPDATE SET source = excluded.source, loaded_at = excluded.loaded_at, loaded_by = excluded.loaded_by`),
    count: db.prepare(
      'UPDATE reference_lists SET entries = (SELECT count(*) FROM reference_entries WHERE list = @list) WHERE list = @list',
    ),
    version: db.prepare('SELECT group_concat(list || loaded_at || entries) FROM reference_lists').pluck(),
  };
  const cache = new Map<string, Map<string, ReferenceEntry>>();
  let cachedVersion: unknown;
  let checkedAt = 0;

  const load = (entries: Omit<ReferenceEntry, 'list'>[], list: string, o: { replace: boolean; source: string; user: string }) =>
    db
      .transaction(() => {
        stmt.register.run({ list, source: o.source, at: clock.now().toISOString(), user: o.user });
        if (o.replace) stmt.clear.run(list);
        for (const e of entries) stmt.upsert.run({ ...e, list });
        stmt.count.run({ list });
        cache.clear();
        checkedAt = 0;
        epoch.n++;
        return stmt.one.get(list) as ListInfo;
      })
      .immediate();

  /** The shipped postal codes, loaded the first time a database is opened. */
  if (!stmt.one.get(POSTAL_LIST)) {
    load(
      POSTAL_CODES.map(([code, localities]) => ({
        code,
        name: localities.split('|').join(', '),
        detail: '',
        validFrom: null,
        validTo: null,
      })),
      POSTAL_LIST,
      { replace: true, source: SHIPPED_POSTAL_SOURCE, user: 'angio' },
    );
  }

  const listMap = (list: string): Map<string, ReferenceEntry> => {
    if (seenEpoch !== epoch.n) {
      cache.clear();
      seenEpoch = epoch.n;
    }
    // Another process may load a list: look at most once a second (lookups sit in hot loops).
    if (Date.now() - checkedAt > 1000) {
      checkedAt = Date.now();
      const version = stmt.version.get();
      if (version !== cachedVersion) {
        cache.clear();
        cachedVersion = version;
      }
    }
    let m = cache.get(list);
    if (!m) {
      m = new Map((stmt.entries.all(list) as ReferenceEntry[]).map((e) => [e.code, e]));
      cache.set(list, m);
    }
    return m;
  };

  const lookup: ReferenceLookup = {
    isLoaded: (list) => listMap(list).size > 0,
    get: (list, code) => listMap(list).get(code),
    search(list, text, limit) {
      const f = fold(text.trim());
      const all = [...listMap(list).values()];
      if (!f) return all.slice(0, limit);
      // Code prefix first, then names starting with the text, then names with a word starting
      // with it, then anything containing it (name or detail, e.g. a manufacturer).
      const rank = (e: ReferenceEntry): number => {
        const name = fold(e.name);
        if (fold(e.code).startsWith(f)) return 0;
        if (name.startsWith(f)) return 1;
        if (name.split(/[\s,.-]+/).some((w) => w.startsWith(f))) return 2;
        return name.includes(f) || fold(e.detail).includes(f) ? 3 : 9;
      };
      return all
        .map((e) => [rank(e), e] as const)
        .filter(([r]) => r < 9)
        .sort((a, b) => a[0] - b[0])
        .slice(0, limit)
        .map(([, e]) => e);
    },
  };

  return {
    lookup,
    /** One entry added to a list (a physician added from the form); the list keeps its source. */
    addEntry(list: string, entry: Omit<ReferenceEntry, 'list'>, user: string) {
      db.transaction(() => {
        if (!stmt.one.get(list)) stmt.register.run({ list, source: 'added in the form', at: clock.now().toISOString(), user });
        stmt.upsert.run({ ...entry, list });
        stmt.count.run({ list });
      })();
      cache.clear();
      checkedAt = 0;
      epoch.n++;
    },
    /** Loads entries into a list, replacing it or merging into it, in one transaction. */
    load,
    lists: () => stmt.info.all() as ListInfo[],
    info: (list: string) => stmt.one.get(list) as ListInfo | undefined,
    entries: (list: string) => [...listMap(list).values()],
  };
}

export type ReferenceLists = ReturnType<typeof createReferenceLists>;
