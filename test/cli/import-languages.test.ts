/**
 * A row of an import that is read as valid but cannot be written says why in the import's
 * language, on the built binary: a draft row that matches a Sent registration, imported with
 * --resubmit, cannot be resubmitted (its correction is not complete). Its reason is said in Dutch
 * and French in the lines angio import prints and in the results file, whose warnings are marked
 * in that language too; --json keeps the English sentence, with its words beside it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toCell } from '../../src/exchange/csv-cells.js';
import { NOT_WRITTEN_DETAILS } from '../../src/exchange/submit.js';
import { MESSAGES, type MessageId } from '../../src/messages.js';
import { REFUSAL_MESSAGES } from '../../src/messages/refusals.js';
import { formOf, type Lang } from '../../src/registry/index.js';
import type { Data } from '../../src/validation/index.js';
import { angio } from '../helpers/cli.js';
import { freshCore } from '../helpers/db.js';
import { expectEach } from '../helpers/expect-each.js';
import { completeP } from '../helpers/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'angio-import-languages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let env: Record<string, string>;

/** The Sent registration's answers without the discharge date, kept as a draft: no correction to send. */
const unfinished = (): Data & { STATUS: string } => {
  const { DT_DISCH: _, ...rest } = completeP();
  return { ...rest, MS_PAT_WGHT: 91, STATUS: 'draft' };
};
/** Another patient, complete, with a heart rate outside the usual range: sent with a warning (by the first run; unchanged after). */
const withWarning = (): Data & { STATUS: string } => ({
  ...completeP(),
  IDC_PAT: '93051822361',
  DT_PAT_DOB: '1993-05-18',
  MS_HF_HOSPZ: 18,
  STATUS: '',
});

/** A P file of these rows, written the HD4DP way, in a folder of its own (its results file lands beside it). */
function pFile(name: string, rows: (Data & { STATUS: string })[]): string {
  const form = formOf('P');
  const ids = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (r: Data & { STATUS: string }, id: string) =>
    id === 'STATUS' ? r.STATUS : r[id] === undefined ? '' : toCell(form.byId.get(id)!, r[id]);
  const folder = join(dir, name);
  mkdirSync(folder);
  const file = join(folder, 'p.csv');
  writeFileSync(file, [ids.join(';'), ...rows.map((r) => ids.map((id) => cell(r, id)).join(';'))].join('\n') + '\n');
  return file;
}

const resultsOf = (file: string) =>
  readFileSync(file.replace(/\.csv$/, '.results.csv'), 'utf8')
    .trim()
    .split('\n');

beforeAll(() => {
  const path = join(dir, 'angio.db');
  const { core, ops } = freshCore({ path });
  const sent = ops.createRegistration('tester', { type: 'P', data: completeP() });
  expect(ops.sendRegistration('tester', { id: sent.id }).ok).toBe(true);
  core.db.close();
  const config = join(dir, 'config');
  mkdirSync(config);
  env = { ANGIO_DB: path, ANGIO_CONFIG_DIR: config };
});

describe('the catalogue says why a row was not written', () => {
  test("each reason's English is the import's own sentence, and each notWritten word is one the import says", () => {
    expectEach(Object.entries(NOT_WRITTEN_DETAILS), ([id, en]) => id in MESSAGES && MESSAGES[id as MessageId].en === en, 'reason');
    const said = Object.keys(REFUSAL_MESSAGES).filter((id) => id.startsWith('notWritten.'));
    expect(said.filter((id) => !(id in NOT_WRITTEN_DETAILS))).toEqual([]);
  });
});

