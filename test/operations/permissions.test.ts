/**
 * The role table, tested over the operations (not the doors): every operation refuses a support
 * user before it writes anything, a staff member may do everything but the admin's work, and an
 * admin everything. A new operation without a line here fails the type-check.
 */
import { describe, expect, test } from 'vitest';
import { AccessDenied } from '../../src/store/index.js';
import { OPERATION_RIGHTS, type OperationName, type Operations } from '../../src/operations/index.js';
import { completeH, completeP } from '../helpers/fixtures.js';
import { freshCore, tempDir } from '../helpers/db.js';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';

type Ids = { open: number; openVersion: number; sent: number; correcting: number; correctingVersion: number; csv: string };

/** One call of each operation, on registrations made by the admin. */
const CALLS = {
  createRegistration: (ops, user) => ops.createRegistration(user, { type: 'H' }),
  createFollowUp: (ops, user, ids) => ops.createFollowUp(user, { parentId: ids.sent }),
  confirmAnswer: (ops, user, ids) => ops.confirmAnswer(user, { id: ids.open, rowVersion: ids.openVersion, changes: { MS_PAT_HGHT: 170 } }),
  recordConsent: (ops, user, ids) => ops.recordConsent(user, { id: ids.open, field: 'LOC_CONSENT' }),
  saveDraft: (ops, user, ids) => ops.saveDraft(user, { id: ids.open, rowVersion: ids.openVersion, data: completeH() }),
  deleteRegistration: (ops, user, ids) => ops.deleteRegistration(user, { id: ids.open }),
  sendRegistration: (ops, user, ids) => ops.sendRegistration(user, { id: ids.open }),
  startCorrection: (ops, user, ids) => ops.startCorrection(user, { id: ids.sent }),
  editCorrection: (ops, user, ids) =>
    ops.confirmAnswer(user, { id: ids.correcting, rowVersion: ids.correctingVersion, changes: { MS_PAT_WGHT: 90 } }),
  discardCorrection: (ops, user, ids) => ops.discardCorrection(user, { id: ids.correcting }),
  resubmitCorrection: (ops, user, ids) => ops.resubmitCorrection(user, { id: ids.correcting }),
  retryFailedDeliveries: (ops, user, ids) => ops.retryFailedDeliveries(user, { id: ids.sent }),
  retryOutboxItems: (ops, user) => ops.retryOutboxItems(user, { allFailed: true }),
  deliverPendingNow: (ops, user) => ops.deliverPendingNow(user),
  deliverOutbox: (ops, user) => ops.openDelivery(user, { endpoints: {} }),
  readOutbox: (ops, user) => ops.outboxItems(user, {}),
  readQuality: (ops, user) => ops.qualityReport(user, {}),
  importFile: (ops, user, ids) => ops.importFile(user, { file: ids.csv, lang: 'en', type: 'P', mode: 'valid-only' }),
  addListEntry: (ops, user, ids) =>
    ops.answerWithNewListEntry(user, { id: ids.open, rowVersion: ids.openVersion, changes: {}, list: 'HPIN', code: '10012378580' }),
  changeSiteSettings: (ops, user) => ops.saveSettings(user, { values: { 'hospital.name': `AZ ${user}` } }),
  loadReferenceList: (ops, user) =>
    ops.loadReferenceList(user, {
      list: 'HPIN',
      entries: [{ code: '10012378580', name: 'Dr A', detail: '', validFrom: null, validTo: null }],
      replace: false,
      source: 'test',
    }),
  manageUsers: (ops, user) => ops.addUser(user, { name: `new-by-${user}`, role: 'staff' }),
  manageTokens: (ops, user) => ops.createToken(user, { for: 'nurse' }),
  backupDatabase: (ops, user) => ops.backupDatabase(user, { file: join(tempDir(), 'copy.db') }),
} satisfies Record<OperationName, (ops: Operations, user: string, ids: Ids) => unknown>;

function setUp() {
  const { core, ops } = freshCore({ roles: { boss: 'admin', nurse: 'staff', doctor: 'physician', helpdesk: 'support' } });
  const open = ops.createRegistration('boss', { type: 'H', data: completeH() });
  const sent = ops.createRegistration('boss', { type: 'P', data: completeP() });
  ops.sendRegistration('boss', { id: sent.id });
  const other = ops.createRegistration('boss', { type: 'P', data: { ...completeP(), DT_HOSPZ: '2026-03-09', DT_PCI_1: '2026-03-09' } });
  ops.sendRegistration('boss', { id: other.id });
  const correcting = ops.startCorrection('boss', { id: other.id });
  const csv = join(tempDir(), 'none.csv');
  writeFileSync(csv, 'IDC_PAT;DT_HOSPZ\n');
  const ids: Ids = {
    open: open.id,
    openVersion: open.rowVersion,
    sent: sent.id,
    correcting: other.id,
    correctingVersion: correcting.rowVersion,
    csv,
  };
  return { core, ops, ids };
}

/** Everything a refused operation could have written: registrations, their history, the outbox, users, lists. */
const footprint = (core: ReturnType<typeof freshCore>['core']) =>
  core.db
    .prepare(
      `SELECT (SELECT count(*) FROM registrations) || '/' || (SELECT count(*) FROM audit_log) || '/' || (SELECT count(*) FROM outbox)
        || '/' || (SELECT group_concat(status || row_version) FROM registrations) || '/' || (SELECT count(*) FROM reference_entries) || '/' || (SELECT count(*) FROM users)
        || '/' || (SELECT count(*) FROM api_tokens)`,
    )
    .pluck()
    .get();

describe('who may run which operation', () => {
  const writing = (Object.keys(CALLS) as OperationName[]).filter((name) => OPERATION_RIGHTS[name] !== 'read');
  test('every operation but the reads writes something', () =>
    expect(writing.length).toBe(Object.values(OPERATION_RIGHTS).filter((r) => r !== 'read').length));

  test.each(writing)('%s: support is refused and nothing is written', async (name) => {
    const { core, ops, ids } = setUp();
    const before = footprint(core);
    await expect(async () => CALLS[name](ops, 'helpdesk', ids)).rejects.toThrow(AccessDenied);
    expect(footprint(core)).toBe(before);
  });

  test.each(Object.entries(OPERATION_RIGHTS))(
    '%s needs the right to %s: staff and physicians have it unless it is the admin’s',
    async (name, right) => {
      const adminOnly = right.startsWith('manage-');
      for (const user of right === 'read' ? ['helpdesk', 'nurse', 'doctor', 'boss'] : ['nurse', 'doctor', 'boss']) {
        const { ops, ids } = setUp();
        const run = async () => CALLS[name as OperationName](ops, user, ids);
        if (adminOnly && user !== 'boss') await expect(run).rejects.toThrow(AccessDenied);
        else await expect(run()).resolves.not.toThrow();
        expect(ops.whyNot(user, name as OperationName) === undefined).toBe(!adminOnly || user === 'boss');
      }
    },
  );
});
