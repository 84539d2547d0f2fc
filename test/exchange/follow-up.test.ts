/**
 * Follow-ups that arrive by CSV or API find the hospitalisation they follow up: linked, it leaves
 * the follow-ups due; two follow-ups of one patient (two PCIs) stay two, dated or not; when none
 * or several fit, the follow-up is kept unlinked with a warning that says so.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { toCell } from '../../src/exchange/csv-cells.js';
import { formOf, type TypeCode, type Value } from '../../src/registry/index.js';
import type { Data } from '../../src/validation/index.js';
import { hmacPseudonymiser } from '../../src/transmit/index.js';
import { completeFU, completeP } from '../helpers/fixtures.js';
import { freshCore, tempDir } from '../helpers/db.js';

function csvFile(type: TypeCode, rows: (Data & { STATUS?: string })[]): string {
  const form = formOf(type);
  const ids = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (id: string, v: Value) => (id === 'STATUS' ? String(v ?? '') : toCell(form.byId.get(id)!, v));
  const file = join(tempDir(), 'fu.csv');
  writeFileSync(file, [ids.join(';'), ...rows.map((r) => ids.map((id) => cell(id, (r as Data)[id])).join(';'))].join('\n') + '\n');
  return file;
}

/** A patient with PCIs in two years, each sent. */
function twoStays() {
  const { core, ops } = freshCore({ pseudonymiser: hmacPseudonymiser(Buffer.alloc(32, 8)) });
  const stay = (admission: string, discharge: string) => {
    const r = ops.createRegistration('nurse', {
      type: 'P',
      data: { ...completeP(), DT_HOSPZ: admission, DT_PCI_1: admission, DT_DISCH: discharge },
    });
    ops.sendRegistration('nurse', { id: r.id });
    return r.id;
  };
  return { core, ops, first: stay('2024-05-06', '2024-05-08'), second: stay('2025-06-02', '2025-06-04') };
}

const importFu = (ops: ReturnType<typeof freshCore>['ops'], rows: Data[]) =>
  ops.importFile('nurse', { file: csvFile('FU', rows), lang: 'en', type: 'FU', mode: 'valid-only' });

describe('a follow-up from a file', () => {
  test('links to the hospitalisation whose last PCI is the latest before the consultation, which leaves the follow-ups due', async () => {
    const { core, ops, first, second } = twoStays();
    expect(core.store.followUpsDue().map((d) => d.id)).toEqual([first, second]);
    const report = await importFu(ops, [{ ...completeFU(), DT_CONSULT: '2025-05-20' }]);
    expect(report.counts).toEqual({ sent: 1 });
    const fu = core.store.mustGet(report.details[0]!.id!);
    expect(fu).toMatchObject({ parentId: first, data: expect.objectContaining({ LOC_FU_PCI_DATE: '2024-05-06' }) });
    expect(fu.businessKey).toMatch(/^FU\|[0-9a-f]+\|2024-05-06$/);
    expect(core.store.followUpsDue().map((d) => d.id)).toEqual([second]);
  });

  test('two follow-ups of one patient stay two, even as drafts without a date, and a second import finds each again', async () => {
    const { core, ops, first, second } = twoStays();
    const { DT_CONSULT: _, ...undated } = completeFU();
    const rows = [
      { ...undated, LOC_FU_PCI_DATE: '2024-05-06', STATUS: 'draft' },
      { ...undated, LOC_FU_PCI_DATE: '2025-06-02', STATUS: 'draft' },
    ];
    const report = await importFu(ops, rows);
    expect(report.counts).toEqual({ created: 2 });
    expect(report.details.map((d) => core.store.mustGet(d.id!).parentId)).toEqual([first, second]);
    const again = await importFu(ops, rows);
    expect(again.counts).toEqual({ unchanged: 2 });
    expect(core.store.list({ type: 'FU', status: 'all' })).toHaveLength(2);
    expect(core.store.followUpsDue()).toEqual([]);
  });

  test('a follow-up of a patient without a PCI in angio is sent, unlinked, with a warning', async () => {
    const { core, ops } = freshCore();
    const report = await importFu(ops, [completeFU()]);
    expect(report.counts).toEqual({ sent: 1 });
    expect(report.details[0]!.problems).toEqual([
      expect.objectContaining({
        field: 'DT_CONSULT',
        code: 'follow_up_unlinked',
        severity: 'warning',
        message: expect.stringMatching(/kept unlinked/),
      }),
    ]);
    expect(core.store.mustGet(report.details[0]!.id!).parentId).toBeNull();
  });

  test('two hospitalisations that fit equally: kept unlinked, both stay due, the warning names them', async () => {
    const { core, ops } = freshCore();
    const p1 = ops.createRegistration('nurse', { type: 'P', data: completeP() });
    const p2 = ops.createRegistration('nurse', {
      type: 'FP',
      data: { DT_HOSPZ: '2026-03-10', DT_PCI_1: '2026-03-10', IDC_PAT: completeP().IDC_PAT },
    });
    const report = await importFu(ops, [{ ...completeFU(), DT_CONSULT: '2026-04-01' }]);
    expect(report.details[0]!.problems).toEqual([
      expect.objectContaining({ code: 'follow_up_ambiguous', message: expect.stringContaining(`#${p1.id}, #${p2.id}`) }),
    ]);
    expect(core.store.mustGet(report.details[0]!.id!).parentId).toBeNull();
    expect(core.store.followUpsDue().map((d) => d.id)).toEqual([p1.id, p2.id]);
  });
});
