/**
 * Confirming an answer counts the codes the user chose, per user and field (whatever the PCI
 * block), in the same transaction: the form's choice lists then show the user's usual codes first.
 */
import { describe, expect, test } from 'vitest';
import type { StoreError } from '../../src/store/index.js';
import { freshCore } from '../helpers/db.js';

describe("counting a user's choices", () => {
  test('each confirmed code counts once for its user, whatever the block; a multiple choice counts each code', () => {
    const { core, ops } = freshCore();
    let r = ops.createRegistration('nurse', { type: 'P' });
    const confirm = (user: string, changes: Record<string, string | string[] | number>) => {
      r = ops.confirmAnswer(user, { id: r.id, rowVersion: r.rowVersion, changes }).registration;
    };
    confirm('nurse', { CD_INDICATN: '10' });
    confirm('nurse', { CD_INDICATN: '10' });
    confirm('nurse', { CD_INDICATN: '3' });
    confirm('nurse', { CD_MAT_1: '4', CD_NPCI_1: '1' });
    confirm('nurse', { CD_MAT_2: '4' });
    confirm('nurse', { CD_COMPLIC_PLC_INS_1: ['3', '5'] });
    confirm('doctor', { CD_INDICATN: '3' });

    expect(core.store.answers.choiceCounts('nurse', 'CD_INDICATN')).toEqual(
      new Map([
        ['10', 2],
        ['3', 1],
      ]),
    );
    expect(core.store.answers.choiceCounts('nurse', 'CD_MAT_5')).toEqual(new Map([['4', 2]]));
    expect(core.store.answers.choiceCounts('nurse', 'CD_COMPLIC_PLC_INS_1')).toEqual(
      new Map([
        ['3', 1],
        ['5', 1],
      ]),
    );
    expect(core.store.answers.choiceCounts('doctor', 'CD_INDICATN')).toEqual(new Map([['3', 1]]));
    // yes/no questions, numbers and cleared answers are no choice from a list
    confirm('nurse', { MS_PAT_HGHT: 180, CD_INDICATN: '' });
    expect(core.store.answers.choiceCounts('nurse', 'CD_NPCI_1').size).toBe(0);
    expect(core.store.answers.choiceCounts('nurse', 'MS_PAT_HGHT').size).toBe(0);
    expect(core.store.answers.choiceCounts('nurse', 'CD_INDICATN').get('10')).toBe(2);
  });

  test('a refused confirmation counts nothing', () => {
    const { core, ops } = freshCore();
    const r = ops.createRegistration('nurse', { type: 'P' });
    ops.confirmAnswer('nurse', { id: r.id, rowVersion: r.rowVersion, changes: { CD_INDICATN: '10' } });
    expect(() => ops.confirmAnswer('nurse', { id: r.id, rowVersion: r.rowVersion, changes: { CD_INDICATN: '3' } })).toThrow(
      expect.objectContaining({ reason: 'conflict' }) as StoreError,
    );
    expect(core.store.answers.choiceCounts('nurse', 'CD_INDICATN')).toEqual(new Map([['10', 1]]));
  });
});
