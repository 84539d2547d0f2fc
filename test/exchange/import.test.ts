import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportCsv } from '../../src/exchange/export.js';
import { FileProblem } from '../../src/exchange/csv-header.js';
import { importCsv, type ImportOptions } from '../../src/exchange/import.js';
import { interpretedBatches, readyBatch } from '../../src/exchange/row-batches.js';
import { readPlan } from '../../src/exchange/csv-rows.js';
import { submitRecord } from '../../src/exchange/submit.js';
import { formOf, type TypeCode, type Value } from '../../src/registry/index.js';
import { createCorrector, createSender, hmacPseudonymiser } from '../../src/transmit/index.js';
import { toCell } from '../../src/exchange/csv-cells.js';
import type { Data } from '../../src/validation/index.js';
import { completeFU, completeP, TODAY } from '../helpers/fixtures.js';
import { freshStore, tempDir } from '../helpers/db.js';
import { checkInvariants } from '../../src/store/index.js';
import { expectEach } from '../helpers/expect-each.js';

const pseudonymiser = hmacPseudonymiser(Buffer.alloc(32, 4));

function setup() {
  const { db, store } = freshStore();
  const sender = createSender(db, store, pseudonymiser);
  const corrector = createCorrector(db, store, pseudonymiser);
  const deps = {
    db,
    store,
    sender,
    corrector,
    user: 'importer',
    lang: 'en' as const,
    defaults: { authorGroup: 'Cardio', author: 'a@h.example', coauthor: 'b@h.example' },
  };
  const run = (file: string, o: Partial<ImportOptions> & { type: TypeCode }) => importCsv(deps, file, { mode: 'valid-only', ...o });
  return { db, store, deps, run };
}

