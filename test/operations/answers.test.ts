/**
 * Confirming an answer is one operation: the change, what the national number gives, the patient
 * block of a patient already registered and the remembered answers are written together, in one
 * transaction with one audit entry, or not at all.
 */
import { describe, expect, test } from 'vitest';
import { AccessDenied, type StoreError } from '../../src/store/index.js';
import { completeP } from '../helpers/fixtures.js';
import { freshCore } from '../helpers/db.js';

describe('confirming answers', () => {
  test('a national number of a known patient fills birth date, sex and the patient block, in one audit entry', () => {
    const { core, ops } = freshCore();
    const known = ops.createRegistration('nurse', { type: 'P', data: completeP() });
    const fresh = ops.createRegistration('nurse', { type: 'P' });
    const outcome = ops.confirmAnswer('nurse', { id: fresh.id, rowVersion: fresh.rowVersion, changes: { IDC_PAT: '85040216932' } });

    expect(outcome.fromNiss.sort()).toEqual(['CD_PAT_SEX', 'DT_PAT_DOB']);
    expect(outcome.fromPatient).toEqual({ registrationId: known.id, fields: ['CD_PAT_PLC_RESDC'] });
    expect(outcome.registration.data).toMatchObject({
      IDC_PAT: '85040216932',
      DT_PAT_DOB: '1985-04-02',
      CD_PAT_SEX: 'M',
      CD_PAT_PLC_RESDC: '9000',
    });
    const history = core.store.history(fresh.id);
    expect(history.map((h) => h.action)).toEqual(['create', 'save']);
    expect(history[1]!.changes.map((c) => c.field).sort()).toEqual(['CD_PAT_PLC_RESDC', 'CD_PAT_SEX', 'DT_PAT_DOB', 'IDC_PAT']);
  });

  test("a procedural answer is remembered for the user's next registration, whatever its block", () => {
    const { core, ops } = freshCore();
    const r = ops.createRegistration('nurse', { type: 'P' });
    ops.confirmAnswer('nurse', { id: r.id, rowVersion: r.rowVersion, changes: { CD_PLC_INTDCR_1: '3' } });
    expect(core.store.answers.last('nurse', 'CD_PLC_INTDCR_2')).toBe('3');
    expect(core.store.answers.last('doctor', 'CD_PLC_INTDCR_2')).toBeUndefined();
  });

  test('an empty value clears the answer', () => {
    const { ops } = freshCore();
    const r = ops.createRegistration('nurse', { type: 'P', data: { MS_PAT_HGHT: 180 } });
    const after = ops.confirmAnswer('nurse', { id: r.id, rowVersion: r.rowVersion, changes: { MS_PAT_HGHT: '' } });
    expect(after.registration.data.MS_PAT_HGHT).toBeUndefined();
  });

  test('a stale version is a conflict and writes nothing', () => {
    const { core, ops } = freshCore();
    const r = ops.createRegistration('nurse', { type: 'P' });
    ops.confirmAnswer('nurse', { id: r.id, rowVersion: r.rowVersion, changes: { MS_PAT_HGHT: 180 } });
    expect(() =>
      ops.confirmAnswer('doctor', { id: r.id, rowVersion: r.rowVersion, changes: { MS_PAT_HGHT: 170, IDC_PAT: '85040216932' } }),
    ).toThrow(expect.objectContaining({ reason: 'conflict' }) as StoreError);
    expect(core.store.mustGet(r.id).data).toMatchObject({ MS_PAT_HGHT: 180 });
    expect(core.store.mustGet(r.id).data.IDC_PAT).toBeUndefined();
    expect(core.store.history(r.id)).toHaveLength(2);
  });

  test('a support user is refused before anything is read or written', () => {
    const { core, ops } = freshCore({ roles: { nurse: 'staff', helpdesk: 'support' } });
    const r = ops.createRegistration('nurse', { type: 'P' });
    expect(() => ops.confirmAnswer('helpdesk', { id: r.id, rowVersion: r.rowVersion, changes: { MS_PAT_HGHT: 180 } })).toThrow(
      AccessDenied,
    );
    expect(core.store.history(r.id)).toHaveLength(1);
  });
});
