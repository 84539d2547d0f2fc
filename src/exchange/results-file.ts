/**
 * The results file written next to an imported file, like HD4DP's RESULTS file: one line per
 * problem (or one per row without problems) with the line number, the outcome, the registration and
 * the field, value and message.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, extname, join } from 'node:path';
import { stringify } from 'csv-stringify';
import { SEPARATOR } from './csv-cells.js';
import type { RowReport } from './import.js';

export function resultsPathFor(input: string): string {
  return join(dirname(input), `${basename(input, extname(input))}.results.csv`);
}

/** The file is created on the first row, so a file refused as a whole leaves no results file behind. */
export function openResultsFile(path: string) {
  let out: ReturnType<typeof createWriteStream> | undefined;
  let csv: ReturnType<typeof stringify> | undefined;
  const open = () => {
    out = createWriteStream(path, { mode: 0o600 });
    csv = stringify({
      delimiter: SEPARATOR,
      header: true,
      columns: ['LINE', 'OUTCOME', 'REGISTRATION_ID', 'REGISTRATION_CODE', 'FIELD', 'VALUE', 'MESSAGE'],
    });
    csv.pipe(out);
    return csv;
  };
  // Whether the file is behind the rows written to it (the stream said to wait).
  let behind = false;
  return {
    path,
    write(r: RowReport) {
      const c = csv ?? open();
      const base = [String(r.line), r.outcome, r.id ? String(r.id) : '', r.registrationCode ?? ''];
      if (!r.problems.length) behind = !c.write([...base, '', '', '']) || behind;
      for (const p of r.problems)
        behind = !c.write([...base, p.field, p.value, `${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`]) || behind;
    },
    /**
     * Resolves once the lines written so far are on their way to the disk: an import waits for it
     * between transactions, or a file of a million rows would pile its results up in memory.
     */
    async caughtUp() {
      if (behind && csv) await once(csv, 'drain');
      behind = false;
    },
    /** Whether a results file was written. */
    get written() {
      return csv !== undefined;
    },
    async close() {
      if (csv && out) {
        csv.end();
        await once(out, 'finish');
      }
    },
  };
}
