/**
 * A process killed in the middle of one confirmation (after the answers were written, or while the
 * user's answers are remembered) leaves all of it or none of it: never the national number without
 * the birth date it gives, nor an answer remembered for a change that was lost.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkInvariants } from '../../src/store/index.js';
import { completeP } from '../helpers/fixtures.js';
import { freshCore, tempDbPath } from '../helpers/db.js';

const WORKER = fileURLToPath(new URL('../helpers/confirm-worker.mjs', import.meta.url));

/** A database with a known patient and a new, empty registration to confirm answers in. */
function seeded() {
  const path = tempDbPath();
  const { core, ops } = freshCore({ path });
  ops.createRegistration('nurse', { type: 'P', data: completeP() });
  const fresh = ops.createRegistration('nurse', { type: 'P' });
  core.db.close();
  return { path, id: fresh.id };
}

function confirmIn(path: string, id: number, killAt: string) {
  return spawnSync(process.execPath, [WORKER, path, String(id), killAt], { encoding: 'utf8', timeout: 30_000 });
}

function stateOf(path: string, id: number) {
  const { core } = freshCore({ path });
  try {
    const r = core.store.mustGet(id);
    return {
      data: r.data,
      actions: core.store.history(id).map((h) => h.action),
      remembered: core.store.answers.last('nurse', 'CD_PLC_INTDCR_1'),
      invariants: checkInvariants(core.db),
    };
  } finally {
    core.db.close();
  }
}

describe('a confirmation killed halfway', () => {
  test('left alone, it writes every part: the answers, what they give, and the remembered answer', () => {
    const { path, id } = seeded();
    const run = confirmIn(path, id, 'none');
    expect(run.stdout).toContain('done');
    const after = stateOf(path, id);
    expect(after.data).toMatchObject({
      IDC_PAT: '85040216932',
      DT_PAT_DOB: '1985-04-02',
      CD_PAT_SEX: 'M',
      CD_PAT_PLC_RESDC: '9000',
      CD_PLC_INTDCR_1: '3',
    });
    expect(after.actions).toEqual(['create', 'save']);
    expect(after.remembered).toBe('3');
    expect(after.invariants).toEqual([]);
  });

  test.each(['after-save', 'while-remembering'])('killed %s, it leaves nothing of itself', (killAt) => {
    const { path, id } = seeded();
    const run = confirmIn(path, id, killAt);
    expect(run.signal).toBe('SIGKILL');
    expect(run.stdout).not.toContain('done');
    const after = stateOf(path, id);
    for (const field of ['IDC_PAT', 'DT_PAT_DOB', 'CD_PAT_SEX', 'CD_PAT_PLC_RESDC', 'CD_PLC_INTDCR_1'])
      expect(after.data[field]).toBeUndefined();
    expect(after.actions).toEqual(['create']);
    expect(after.remembered).toBeUndefined();
    expect(after.invariants).toEqual([]);
  });
});
