/** `angio import FILE --type T`: an HD4DP CSV file, validated row by row, with a results file next to it. */
import type { Command } from 'commander';
import { FileProblem } from '../../exchange/csv-header.js';
import { CsvSyntaxError } from '../../exchange/csv-rows.js';
import type { ImportMode } from '../../exchange/import.js';
import { isTypeCode } from '../../registry/index.js';
import { checkFileToRead, checkFileToWrite, EXIT, openSession, UsageError, type GlobalOptions } from '../context.js';
import { STANDARD_INPUT, withInputFile } from '../standard-input.js';
import { outputFile } from '../output-file.js';

export function registerImport(program: Command) {
  program
    .command('import <file>')
    .description(
      'import an HD4DP CSV file (";", header = field ids, dd/mm/yyyy, codes, "|"); rows without STATUS=draft are sent; "-" reads standard input and writes the results to standard output',
    )
    .requiredOption('--type <type>', 'H, P, F, FP or FU')
    .option('--dry-run', 'validate and report, write nothing')
    .option('--valid-only', 'write the valid rows, report the others (the default)')
    .option('--all-or-nothing', 'write only if every row is valid')
    .option('--resubmit', 'rows matching a Sent registration are resubmitted as corrections (else reported)')
    .option('--force', 'replace the results file of an earlier import (FILE.results.csv)')
    .option('--json', 'print the report as JSON')
    .action(
      async (
        file: string,
        o: {
          type: string;
          dryRun?: boolean;
          validOnly?: boolean;
          allOrNothing?: boolean;
          resubmit?: boolean;
          force?: boolean;
          json?: boolean;
        },
        cmd: Command,
      ) => {
        const type = o.type.toUpperCase();
        if (!isTypeCode(type)) throw new UsageError(`Unknown registration type "${o.type}": use H, P, F, FP or FU.`);
        if ([o.dryRun, o.validOnly, o.allOrNothing].filter(Boolean).length > 1)
          throw new UsageError('Choose one of --dry-run, --valid-only and --all-or-nothing.');
        const mode: ImportMode = o.dryRun ? 'dry-run' : o.allOrNothing ? 'all-or-nothing' : 'valid-only';
        const g = cmd.optsWithGlobals<GlobalOptions>();
        checkFileToRead(g, file);
        const { openResultsFile, resultsPathFor } = await import('../../exchange/results-file.js');
        checkFileToWrite(
          g,
          resultsPathFor(file),
          `give the file on standard input instead, and take the results from standard output ("angio import - --type ${type} < ${file} > ${resultsPathFor(file)}")`,
        );
        // A file read from standard input has its results on standard output; what is said goes to stderr then.
        const say = file === STANDARD_INPUT ? (line: string) => console.error(line) : (line: string) => console.log(line);
        // The results file is checked and created first: one that cannot be written stops the import before it starts.
        const results = await outputFile(() => openResultsFile(resultsPathFor(file), { replace: !!o.force }), 'Nothing was imported.');
        let s: ReturnType<typeof openSession>;
        try {
          s = openSession(g);
        } catch (e) {
          await results.discard();
          throw e;
        }
        try {
          const session = s;
          const report = await withInputFile(file, (path) =>
            session.ops.importFile(session.user, {
              file: path,
              lang: s.lang,
              type,
              mode,
              resubmit: !!o.resubmit,
              onRow: (r) => results.write(r),
              afterWrite: () => results.caughtUp(),
            }),
          );
          await results.close();
          if (o.json) say(JSON.stringify({ ...report, resultsFile: results.path }, null, 1));
          else {
            const rejected = report.details.filter((x) => x.outcome === 'rejected');
            for (const d of rejected.slice(0, 20)) {
              const errors = d.problems.filter((p) => p.severity === 'error');
              const shown = errors
                .slice(0, 3)
                .map((p) => `${p.field}${p.value ? ` = "${p.value}"` : ''}: ${p.message}`)
                .join('; ');
              say(`line ${d.line}: ${shown}${errors.length > 3 ? `; and ${errors.length - 3} more` : ''}`);
            }
            if (rejected.length > 20) say(`… ${(report.counts.rejected ?? 0) - 20} more rejected row(s)`);
            const counts =
              Object.entries(report.counts)
                .map(([k, n]) => `${n} ${k}`)
                .join(', ') || 'no rows';
            say(
              `${report.rows} row(s): ${counts}.${mode === 'all-or-nothing' && !report.written ? ' Nothing was written (all or nothing).' : ''}${mode === 'dry-run' ? ' Dry run: nothing was written.' : ''}`,
            );
            if (results.written && results.path !== STANDARD_INPUT) say(`Results, row by row: ${results.path}`);
          }
          if (report.counts.rejected) process.exitCode = EXIT.problems;
        } catch (e) {
          await results.close();
          if (e instanceof FileProblem)
            throw new UsageError(`${file === STANDARD_INPUT ? 'standard input' : file}: ${e.message} Nothing was imported.`);
          if (e instanceof CsvSyntaxError) {
            throw new UsageError(
              `${file === STANDARD_INPUT ? 'standard input' : file}: ${e.message}. ${
                mode === 'valid-only'
                  ? 'Rows before it may already be imported; correct the file and import it again (rows already imported are recognised, never duplicated).'
                  : 'Nothing was imported.'
              }`,
            );
          }
          throw e;
        } finally {
          s.close();
        }
      },
    );
}
