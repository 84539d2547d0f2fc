import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkInvariants } from '../../src/store/index.js';
import { createSender, hmacPseudonymiser } from '../../src/transmit/index.js';
import { completeP } from '../helpers/fixtures.js';
import { freshStore } from '../helpers/db.js';

const HARNESS = fileURLToPath(new URL('../../scripts/crash.mjs', import.meta.url));

function populated() {
  const { db, store } = freshStore();
  const sender = createSender(db, store, hmacPseudonymiser(Buffer.alloc(32, 3)));
  const open = store.create({ type: 'P', data: { DT_HOSPZ: '2026-03-10' }, user: 'a' });
  store.patch(open.id, { changes: { MS_PAT_HGHT: 170 }, rowVersion: open.rowVersion, user: 'a' });
  const sent = store.create({ type: 'P', data: { ...completeP(), IDC_PAT: '93051822361', DT_PAT_DOB: '1993-05-18' }, user: 'a' });
  sender.send(sent.id, { user: 'a' });
  return { db, open, sent };
}

describe('the invariants of a database', () => {
  test('hold for registrations written through the store', () => {
    expect(checkInvariants(populated().db)).toEqual([]);
  });

  test.each([
    [
      'an outbox item for an Open registration',
      "INSERT INTO outbox (registration_id, destination, kind, idempotency_key, payload, next_attempt_at, created_at) VALUES (1, 'healthdata', 'registration', 'x', '{}', 'now', 'now')",
      /outbox/,
    ],
    ['data changed behind the audit log', "UPDATE registrations SET data = json_set(data, '$.MS_PAT_HGHT', 999) WHERE id = 1", /audit/],
    ['a Sent registration without its outbox items', 'DELETE FROM outbox WHERE registration_id = 2', /outbox/],
    ['a counter out of step', "UPDATE registration_counts SET n = n + 1 WHERE status = 'open'", /counters/],
    ['an outbox payload that is not JSON', "UPDATE outbox SET payload = '{\"cut' WHERE registration_id = 2", /outbox/],
    [
      'an idempotency key used twice',
      'INSERT INTO outbox (registration_id, destination, kind, idempotency_key, payload, next_attempt_at, created_at) SELECT registration_id - 1, destination, kind, idempotency_key, payload, next_attempt_at, created_at FROM outbox WHERE registration_id = 2 LIMIT 1',
      /unique key/,
    ],
  ])('catch %s (broken on purpose)', (_, sql, rule) => {
    const { db } = populated();
    db.exec(sql);
    const found = checkInvariants(db);
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((v) => v.rule).join(' ')).toMatch(rule);
  });
});

describe('the crash harness', () => {
  test('kills writers with SIGKILL at random moments and finds no violation', () => {
    const r = spawnSync(process.execPath, [HARNESS, '--trials', '8'], { encoding: 'utf8', timeout: 120_000 });
    expect(r.stdout).toMatch(/^8 trials, 0 violations/m);
    expect(r.status).toBe(0);
  }, 150_000);
});
