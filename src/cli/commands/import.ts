/** `angio import FILE --type T`: an HD4DP CSV file, validated row by row, with a results file next to it. */
import type { Command } from 'commander';
import { FileProblem } from '../../exchange/csv-header.js';
import { CsvSyntaxError } from '../../exchange/csv-rows.js';
import type { ImportMode } from '../../exchange/import.js';
import { isTypeCode } from '../../registry/index.js';
import { EXIT, openSession, UsageError, type GlobalOptions } from '../context.js';
import { outputFile } from '../output-file.js';

export function registerImport(program: Command) {
  program
    .command('import <file>')
    .description('import an HD4DP CSV file (";", header = field ids, dd/mm/yyyy, codes, "|"); rows without STATUS=draft are sent')
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
        const { openResultsFile, resultsPathFor } = await import('../../exchange/results-file.js');
        // The results file is checked and created first: one that cannot be written stops the import before it starts.
        const results = await outputFile(() => openResultsFile(resultsPathFor(file), { replace: !!o.force }), 'Nothing was imported.');
        let s: ReturnType<typeof openSession>;
        try {
          s = openSession(cmd.optsWithGlobals<GlobalOptions>());
        } catch (e) {
          await results.discard();
          throw e;
        }
        try {
          const report = await s.ops.importFile(s.user, {
            file,
            lang: s.lang,
            type,
            mode,
            resubmit: !!o.resubmit,
            onRow: (r) => results.write(r),
            afterWrite: () => results.caughtUp(),
          });
          await results.close();
          if (o.json) console.log(JSON.stringify({ ...report, resultsFile: results.path }, null, 1));
          else {
            const rejected = report.details.filter((x) => x.outcome === 'rejected');
            for (const d of rejected.slice(0, 20)) {
              const errors = d.problems.filter((p) => p.severity === 'error');
              const shown = errors
                .slice(0, 3)
                .map((p) => `${p.field}${p.value ? ` = "${p.value}"` : ''}: ${p.message}`)
                .join('; ');
              console.log(`line ${d.line}: ${shown}${errors.length > 3 ? `; and ${errors.length - 3} more` : ''}`);
            }
            if (rejected.length > 20) console.log(`… ${(report.counts.rejected ?? 0) - 20} more rejected row(s)`);
            const counts =
              Object.entries(report.counts)
                .map(([k, n]) => `${n} ${k}`)
                .join(', ') || 'no rows';
            console.log(
              `${report.rows} row(s): ${counts}.${mode === 'all-or-nothing' && !report.written ? ' Nothing was written (all or nothing).' : ''}${mode === 'dry-run' ? ' Dry run: nothing was written.' : ''}`,
            );
            if (results.written) console.log(`Results, row by row: ${results.path}`);
          }
          if (report.counts.rejected) process.exitCode = EXIT.problems;
        } catch (e) {
          await results.close();
          if (e instanceof FileProblem) throw new UsageError(`${file}: ${e.message} Nothing was imported.`);
          if (e instanceof CsvSyntaxError) {
            throw new UsageError(
              `${file}: ${e.message}. ${
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
