/**
 * A record read as valid that cannot be written is reported as a problem of its row: English for
 * machines (--json, the API), with words a door says in the reader's language. A refusal of the
 * store keeps the words it was made with; the API answers in English, within its contract.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { toCell } from '../../src/exchange/csv-cells.js';
import { importCsv } from '../../src/exchange/import.js';
import { formOf } from '../../src/registry/index.js';
import { refuse } from '../../src/store/index.js';
import { createCorrector, createSender, hmacPseudonymiser } from '../../src/transmit/index.js';
import { servedApi } from '../helpers/api.js';
import { freshStore, tempDir } from '../helpers/db.js';
import { completeP } from '../helpers/fixtures.js';

/** A P file of one row, these answers, written the HD4DP way. */
function pFileOf(data: ReturnType<typeof completeP>): string {
  const form = formOf('P');
  const file = join(tempDir(), 'p.csv');
  writeFileSync(
    file,
    `${Object.keys(data).join(';')}\n${Object.entries(data)
      .map(([id, v]) => toCell(form.byId.get(id)!, v))
      .join(';')}\n`,
  );
  return file;
}

describe('a refusal of the store while a row is written', () => {
  test('keeps its English sentence as the message and its words beside it', async () => {
    const { db, store } = freshStore();
    const pseudonymiser = hmacPseudonymiser(Buffer.alloc(32, 4));
    const sender = createSender(db, store, pseudonymiser);
    // The send refuses the record as the store refuses one without a patient to send it for.
    const refusing = {
      ...sender,
      createAndSend: () => {
        throw refuse('invalid', 'refused.noPatient');
      },
    };
    const file = pFileOf(completeP());
    const report = await importCsv(
      {
        db,
        store,
        sender: refusing,
        corrector: createCorrector(db, store, pseudonymiser),
        user: 'importer',
        lang: 'fr',
        defaults: { authorGroup: 'Cardio', author: 'a@h.example', coauthor: 'b@h.example' },
      },
      file,
      { type: 'P', mode: 'valid-only' },
    );
    expect(report.details).toEqual([
      {
        line: 2,
        outcome: 'rejected',
        problems: [
          {
            field: '(row)',
            code: 'not_written',
            severity: 'error',
            value: '',
            message: 'The registration has no patient identifier to send with.',
            says: { id: 'refused.noPatient' },
          },
        ],
      },
    ]);
    expect(store.list({ status: 'all' })).toEqual([]);
  });
});

describe('the API', () => {
  test('answers a draft that cannot correct a Sent registration in English, and only with the fields its contract names', async () => {
    const { call } = await servedApi();
    expect((await call('POST', '/registrations', { body: { type: 'P', data: completeP() } })).status).toBe(201);
    const { DT_DISCH: _, ...unfinished } = completeP();
    // Every answer is held to the OpenAPI document (strict problems): words would fail it.
    const r = await call('POST', '/registrations', { body: { type: 'P', status: 'draft', data: unfinished } });
    expect(r.status).toBe(422);
    // Which answer the correction lacks, then why nothing was written.
    expect(r.json.problems).toEqual([
      { field: 'DT_DISCH', code: 'required', severity: 'error', value: '', message: 'required' },
      { field: '(row)', code: 'not_written', severity: 'error', value: '', message: 'the correction is not valid' },
    ]);
  });
});

describe('a correction someone has in progress', () => {
  test('is neither overwritten nor discarded by a row resubmitted for the same registration', async () => {
    const { db, store } = freshStore();
    const pseudonymiser = hmacPseudonymiser(Buffer.alloc(32, 4));
    const sender = createSender(db, store, pseudonymiser);
    const created = store.create({ type: 'P', data: completeP(), user: 'nurse' });
    expect(sender.send(created.id, { user: 'nurse' }).ok).toBe(true);
    const sent = store.mustGet(created.id);
    // A nurse starts correcting the weight in the form and has not resubmitted yet.
    const started = store.startCorrection(sent.id, { user: 'nurse' });
    store.saveDraft(sent.id, { data: { ...started.correctionData!, MS_PAT_WGHT: 77 }, rowVersion: started.rowVersion, user: 'nurse' });
    const before = store.mustGet(sent.id);
    const deps = {
      db,
      store,
      sender,
      corrector: createCorrector(db, store, pseudonymiser),
      user: 'importer',
      lang: 'en' as const,
      defaults: { authorGroup: 'Cardio', author: 'a@h.example', coauthor: 'b@h.example' },
    };
    for (const data of [completeP(), { ...completeP(), MS_PAT_WGHT: 90 }]) {
      const report = await importCsv(deps, pFileOf(data), { type: 'P', mode: 'valid-only', resubmit: true });
      expect(report.details.map((d) => [d.outcome, d.problems.map((p) => p.message)])).toEqual([
        ['rejected', ['a correction of this registration is in progress in angio: finish or discard it first (it was left as it is)']],
      ]);
    }
    const after = store.mustGet(sent.id);
    expect(after.correctionData).toEqual(before.correctionData);
    expect(after.correctionData!.MS_PAT_WGHT).toBe(77);
    expect(after.submissions).toBe(before.submissions);
  });
});
