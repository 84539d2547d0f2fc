/**
 * Versioned schema migrations, each applied once inside a transaction and recorded in
 * schema_migrations. Add a new entry at the end; never edit an applied one.
 */
import { chainExistingEntries } from './audit-chain.js';
import { backfillFacts, FACTS_SCHEMA } from './facts-writer.js';
import { CELLS_SCHEMA } from './facts-cells.js';
import type { Db } from './database.js';

interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Work SQL alone cannot do, run after `sql` in the same transaction. */
  after?: (db: Db) => void;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'registrations and audit log',
    sql: `
      CREATE TABLE registrations (
        id INTEGER PRIMARY KEY,
        type TEXT NOT NULL CHECK (type IN ('H','P','F','FP','FU')),
        form_version TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open','sent','deleted')),
        data TEXT NOT NULL CHECK (json_valid(data)),
        patient_key TEXT,
        key_date TEXT,
        last_pci_date TEXT,
        parent_id INTEGER REFERENCES registrations(id),
        registration_code TEXT UNIQUE,
        business_key TEXT,
        required_filled INTEGER NOT NULL DEFAULT 0,
        required_total INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        row_version INTEGER NOT NULL DEFAULT 1
      );
      CREATE INDEX registrations_status_id ON registrations(status, id);
      CREATE INDEX registrations_type_status_id ON registrations(type, status, id);
      CREATE INDEX registrations_patient ON registrations(patient_key, id);
      CREATE INDEX registrations_parent ON registrations(parent_id);
      CREATE INDEX registrations_business_key ON registrations(business_key);

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        registration_id INTEGER NOT NULL REFERENCES registrations(id),
        at TEXT NOT NULL,
        user TEXT NOT NULL,
        action TEXT NOT NULL,
        changes TEXT NOT NULL CHECK (json_valid(changes))
      );
      CREATE INDEX audit_log_registration ON audit_log(registration_id, id);
      -- Append-only: the history of a registration is evidence.
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;

      -- Counts per type and status kept by triggers: COUNT(*) over a million rows costs tens of ms.
      CREATE TABLE registration_counts (type TEXT NOT NULL, status TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (type, status)) WITHOUT ROWID;
      CREATE TRIGGER registrations_count_insert AFTER INSERT ON registrations BEGIN
        INSERT INTO registration_counts (type, status, n) VALUES (NEW.type, NEW.status, 1)
          ON CONFLICT (type, status) DO UPDATE SET n = n + 1;
      END;
      CREATE TRIGGER registrations_count_update AFTER UPDATE OF status, type ON registrations
        WHEN OLD.status IS NOT NEW.status OR OLD.type IS NOT NEW.type BEGIN
        UPDATE registration_counts SET n = n - 1 WHERE type = OLD.type AND status = OLD.status;
        INSERT INTO registration_counts (type, status, n) VALUES (NEW.type, NEW.status, 1)
          ON CONFLICT (type, status) DO UPDATE SET n = n + 1;
      END;
      CREATE TRIGGER registrations_count_delete AFTER DELETE ON registrations BEGIN
        UPDATE registration_counts SET n = n - 1 WHERE type = OLD.type AND status = OLD.status;
      END;
    `,
  },
  {
    version: 2,
    name: 'outbox, delivery state, corrections and helpdesk requests',
    sql: `
      ALTER TABLE registrations ADD COLUMN delivery TEXT NOT NULL DEFAULT 'none'
        CHECK (delivery IN ('none','pending','delivered','failed'));
      -- A Sent registration being corrected: the new version, edited until it is resubmitted.
      ALTER TABLE registrations ADD COLUMN correction_data TEXT CHECK (correction_data IS NULL OR json_valid(correction_data));
      ALTER TABLE registrations ADD COLUMN submissions INTEGER NOT NULL DEFAULT 0;

      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        registration_id INTEGER NOT NULL REFERENCES registrations(id),
        destination TEXT NOT NULL CHECK (destination IN ('healthdata','cin')),
        kind TEXT NOT NULL CHECK (kind IN ('registration','correction','billing')),
        idempotency_key TEXT NOT NULL UNIQUE,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','delivered','failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        next_attempt_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        delivered_at TEXT
      );
      CREATE INDEX outbox_due ON outbox(status, next_attempt_at);
      CREATE INDEX outbox_registration ON outbox(registration_id, id);

      CREATE TABLE helpdesk_requests (
        id INTEGER PRIMARY KEY,
        registration_id INTEGER NOT NULL REFERENCES registrations(id),
        created_at TEXT NOT NULL,
        user TEXT NOT NULL,
        registration_code TEXT NOT NULL,
        changes TEXT NOT NULL CHECK (json_valid(changes)),
        reason TEXT NOT NULL,
        file TEXT
      );
    `,
  },
  {
    version: 3,
    name: 'users, roles and API tokens',
    sql: `
      CREATE TABLE users (
        name TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('admin','physician','staff','support')),
        riziv TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
      );
      CREATE TABLE api_tokens (
        id INTEGER PRIMARY KEY,
        user TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
        token_hash TEXT NOT NULL,
        label TEXT,
        created_at TEXT NOT NULL,
        last_used_at TEXT,
        revoked_at TEXT
      );
      CREATE INDEX registrations_updated ON registrations(updated_at, id);
    `,
  },
  {
    version: 4,
    name: 'reference lists (HPIN, nominative device lists, postal codes)',
    sql: `
      CREATE TABLE reference_lists (
        list TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        loaded_at TEXT NOT NULL,
        loaded_by TEXT NOT NULL,
        entries INTEGER NOT NULL
      );
      CREATE TABLE reference_entries (
        list TEXT NOT NULL REFERENCES reference_lists(list) ON DELETE CASCADE,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        valid_from TEXT,
        valid_to TEXT,
        PRIMARY KEY (list, code)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 5,
    name: "each user's last answers (fast encoding)",
    sql: `
      CREATE TABLE user_answers (
        user TEXT NOT NULL,
        field TEXT NOT NULL,
        value TEXT NOT NULL CHECK (json_valid(value)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (user, field)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 6,
    name: 'index for the follow-ups due',
    sql: `
      CREATE INDEX registrations_followup_due ON registrations(last_pci_date, id)
        WHERE type IN ('P', 'FP') AND status IN ('open', 'sent') AND last_pci_date IS NOT NULL;
    `,
  },
  {
    version: 7,
    name: 'no index on the business key',
    // No query looks a registration up by business key (re-imports match on patient and key
    // date, through registrations_patient), yet every send would pay for a random-position insert
    // into this index: a large share of a bulk import's writes.
    sql: 'DROP INDEX IF EXISTS registrations_business_key;',
  },
  {
    version: 8,
    name: 'outbox keys unique per registration, payloads checked by the invariants',
    // An idempotency key starts with the registration code, a random string: its UNIQUE index
    // takes an insert at a random place for every outbox item, and checking every payload with
    // json_valid parses every message once more, together a noticeable share of what a bulk
    // import's writer spends per row. Keys are unique per registration here (the code is unique
    // across registrations, registrations.registration_code) and their uniqueness and the
    // payloads' JSON are checked by `angio doctor` and the crash harness (invariants.ts).
    // SQLite cannot drop a column constraint: the table is rebuilt (payloads of delivered items
    // are pruned, so it is small next to the registrations).
    sql: `
      CREATE TABLE outbox_v8 (
        id INTEGER PRIMARY KEY,
        registration_id INTEGER NOT NULL REFERENCES registrations(id),
        destination TEXT NOT NULL CHECK (destination IN ('healthdata','cin')),
        kind TEXT NOT NULL CHECK (kind IN ('registration','correction','billing')),
        idempotency_key TEXT NOT NULL,
        payload TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','delivered','failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        next_attempt_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        delivered_at TEXT,
        UNIQUE (registration_id, idempotency_key)
      );
      INSERT INTO outbox_v8 SELECT id, registration_id, destination, kind, idempotency_key, payload, status, attempts, last_error,
        next_attempt_at, created_at, delivered_at FROM outbox;
      DROP TABLE outbox;
      ALTER TABLE outbox_v8 RENAME TO outbox;
      CREATE INDEX outbox_due ON outbox(status, next_attempt_at);
    `,
  },
  {
    version: 9,
    name: 'the warnings a registration was sent with',
    // The warnings of a send or a resubmission (what our own rules said and the sender accepted)
    // stay with its audit entry: `angio show`, the record view and the API read them there.
    sql: 'ALTER TABLE audit_log ADD COLUMN warnings TEXT CHECK (warnings IS NULL OR json_valid(warnings));',
  },
  {
    version: 10,
    name: "hash-chained audit log; the pseudonymisation secret's fingerprint",
    // Each audit entry carries the hash of the previous one and of its own content (audit-chain.ts);
    // the entries already written are chained here, in id order. The installation table keeps the
    // fingerprint of the secret the database's pseudonyms are made with (docs/decisions.md).
    sql: `
      ALTER TABLE audit_log ADD COLUMN hash TEXT;
      CREATE TABLE installation (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    `,
    after: chainExistingEntries,
  },
  {
    version: 11,
    name: 'a claim on an outbox item while one deliverer posts it',
    // Two deliverers (a service and a manual "angio transmit") must not post the same item at once:
    // a deliverer claims the items it is about to post until a time; a crashed one's claim lapses.
    sql: `
      ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
      ALTER TABLE outbox ADD COLUMN claimed_until TEXT;
    `,
  },
  {
    version: 12,
    name: 'the facts the quality indicators add up, beside each registration',
    // A report over a million registrations must not parse each one's JSON: the facts it needs are
    // kept as columns SQL can add up, written with each registration (facts-writer.ts), and
    // back-filled here for the registrations already there.
    sql: FACTS_SCHEMA,
    after: backfillFacts,
  },
  {
    version: 13,
    name: "the site's settings, one set for the installation, every change logged",
    // Site settings (INAMI number, endpoints) lived in each account's own settings file: an admin's
    // values were invisible to others, and anyone could set the INAMI number their billing used.
    sql: `
      CREATE TABLE site_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL, updated_by TEXT NOT NULL) WITHOUT ROWID;
      CREATE TABLE site_settings_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, user TEXT NOT NULL, key TEXT NOT NULL, old TEXT, new TEXT NOT NULL);
      CREATE TRIGGER site_settings_log_no_update BEFORE UPDATE ON site_settings_log BEGIN SELECT RAISE(ABORT, 'the settings log is append-only'); END;
      CREATE TRIGGER site_settings_log_no_delete BEFORE DELETE ON site_settings_log BEGIN SELECT RAISE(ABORT, 'the settings log is append-only'); END;
    `,
  },
  {
    version: 14,
    name: 'how often each user chose each code (fast encoding)',
    // The form's choice lists put a user's usual codes first (docs/decisions.md#fewer-keys-per-registration):
    // a count per user, field (without its PCI block number) and code, kept beside the last answers.
    sql: `
      CREATE TABLE user_choices (
        user TEXT NOT NULL,
        field TEXT NOT NULL,
        code TEXT NOT NULL,
        times INTEGER NOT NULL CHECK (times > 0),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (user, field, code)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 15,
    name: 'the quality facts added up per month, type, operator, group and status',
    // A report must not add up a million facts rows each time it opens: triggers keep the sums
    // per cell as the facts are written (facts-cells.ts), and the report reads the cells.
    sql: CELLS_SCHEMA,
  },
  {
    version: 16,
    name: 'delivered payloads still kept, by delivery date (retention)',
    // Each delivery pass drops the payloads delivered before the retention period (the billing
    // message holds the NISS in clear): this index holds only those still kept, so the pass reads
    // just the few that have aged since the last one, however many items the outbox holds.
    sql: `CREATE INDEX outbox_kept_payloads ON outbox(delivered_at) WHERE status = 'delivered' AND payload != '{"pruned":true}';`,
  },
];

/**
 * The triggers the migrations leave in a database, by name, with the SQL that made them (as
 * SQLite keeps it): `angio doctor` checks each is still there and unchanged.
 */
export function expectedTriggers(): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of MIGRATIONS) {
    for (const [sql, name] of m.sql.matchAll(/CREATE TRIGGER (\w+)[\s\S]*?\bEND(?=;)/g)) out.set(name!, sql);
    for (const [, name] of m.sql.matchAll(/DROP TRIGGER (?:IF EXISTS )?(\w+)/g)) out.delete(name!);
  }
  return out;
}

/** The schema this angio writes: the last migration's version. */
export function latestSchemaVersion(): number {
  return Math.max(...MIGRATIONS.map((m) => m.version));
}

/** The schema a database is at (0 for a new, empty one). */
export function schemaVersionOf(db: Db): number {
  const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).get();
  return table ? ((db.prepare('SELECT max(version) FROM schema_migrations').pluck().get() as number | null) ?? 0) : 0;
}

/** A database written by a newer angio: opening it here could damage what this version does not know. */
export class NewerSchema extends Error {
  constructor(
    readonly found: number,
    readonly latest: number,
  ) {
    super(`written by a newer angio (database schema ${found}; this angio knows up to ${latest})`);
    this.name = 'NewerSchema';
  }
}

/**
 * Brings the database to the latest schema, one migration per transaction, in order; a database
 * already past it (a newer angio wrote it) is refused before anything is changed.
 */
export function migrate(db: Db): void {
  const found = schemaVersionOf(db);
  if (found > latestSchemaVersion()) throw new NewerSchema(found, latestSchemaVersion());
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      m.after?.(db);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    }).immediate();
  }
}