describe('a draft row that matches a Sent registration, imported with --resubmit', () => {
  const run = (lang: Lang, ...more: string[]) => {
    const file = pFile(`${lang}${more.join('')}`, [unfinished(), withWarning()]);
    return { file, ...angio(['import', file, '--type', 'P', '--resubmit', '--lang', lang, ...more], env) };
  };

  test('in French: the line and the results file say why, the warning is marked in French', () => {
    const r = run('fr');
    expect(r.code).toBe(1);
    // Which answers the correction lacks, then why the row was not written.
    expect(r.stdout).toContain('ligne 2 : DT_DISCH : obligatoire ; (ligne entière) : la correction n’est pas valide\n');
    expect(r.stdout).not.toContain('the correction is not valid');
    const lines = resultsOf(r.file);
    expect(lines[0]).toBe('LINE;OUTCOME;REGISTRATION_ID;REGISTRATION_CODE;FIELD;VALUE;MESSAGE');
    expect(lines[1]).toBe('2;rejected;;;DT_DISCH;;obligatoire');
    expect(lines[2]).toBe('2;rejected;;;(row);;la correction n’est pas valide');
    expect(lines[3]).toMatch(/^3;(sent|unchanged);\d+;AG-[\w-]+;MS_HF_HOSPZ;18;avertissement : \S/);
    expect(lines.join('\n')).not.toMatch(/warning|correction is not/);
  });

  test('in Dutch: the same, in Dutch', () => {
    const r = run('nl');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^regel 2: DT_DISCH: verplicht; \(hele rij\): de correctie is niet geldig$/m);
    const lines = resultsOf(r.file);
    expect(lines[1]).toBe('2;rejected;;;DT_DISCH;;verplicht');
    expect(lines[2]).toBe('2;rejected;;;(row);;de correctie is niet geldig');
    expect(lines[3]).toMatch(/^3;(sent|unchanged);\d+;AG-[\w-]+;MS_HF_HOSPZ;18;waarschuwing: \S/);
  });

  test('in English the results file reads as before', () => {
    const r = run('en');
    const lines = resultsOf(r.file);
    expect(lines[1]).toBe('2;rejected;;;DT_DISCH;;required');
    expect(lines[2]).toBe('2;rejected;;;(row);;the correction is not valid');
    expect(lines[3]).toMatch(/^3;(sent|unchanged);\d+;AG-[\w-]+;MS_HF_HOSPZ;18;warning: outside the usual 20/);
  });

  test('--json keeps the English sentence, with its words for a program that says it itself', () => {
    const r = run('fr', '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { details: { line: number; outcome: string; problems: unknown[] }[] };
    expect(report.details.find((d) => d.line === 2)).toEqual({
      line: 2,
      outcome: 'rejected',
      problems: [
        expect.objectContaining({ field: 'DT_DISCH', code: 'required', severity: 'error' }),
        {
          field: '(row)',
          code: 'not_written',
          severity: 'error',
          value: '',
          message: 'the correction is not valid',
          says: { id: 'notWritten.correctionInvalid' },
        },
      ],
    });
    // The results file is for people: in the language of the run, --json or not.
    expect(resultsOf(r.file)[2]).toBe('2;rejected;;;(row);;la correction n’est pas valide');
  });
});

describe('a row that cannot be read', () => {
  test('too few cells and a STATUS that is not draft, said in French; --json keeps the English', () => {
    const hFile = (name: string) => {
      const folder = join(dir, name);
      mkdirSync(folder);
      const file = join(folder, 'h.csv');
      writeFileSync(file, 'DT_HOSPZ;IDC_PAT;STATUS\n10/03/2026;85040216932;final\n10/03/2026\n');
      return file;
    };
    const fr = angio(['import', hFile('unreadable-fr'), '--type', 'H', '--lang', 'fr', '--dry-run'], env);
    expect(fr.stdout).toContain('STATUS = "final" : STATUS doit être « draft » ou vide');
    expect(fr.stdout).toContain('(ligne entière) = "1" : 1 cellules alors que l’en-tête en a 3');
    const json = JSON.parse(
      angio(['import', hFile('unreadable-json'), '--type', 'H', '--lang', 'fr', '--json', '--dry-run'], env).stdout,
    ) as {
      details: { problems: { message: string }[] }[];
    };
    const messages = json.details.flatMap((d) => d.problems.map((p) => p.message));
    expect(messages).toContain('STATUS must be "draft" or empty');
    expect(messages).toContain('1 cells where the header has 3');
  });
});
