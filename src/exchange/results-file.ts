/**
 * The results file written next to an imported file, like HD4DP's RESULTS file: one line per
 * problem (or one per row without problems) with the line number, the outcome, the registration and
 * the field, value and message.
 */
import { once } from 'node:events';
import { basename, dirname, extname, join } from 'node:path';
import { stringify } from 'csv-stringify';
import { SEPARATOR, toTextCell } from './csv-cells.js';
import { openOutput, STANDARD_OUTPUT } from './standard-output.js';
import type { RowReport } from './import.js';
import type { RowProblem } from './import-row.js';

/** FILE.results.csv beside FILE; for a file read from standard input, standard output. */
export function resultsPathFor(input: string): string {
  if (input === STANDARD_OUTPUT) return STANDARD_OUTPUT;
  return join(dirname(input), `${basename(input, extname(input))}.results.csv`);
}

/** A problem's MESSAGE cell as the import wrote it (a refusal's in English), a warning's marked as one. */
const messageAsFound = (p: RowProblem) => `${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;

/**
 * Opens the results file before the import starts, so a file that cannot be written (a link, an
 * earlier results file without `replace`, a folder angio may not write in) is refused before any
 * row is imported. It is put in place on close only if a row was written to it: a file refused as a
 * whole leaves no results file behind. People read it: `message` is a problem's MESSAGE cell in the
 * import's language, which the door says (a row refused while written carries its reason as words).
 */
export function openResultsFile(path: string, o: { replace?: boolean; message?: (p: RowProblem) => string } = {}) {
  const messageOf = o.message ?? messageAsFound;
  const out = openOutput(path, o);
  let csv: ReturnType<typeof stringify> | undefined;
  const open = () => {
    csv = stringify({
      delimiter: SEPARATOR,
      header: true,
      columns: ['LINE', 'OUTCOME', 'REGISTRATION_ID', 'REGISTRATION_CODE', 'FIELD', 'VALUE', 'MESSAGE'],
    });
    csv.pipe(out.stream);
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
      for (const p of r.problems) behind = !c.write([...base, p.field, toTextCell(p.value), toTextCell(messageOf(p))]) || behind;
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
    /** Puts the file in place (if a row was written), or leaves nothing behind. */
    async close() {
      if (!csv) return out.discard();
      csv.end();
      await once(out.stream, 'finish');
      await out.commit();
    },
    /** Leaves nothing behind (the import failed before it started). */
    discard: () => out.discard(),
  };
}
