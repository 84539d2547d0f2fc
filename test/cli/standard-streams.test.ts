/**
 * "-" as a file name: exports to standard output, imports and reference lists from standard
 * input, with the results of an import on standard output and what angio says on stderr — the
 * way a person working through sudo hands files to angio and gets them back as their own.
 */
import { describe, expect, test } from 'vitest';
import { angio } from '../helpers/cli.js';
import { freshCore, tempDbPath } from '../helpers/db.js';
import { completeP } from '../helpers/fixtures.js';

function database() {
  const path = tempDbPath();
  const { core, ops } = freshCore({ path });
  for (const day of ['2026-03-02', '2026-03-03']) {
    const r = ops.createRegistration('tester', { type: 'P', data: { ...completeP(), DT_HOSPZ: day, DT_PCI_1: day, DT_DISCH: day } });
    expect(ops.sendRegistration('tester', { id: r.id }).ok).toBe(true);
  }
  core.db.close();
  return path;
}

describe('standard input and output as files', () => {
  test('an export to "-" is the CSV on stdout, and its count on stderr', () => {
    const path = database();
    const out = angio(['export', '-', '--type', 'P'], { ANGIO_DB: path });
    expect(out.code).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^dcd_status;TX_AUTHOR_GR;.*;STATUS$/);
    expect(lines).toHaveLength(3);
    expect(out.stderr).toContain('2 P registration(s) written to standard output');
  });

  test('an import from "-" reads stdin, puts its results file on stdout and says what it did on stderr', () => {
    const path = database();
    const csv = angio(['export', '-', '--type', 'P'], { ANGIO_DB: path }).stdout;
    const broken = csv.replace(/;10:15;/, ';25:99;');
    expect(broken).not.toBe(csv);
    const r = angio(['import', '-', '--type', 'P', '--dry-run'], { ANGIO_DB: path }, { input: broken });
    expect(r.code).toBe(1);
    const results = r.stdout.trim().split('\n');
    expect(results[0]).toBe('LINE;OUTCOME;REGISTRATION_ID;REGISTRATION_CODE;FIELD;VALUE;MESSAGE');
    expect(results.some((l) => /^2;rejected;.*T_WICR_1;25:99;/.test(l))).toBe(true);
    expect(r.stderr).toMatch(/2 row\(s\): .*Dry run: nothing was written\./);
    expect(r.stderr).not.toContain('Results, row by row');
  });

  test('a reference list loaded from "-" names standard input as its source', () => {
    const path = database();
    const r = angio(
      ['reflist', 'import', '-', '--list', 'hpin'],
      { ANGIO_DB: path },
      { input: 'riziv;last_name;first_name;specialty\n10012378580;Peeters;An;cardiology\n' },
    );
    expect(r).toMatchObject({ code: 0, stdout: expect.stringContaining('hpin: 1 entry loaded') });
    const lists = JSON.parse(angio(['reflist', 'list', '--json'], { ANGIO_DB: path }).stdout) as {
      name: string;
      info?: { source: string };
    }[];
    expect(lists.find((l) => l.name === 'hpin')?.info?.source).toBe('standard input');
  });
});
