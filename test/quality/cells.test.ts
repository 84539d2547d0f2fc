/**
 * The cells the report reads are the facts added up, whatever wrote them: the hand-made set
 * (created, saved, sent, deleted, follow-ups linked), a correction sent again, a bulk demo, and a
 * database whose facts are moved by hand (an update of a fact).
 */
import { describe, expect, test } from 'vitest';
import { CELL_SUMS, type Db } from '../../src/store/index.js';
import { freshCore } from '../helpers/db.js';
import { qualityDataset } from './dataset.js';

const KEY = 'month, type, operator, grp, status';
const SUMMED = CELL_SUMS.map(
  ([k, kind, c]) => `${kind === 'rows' ? 'count(*)' : kind === 'sum' ? `coalesce(sum(${c}), 0)` : `count(${c})`} AS ${k}`,
);

/** The cells as the facts add up now, and as the database keeps them (a cell at zero is no cell). */
function both(db: Db) {
  const order = `ORDER BY ${KEY}`;
  const added = db.prepare(`SELECT ${KEY}, ${SUMMED.join(', ')} FROM registration_facts GROUP BY ${KEY} ${order}`).all();
  const kept = db.prepare(`SELECT ${KEY}, ${CELL_SUMS.map(([k]) => k).join(', ')} FROM fact_cells WHERE n > 0 ${order}`).all();
  return { added, kept };
}

describe('the cells of the quality facts', () => {
  test('the hand-made set: created, saved, sent, deleted, follow-ups linked', () => {
    const d = qualityDataset();
    const { added, kept } = both(d.core.db);
    expect(added.length).toBeGreaterThan(5);
    expect(kept).toEqual(added);
  });

  test('a correction sent again, and a registration deleted after it was counted', () => {
    const d = qualityDataset();
    const { r1, r15 } = d.ids;
    const correction = d.ops.startCorrection('tester', { id: r1 });
    d.ops.confirmAnswer('tester', {
      id: r1,
      rowVersion: correction.rowVersion,
      changes: { CD_STA_DISCH: '1', CD_COD: '3', CD_DEATH_CATHLAB: '0' },
    });
    expect(d.ops.sendRegistration('tester', { id: r1 }).ok).toBe(true);
    d.core.store.delete(r15, { user: 'tester' });
    const { added, kept } = both(d.core.db);
    expect(kept).toEqual(added);
  });

  test('a fact changed in place moves its registration from one cell to the other', () => {
    const d = qualityDataset();
    d.core.db.prepare("UPDATE registration_facts SET month = '2026-12', radial = 0 WHERE registration_id = ?").run(d.ids.r1);
    const { added, kept } = both(d.core.db);
    expect(kept).toEqual(added);
  });

  test('a bulk demo', () => {
    const { core, ops } = freshCore();
    ops.createDemo('tester', { records: 2500, seed: 3 });
    const { added, kept } = both(core.db);
    expect(added.length).toBeGreaterThan(100);
    expect(kept).toEqual(added);
  });
});