/** A CSV file written the HD4DP way from typed rows (the test builds it; the importer reads it). */
function csvFile(type: TypeCode, rows: (Data & { STATUS?: string })[], options: { bom?: boolean; eol?: string } = {}): string {
  const form = formOf(type);
  const ids = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (id: string, v: Value) => {
    if (id === 'STATUS') return String(v ?? '');
    const s = toCell(form.byId.get(id)!, v);
    return /[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const eol = options.eol ?? '\n';
  const text = [ids.join(';'), ...rows.map((r) => ids.map((id) => cell(id, (r as Data)[id])).join(';'))].join(eol) + eol;
  const file = join(tempDir(), 'upload.csv');
  writeFileSync(file, (options.bom ? '\uFEFF' : '') + text);
  return file;
}

describe('CSV import: the file as a whole', () => {
  test.each([
    ['a comma-separated file', 'DT_HOSPZ,IDC_PAT\n10/03/2026,85040216932\n', /separated by commas/],
    [
      'an unknown column, with the closest id',
      'DT_HOSP;IDC_PAT\n10/03/2026;85040216932\n',
      /Unknown column "DT_HOSP" \(column 1\): did you mean DT_HOSPZ\?/,
    ],
    ['a duplicated column', 'IDC_PAT;DT_HOSPZ;IDC_PAT\n;;\n', /Column IDC_PAT appears twice \(columns 1 and 3\)/],
    ['a file of another type', 'IDC_PAT;DT_CONSULT;CD_FU_CONSTTN\n85040216932;20/03/2026;1\n', /columns are those of type FU/],
    ['an empty file', '', /The file is empty/],
  ])('%s stops the import before anything is written', async (_, text, message) => {
    const { store, run } = setup();
    const file = join(tempDir(), 'bad.csv');
    writeFileSync(file, text);
    await expect(run(file, { type: 'P' })).rejects.toThrow(FileProblem);
    await expect(run(file, { type: 'P' })).rejects.toThrow(message);
    expect(store.counts().byStatus).toEqual({ open: 0, sent: 0, deleted: 0 });
  });
});

describe('CSV import: rows', () => {
  test('a complete row is sent, a draft row stays Open; BOM and CRLF are fine; author columns may be left out', async () => {
    const { store, run } = setup();
    const { TX_AUTHOR_GR: _, TX_AUTHOR: __, TX_COAUTHOR: ___, ...noAuthors } = completeP();
    const file = csvFile(
      'P',
      [{ ...noAuthors }, { ...noAuthors, IDC_PAT: '93051822361', DT_PAT_DOB: '1993-05-18', STATUS: 'draft', MS_PAT_WGHT: undefined }],
      { bom: true, eol: '\r\n' },
    );
    const report = await run(file, { type: 'P' });
    expect(report.counts).toEqual({ sent: 1, created: 1 });
    const [draft, sent] = store.list();
    expect(sent).toMatchObject({ status: 'sent' });
    expect(draft).toMatchObject({ status: 'open' });
    expect(store.mustGet(sent!.id).data).toMatchObject({
      TX_AUTHOR_GR: 'Cardio',
      TX_AUTHOR: 'a@h.example',
      DT_HOSPZ: '2026-03-10',
      CD_COMPLIC_PLC_INS_1: ['0'],
    });
  });

  test('quoted cells may hold ";" and line breaks; multiple choices are joined with "|"', async () => {
    const { store, run } = setup();
    const data = {
      ...completeFU(),
      CD_FU_CONSTTN: '0',
      CD_FU_AFTER_CONSTTN: '2',
      TX_NO_CONSTTN_OTH: 'moved; abroad\nsince May',
      CD_CONSTTN: undefined,
      DT_CONSULT: '2026-03-18',
      CD_OYFFRPCI: undefined,
      CD_CABG_EXECF: undefined,
    };
    const report = await run(csvFile('FU', [data]), { type: 'FU' });
    expect(report.counts).toEqual({ sent: 1 });
    expect(store.mustGet(1).data.TX_NO_CONSTTN_OTH).toBe('moved; abroad\nsince May');
  });

  test('a row without NISS but with names gets its pseudocode', async () => {
    const { store, run } = setup();
    const { IDC_PAT: _, ...rest } = completeP();
    const report = await run(csvFile('P', [{ ...rest, TX_PAT_FIRST_NAM: 'Ana', TX_PAT_LAST_NAM: 'Silva' }]), { type: 'P' });
    expect(report.counts).toEqual({ sent: 1 });
    expect(store.mustGet(1).patientKey).toMatch(/^G[0-9A-F]{16}$/);
  });

  test('a bad row is rejected with its line, field, value and message; nothing of it is stored', async () => {
    const { store, run } = setup();
    const file = csvFile('P', [completeP(), { ...completeP(), DT_HOSPZ: '2026-03-08', DT_PCI_1: '2026-03-08' }]);
    const text = readFileSync(file, 'utf8').replace(/08\/03\/2026/g, '31/02/2026');
    writeFileSync(file, text);
    const report = await run(file, { type: 'P' });
    expect(report.counts).toEqual({ sent: 1, rejected: 1 });
    const rejected = report.details.find((d) => d.outcome === 'rejected')!;
    expect(rejected.line).toBe(3);
    expect(rejected.problems[0]).toMatchObject({ field: 'DT_HOSPZ', value: '31/02/2026', message: 'not a valid date (dd/mm/yyyy)' });
    expect(store.list({ status: 'all' })).toHaveLength(1);
  });
});

describe('CSV import: modes and re-imports', () => {
  test('the first batch is written as soon as it is read, then at least 2,000 rows per transaction', async () => {
    const { run } = setup();
    const file = csvFile(
      'P',
      Array.from({ length: 2300 }, () => completeP()),
    );
    const written: number[] = [];
    const report = await run(file, {
      type: 'P',
      batchSize: 100,
      onProgress: (_, rows) => {
        if (written.at(-1) !== rows) written.push(rows);
      },
    });
    expect(report.counts).toEqual({ sent: 1, 'already-sent': 2299 });
    expect(written).toEqual([100, 2100, 2300]);
  });

  const rows = () => [
    completeP(),
    { ...completeP(), IDC_PAT: '85040216933' },
    { ...completeP(), IDC_PAT: '93051822361', DT_PAT_DOB: '1993-05-18' },
  ];

  test('dry run validates and reports, and writes nothing', async () => {
    const { store, run } = setup();
    const report = await run(csvFile('P', rows()), { type: 'P', mode: 'dry-run' });
    expect(report.counts).toEqual({ valid: 2, rejected: 1 });
    expect(report.written).toBe(false);
    expect(store.list({ status: 'all' })).toEqual([]);
  });

  test('all or nothing writes nothing when one row is invalid, everything when all are', async () => {
    const { store, run } = setup();
    const bad = await run(csvFile('P', rows()), { type: 'P', mode: 'all-or-nothing' });
    expect(bad.written).toBe(false);
    expect(bad.counts).toEqual({ rejected: 1, 'not-written': 2 });
    expect(store.list({ status: 'all' })).toEqual([]);
    const good = await run(csvFile('P', [rows()[0]!, rows()[2]!]), { type: 'P', mode: 'all-or-nothing' });
    expect(good.counts).toEqual({ sent: 2 });
  });

  test('re-importing creates no duplicates: Open rows are updated, Sent ones reported, or resubmitted on request', async () => {
    const { store, run } = setup();
    const draft = { ...completeP(), IDC_PAT: '93051822361', DT_PAT_DOB: '1993-05-18', STATUS: 'draft' };
    await run(csvFile('P', [completeP(), draft]), { type: 'P' });
    const again = await run(csvFile('P', [completeP(), { ...draft, MS_PAT_WGHT: 90 }]), { type: 'P' });
    expect(again.counts).toEqual({ 'already-sent': 1, updated: 1 });
    expect(store.list({ status: 'all' })).toHaveLength(2);
    const corrected = await run(csvFile('P', [{ ...completeP(), MS_PAT_WGHT: 77 }]), { type: 'P', resubmit: true });
    expect(corrected.counts).toEqual({ resubmitted: 1 });
    const sent = store.list({ status: 'sent' })[0]!;
    expect(store.mustGet(sent.id)).toMatchObject({ submissions: 2, data: { MS_PAT_WGHT: 77 } });
    const same = await run(csvFile('P', [{ ...completeP(), MS_PAT_WGHT: 77 }]), { type: 'P', resubmit: true });
    expect(same.counts).toEqual({ unchanged: 1 });
  });

  test('a row that fails after writing part of itself is rejected alone; the rest of its batch is written, nothing half-written', async () => {
    const { db, store, deps } = setup();
    // The second registration's send fails once its rows are in: the batch written without a
    // savepoint per row is rolled back and written again with them, so only that row is lost.
    let calls = 0;
    const sender = {
      ...deps.sender,
      createAndSend: (...a: Parameters<typeof deps.sender.createAndSend>) => {
        const sent = deps.sender.createAndSend(...a);
        // The answers, or (prepared in the reading thread) the send made ready from them.
        if ((a[4]?.row.patientKey ?? a[1]?.IDC_PAT) === '85040217130') throw new Error('the insurer link broke');
        calls++;
        return sent;
      },
    };
    const file = csvFile('P', [
      completeP(),
      { ...completeP(), IDC_PAT: '85040217130' },
      { ...completeP(), IDC_PAT: '93051822361', DT_PAT_DOB: '1993-05-18' },
    ]);
    const report = await importCsv({ ...deps, sender }, file, { type: 'P', mode: 'valid-only' });
    expect(report.counts).toEqual({ sent: 2, rejected: 1 });
    expect(report.details.find((d) => d.outcome === 'rejected')).toMatchObject({
      line: 3,
      problems: [{ field: '(row)', code: 'not_written', message: 'the insurer link broke' }],
    });
    expect(calls).toBeGreaterThan(2); // the batch was written twice
    expect(store.list({ status: 'all' }).map((r) => r.patientKey)).toEqual(expect.arrayContaining(['85040216932', '93051822361']));
    expect(store.list({ status: 'all' })).toHaveLength(2);
    expect(checkInvariants(db)).toEqual([]);
  });

  test('rows whose sends the reader left to the writer are sent like the prepared ones', async () => {
    const { db, store, deps } = setup();
    const rows = [
      completeP(),
      { ...completeP(), IDC_PAT: '93051822361', DT_PAT_DOB: '1993-05-18' },
      { ...completeP(), DT_HOSPZ: '2026-03-09', DT_PCI_1: '2026-03-09' },
    ];
    const file = csvFile('P', rows);
    // Rows 1 and 3 read with their sends prepared (as the import's reading thread does), row 2 without
    // (as when the reader cannot prepare sends as the writer's sender would).
    const readAll = async (prepare?: typeof deps.sender.prepare) => {
      const rows = [];
      for await (const b of interpretedBatches(file, {
        form: formOf('P'),
        plan: await readPlan(file, 'P'),
        ctx: { defaults: deps.defaults, lang: 'en', today: TODAY },
        batchSize: 1,
        ...(prepare ? { prepare } : {}),
      }))
        rows.push(...b.rows);
      return rows;
    };
    const [prepared, plain] = [await readAll(deps.sender.prepare), await readAll()];
    const read = readyBatch({ rows: [prepared[0]!, plain[1]!, prepared[2]!], bytes: 0 }).rows;
    expect(read.map(({ r }) => [!!r.prepared, r.data !== undefined])).toEqual([
      [true, false],
      [false, true],
      [true, false],
    ]);
    const written = db.transaction(() => read.map(({ r }) => submitRecord(deps, 'P', r, { resubmit: false, savepoint: false })))();
    expect(written.map((w) => w.outcome)).toEqual(['sent', 'sent', 'sent']);
    const stored = written.map((w) => store.mustGet(w.id!));
    expect(stored.map((r) => r.data.IDC_PAT)).toEqual(['85040216932', '93051822361', '85040216932']);
    expectEach(stored, (r) => r.data.TX_REGN_CD === r.registrationCode && r.requiredFilled === r.requiredTotal, 'stored registration');
    expect(checkInvariants(db)).toEqual([]);
  });

  test('round trip: export, then import into an empty database, gives the same records', async () => {
    const a = setup();
    a.store.create({
      type: 'P',
      user: 'x',
      data: { ...completeP(), CD_COMPLIC_PLC_INS_1: ['3', '4'], CD_TREAT_1: '1', TX_PAT_LAST_NAM: 'O\'Brien; "Jr"' },
    });
    a.store.create({ type: 'P', user: 'x', data: { DT_HOSPZ: '2026-01-02', IDC_PAT: '93051822361', MS_PAT_HGHT: 170 } });
    const file = join(tempDir(), 'export.csv');
    await exportCsv(a.store, file, { type: 'P', local: true });
    const b = setup();
    const report = await b.run(file, { type: 'P' });
    expect(report.counts).toEqual({ created: 2 });
    const strip = (d: Data) =>
      Object.fromEntries(
        Object.entries(d).filter(
          ([k]) => !['TX_REGN_CD', 'TX_BUSINESS_KEY', 'TX_DCD', 'CD_NIC_TPE', 'TX_AUTHOR_GR', 'TX_AUTHOR', 'TX_COAUTHOR'].includes(k),
        ),
      );
    for (const id of [1, 2]) expect(strip(b.store.mustGet(id).data)).toEqual(strip(a.store.mustGet(id).data));
  });
});
