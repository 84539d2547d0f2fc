/**
 * Hostile input, generated: mutated CSV rows and API bodies (wrong types, huge strings, control
 * characters, invalid UTF-8, formula-looking cells). No crash, no partial write, and every
 * rejection names its line and field. ANGIO_FUZZ_RUNS raises the counts for a standalone run.
 */
import { manualClock } from '../../src/clock.js';
import { createCore, createOperations } from '../../src/operations/index.js';
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApiServer } from '../../src/api/server.js';
import { importCsv } from '../../src/exchange/import.js';
import { formOf } from '../../src/registry/index.js';
import type { Data } from '../../src/validation/index.js';
import { checkInvariants, createAccess, createTokens, openDatabase } from '../../src/store/index.js';
import { createCorrector, createSender, hmacPseudonymiser } from '../../src/transmit/index.js';
import { toCell } from '../../src/exchange/csv-cells.js';
import { completeP, NOW } from '../helpers/fixtures.js';
import { freshStore, tempDir } from '../helpers/db.js';

const RUNS = Number(process.env.ANGIO_FUZZ_RUNS ?? 40);
const form = formOf('P');
const columns = Object.keys(completeP());
const p = hmacPseudonymiser(Buffer.alloc(32, 4));

/** A cell a hostile or broken system could send. */
const nasty = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    "=cmd|' /C calc'!A0",
    '+1+1',
    '@SUM(A1)',
    '-2',
    '\u0000\u0007\u001b[31m',
    'x'.repeat(20_000),
    '31/02/2026',
    '1e309',
    'NaN',
    '00/00/0000',
    '1|1|1',
    '\uFFFD',
  ),
  fc.integer().map(String),
  fc.double().map(String),
);

const PATIENTS = [
  ['85040216932', '1985-04-02', 'M'],
  ['93051822361', '1993-05-18', 'M'],
  ['60010107397', '1960-01-01', 'M'],
] as const;

/** A valid row of its own patient (distinct business keys: no row matches another). */
function goodRow(i: number): Record<string, string> {
  const [niss, dob, sex] = PATIENTS[i]!;
  const data: Data = { ...completeP(), MS_PAT_HGHT: 150 + i, IDC_PAT: niss, DT_PAT_DOB: dob, CD_PAT_SEX: sex };
  return Object.fromEntries(columns.map((id) => [id, toCell(form.byId.get(id)!, data[id])]));
}

const quote = (c: string) => (/[;"\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

describe('hostile CSV rows', () => {
  test('mutated rows: no crash, no partial write, every rejection names line and field', async () => {
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ column: fc.constantFrom(...columns), cell: nasty }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        async (mutations, invalidUtf8) => {
          const { db, store } = freshStore();
          const deps = {
            db,
            store,
            sender: createSender(db, store, p),
            corrector: createCorrector(db, store, p),
            user: 'f',
            lang: 'en' as const,
            defaults: { authorGroup: 'G', author: 'a', coauthor: 'b' },
          };
          const rows = [0, 1, 2].map((i) => goodRow(i));
          for (const m of mutations) rows[1]![m.column] = m.cell;
          const lines = [columns.join(';'), ...rows.map((r) => columns.map((c) => quote(r[c] ?? '')).join(';'))];
          const file = join(tempDir(), 'fuzz.csv');
          const bytes = Buffer.from(lines.join('\n') + '\n', 'utf8');
          writeFileSync(
            file,
            invalidUtf8
              ? Buffer.concat([bytes.subarray(0, bytes.length - 5), Buffer.from([0xc3, 0x28, 0xff]), bytes.subarray(bytes.length - 5)])
              : bytes,
          );
          tried += rows.length;
          const report = await importCsv(deps, file, { type: 'P', mode: 'valid-only' });
          const written = store.list({ status: 'all' }).length;
          const rejected = report.details.filter((d) => d.outcome === 'rejected');
          // a mutated patient or date may make row 2 match another row: then it is not a new one
          const matched = report.details.filter(
            (d) => d.outcome === 'already-sent' || d.outcome === 'updated' || d.outcome === 'unchanged',
          ).length;
          expect(written + rejected.length + matched).toBe(report.rows);
          for (const d of rejected) {
            expect(d.line).toBeGreaterThan(1);
            for (const prob of d.problems) expect(prob.field.length).toBeGreaterThan(0);
          }
          expect(checkInvariants(db)).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
    console.log(`hostile CSV: ${tried} rows tried`);
  }, 120_000);
});

describe('hostile API bodies', () => {
  let close: () => Promise<void>;
  let base: string;
  let token: string;
  let db: ReturnType<typeof openDatabase>;
  beforeAll(async () => {
    db = openDatabase(':memory:');
    const access = createAccess(db);
    access.claimFirstAdmin('api');
    const core = createCore(db, {
      access,
      clock: manualClock(NOW),
      pseudonymiser: p,
      authorDefaults: () => ({ authorGroup: 'G', author: 'a', coauthor: 'b' }),
    });
    const app = createApiServer({
      core,
      ops: createOperations(core),
      tokens: createTokens(db),
      lang: 'en',
      version: 't',
      bodyLimit: 64 * 1024,
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    token = createTokens(db).create('api').token;
    close = () => app.close();
  });
  afterAll(async () => {
    await close();
  });

  test('random bodies: never a server error, every 422 names fields, nothing half-written', async () => {
    let tried = 0;
    const value = fc.oneof(
      nasty,
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
      fc.object({ maxDepth: 1 }),
    );
    const body = fc.oneof(
      fc.record(
        {
          type: fc.constantFrom('P', 'FP', 'X', 'fu'),
          status: fc.constantFrom(undefined, 'draft', 'sent'),
          data: fc.dictionary(fc.constantFrom(...columns, 'NOT_A_FIELD'), value, { maxKeys: 12 }),
        },
        { requiredKeys: ['type'] },
      ),
      fc.record({
        type: fc.constant('P'),
        data: fc.record(
          Object.fromEntries(columns.map((c) => [c, fc.oneof(fc.constant((completeP() as Record<string, unknown>)[c]), value)])),
        ),
      }),
      fc.jsonValue(),
    );
    await fc.assert(
      fc.asyncProperty(body, fc.boolean(), async (b, raw) => {
        tried++;
        const res = await fetch(`${base}/registrations`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: raw ? JSON.stringify(b).slice(0, -1) : JSON.stringify(b),
        });
        const answer = (await res.json()) as { problems?: { field: string }[] };
        expect([200, 201, 400, 413, 422]).toContain(res.status);
        if (res.status === 422 && answer.problems) for (const prob of answer.problems) expect(prob.field.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS * 3 },
    );
    expect(checkInvariants(db)).toEqual([]);
    console.log(`hostile API: ${tried} bodies tried`);
  }, 120_000);
});
