/**
 * CSV import through the built binary, where rows are read and validated in a worker thread while
 * the main thread writes, gives the same outcome per line and the same records as the in-process
 * import (which reads rows in the same thread).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { systemClock } from '../../src/clock.js';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importCsv } from '../../src/exchange/import.js';
import { formOf, type TypeCode } from '../../src/registry/index.js';
import { completeness, patientIdentifierOf, type Data } from '../../src/validation/index.js';
import { allowAll, checkInvariants, createRegistrationStore, openDatabase } from '../../src/store/index.js';
import { toCell } from '../../src/exchange/csv-cells.js';
import { completeP } from '../helpers/fixtures.js';
import { businessKeyOf, createCorrector, createSender, hmacPseudonymiser, loadOrCreateSecret } from '../../src/transmit/index.js';
import { angio } from '../helpers/cli.js';
import { initialisedDbPath, tempDir } from '../helpers/db.js';

const SYSTEM_FIELDS = ['TX_REGN_CD', 'TX_BUSINESS_KEY'];
const contentOf = (dbPath: string) => {
  const db = openDatabase(dbPath);
  const rows = db
    .prepare('SELECT type, form_version, status, data, required_filled, required_total FROM registrations ORDER BY id')
    .all() as { type: TypeCode; form_version: string; status: string; data: string; required_filled: number; required_total: number }[];
  db.close();
  return rows.map((r) => {
    const data = JSON.parse(r.data) as Data;
    // the completeness column (counted while reading, before the code existed) matches the stored answers
    expect({ filled: r.required_filled, total: r.required_total }).toEqual(completeness(formOf(r.type, r.form_version), data));
    for (const f of SYSTEM_FIELDS) delete data[f];
    return { type: r.type, status: r.status, data, filled: r.required_filled };
  });
};

describe('angio import on the real binary', () => {
  test('the worker-thread import and the in-process import agree row by row and record by record', async () => {
    const source = initialisedDbPath();
    expect(angio(['demo', '--records', '80', '--seed', '11'], { ANGIO_DB: source }).code).toBe(0);
    const file = join(tempDir(), 'p.csv');
    expect(angio(['export', file, '--type', 'P', '--status', 'all', '--local'], { ANGIO_DB: source }).code).toBe(0);
    // Spoil two rows: an impossible admission date, and a row with a cell too many.
    const lines = readFileSync(file, 'utf8').split('\n');
    const header = lines[0]!.split(';');
    const dateAt = header.indexOf('DT_HOSPZ');
    const spoil = (n: number, f: (cells: string[]) => string[]) => {
      lines[n] = f(lines[n]!.split(';')).join(';');
    };
    spoil(2, (c) => {
      c[dateAt] = '31/02/2025';
      return c;
    });
    spoil(4, (c) => [...c, 'extra']);
    writeFileSync(file, lines.join('\n'));

    const viaBinary = initialisedDbPath();
    const cli = angio(['import', file, '--type', 'P', '--json'], { ANGIO_DB: viaBinary });
    expect(cli.code).toBe(1); // rows were rejected
    const report = JSON.parse(cli.stdout) as {
      rows: number;
      counts: Record<string, number>;
      details: { line: number; outcome: string; problems: { field: string }[] }[];
    };
    expect(report.counts.rejected).toBeGreaterThanOrEqual(2);
    expect(report.details.find((d) => d.line === 3)?.problems.map((p) => p.field)).toContain('DT_HOSPZ');
    expect(report.details.find((d) => d.line === 5)?.problems.map((p) => p.field)).toContain('(row)');

    const inProcess = initialisedDbPath();
    const db = openDatabase(inProcess);
    // The machine's clock, as the binary it is compared with: the demo data is dated from it too.
    const store = createRegistrationStore(db, { access: allowAll, clock: systemClock });
    const p = hmacPseudonymiser(Buffer.alloc(32, 5));
    const direct = await importCsv(
      {
        db,
        store,
        sender: createSender(db, store, p),
        corrector: createCorrector(db, store, p),
        user: 'tester',
        lang: 'en',
        defaults: { authorGroup: 'G', author: 'a', coauthor: 'b' },
      },
      file,
      { type: 'P', mode: 'valid-only' },
    );
    db.close();

    expect(report.counts).toEqual(direct.counts);
    expect(report.details.map((d) => [d.line, d.outcome])).toEqual(direct.details.map((d) => [d.line, d.outcome]));
    expect(contentOf(viaBinary)).toEqual(contentOf(inProcess));
    expect(contentOf(viaBinary).length).toBe(report.rows - report.counts.rejected!);

    // The worker thread made the pseudonyms and business keys with the installation's secret.
    const secret = hmacPseudonymiser(loadOrCreateSecret(join(dirname(viaBinary), 'angio.secret')));
    const written = openDatabase(viaBinary);
    const sent = written
      .prepare(
        `SELECT r.type, r.data, r.business_key AS key, o.payload FROM registrations r JOIN outbox o ON o.registration_id = r.id
      WHERE o.destination = 'healthdata'`,
      )
      .all() as { type: TypeCode; data: string; key: string; payload: string }[];
    written.close();
    expect(sent.length).toBeGreaterThan(10);
    for (const r of sent) {
      const data = JSON.parse(r.data) as Data;
      expect(r.key).toBe(businessKeyOf(r.type, data, secret));
      expect((JSON.parse(r.payload) as { patientPseudonym: string }).patientPseudonym).toBe(secret.pseudonym(patientIdentifierOf(data)!));
    }
  });

  test('a complete row that matches a registration kept Open (a draft imported before) updates and sends it', () => {
    const form = formOf('P');
    const data = completeP();
    const ids = Object.keys(data);
    const line = (status: string) => [...ids.map((id) => toCell(form.byId.get(id)!, data[id])), status].join(';');
    const file = join(tempDir(), 'twice.csv');
    const db = initialisedDbPath();
    writeFileSync(file, `${[...ids, 'STATUS'].join(';')}\n${line('draft')}\n`);
    expect(JSON.parse(angio(['import', file, '--type', 'P', '--json'], { ANGIO_DB: db }).stdout).counts).toEqual({ created: 1 });
    // The second time the row is complete: the worker prepares its send, and the writer, finding
    // the Open registration, saves the row's answers into it and sends it.
    writeFileSync(file, `${[...ids, 'STATUS'].join(';')}\n${line('')}\n`);
    // The first import's results are not replaced unless asked.
    const again = angio(['import', file, '--type', 'P', '--json'], { ANGIO_DB: db });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('twice.results.csv already exists. Add --force to replace it. Nothing was imported.');
    expect(contentOf(db)[0]!.status).toBe('open');
    expect(JSON.parse(angio(['import', file, '--type', 'P', '--json', '--force'], { ANGIO_DB: db }).stdout).counts).toEqual({ sent: 1 });
    const [stored] = contentOf(db);
    expect(stored).toMatchObject({ status: 'sent', data: { ...data, CD_NIC_TPE: 'NI0001', TX_DCD: 'P' } });
    const conn = openDatabase(db);
    expect(checkInvariants(conn)).toEqual([]);
    conn.close();
  });

  test('a file that is not valid CSV stops the import with the line to correct', () => {
    const file = join(tempDir(), 'quotes.csv');
    writeFileSync(file, 'IDC_PAT;DT_HOSPZ;TX_PAT_LAST_NAM\n85040216932;10/03/2026;"Peeters\n93051822361;11/03/2026; "De Smet"\n');
    const dry = angio(['import', file, '--type', 'P', '--dry-run'], { ANGIO_DB: initialisedDbPath() });
    expect(dry.code).toBe(2);
    expect(dry.stderr).toMatch(/quotes\.csv: Line 2: a quote opened in this row is never closed\. Nothing was imported\./);
    writeFileSync(file, 'IDC_PAT;DT_HOSPZ;TX_PAT_LAST_NAM\n85040216932;10/03/2026;Peeters\n93051822361;11/03/2026; "De Smet"\n');
    const run = angio(['import', file, '--type', 'P'], { ANGIO_DB: initialisedDbPath() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Line 3: a quote inside a cell that does not start with one/);
  });
});
