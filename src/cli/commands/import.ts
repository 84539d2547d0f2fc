/** `angio import FILE --type T`: an HD4DP CSV file, validated row by row, with a results file next to it. */
import type { Command } from 'commander';
import { FileProblem } from '../../exchange/csv-header.js';
import { CsvSyntaxError } from '../../exchange/csv-rows.js';
import type { ImportMode } from '../../exchange/import.js';
import { say, type MessageId } from '../../messages.js';
import type { Lang } from '../../registry/index.js';
import { checkFileToRead, checkFileToWrite, EXIT, openSession, UsageError, type GlobalOptions } from '../context.js';
import { csvSyntaxSentence, fileProblemSentence } from '../../session/index.js';
import { resultsMessage, rowFieldText, rowProblemSentence } from '../../session/problems.js';
import { typeCode } from '../format.js';
import { STANDARD_INPUT, withInputFile } from '../standard-input.js';
import { outputFile } from '../output-file.js';

export function registerImport(program: Command, lang: Lang) {
  program
    .command('import <file>')
    .description(say(lang, 'help.import'))
    .requiredOption('--type <type>', say(lang, 'help.--type'))
    .option('--dry-run', say(lang, 'help.import.--dry-run'))
    .option('--valid-only', say(lang, 'help.import.--valid-only'))
    .option('--all-or-nothing', say(lang, 'help.import.--all-or-nothing'))
    .option('--resubmit', say(lang, 'help.import.--resubmit'))
    .option('--force', say(lang, 'help.import.--force'))
    .option('--json', say(lang, 'help.import.--json'))
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
        const type = typeCode(o.type, lang);
        if ([o.dryRun, o.validOnly, o.allOrNothing].filter(Boolean).length > 1) throw new UsageError(say(lang, 'cli.import.chooseMode'));
        const mode: ImportMode = o.dryRun ? 'dry-run' : o.allOrNothing ? 'all-or-nothing' : 'valid-only';
        const g = cmd.optsWithGlobals<GlobalOptions>();
        checkFileToRead(g, file);
        const { openResultsFile, resultsPathFor } = await import('../../exchange/results-file.js');
        checkFileToWrite(g, resultsPathFor(file), say(lang, 'cli.import.throughStreams', { type, file, results: resultsPathFor(file) }));
        // A file read from standard input has its results on standard output; what is said goes to stderr then.
        const tell = file === STANDARD_INPUT ? (line: string) => console.error(line) : (line: string) => console.log(line);
        const nothing = say(lang, 'cli.import.nothing');
        // The results file is checked and created first: one that cannot be written stops the import before it starts.
        // People read it: its messages are in the language of the run, as the lines said here.
        const results = await outputFile(
          () => openResultsFile(resultsPathFor(file), { replace: !!o.force, message: (p) => resultsMessage(lang, p) }),
          nothing,
          lang,
        );
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
          // --json keeps each problem's message as the import gave it: a row refused while written in English, with its words.
          if (o.json) tell(JSON.stringify({ ...report, resultsFile: results.path }, null, 1));
          else {
            const rejected = report.details.filter((x) => x.outcome === 'rejected');
            for (const d of rejected.slice(0, 20)) {
              const errors = d.problems.filter((p) => p.severity === 'error');
              const shown = errors
                .slice(0, 3)
                .map((p) =>
                  say(lang, 'cli.import.problem', {
                    field: rowFieldText(lang, p.field) + (p.value ? ` = "${p.value}"` : ''),
                    message: rowProblemSentence(lang, p),
                  }),
                )
                .join(say(lang, 'cli.import.separator'));
              const more = errors.length > 3 ? say(lang, 'cli.import.andMore', { n: errors.length - 3 }) : '';
              tell(say(lang, 'cli.import.line', { line: d.line, problems: shown + more }));
            }
            if (rejected.length > 20) tell(say(lang, 'cli.import.moreRejected', { n: (report.counts.rejected ?? 0) - 20 }));
            const counts =
              Object.entries(report.counts)
                .map(([k, n]) => `${n} ${say(lang, `cli.import.${k}` as MessageId)}`)
                .join(', ') || say(lang, 'cli.import.noRows');
            tell(
              say(lang, 'cli.import.rows', { rows: report.rows, counts }) +
                (mode === 'all-or-nothing' && !report.written ? say(lang, 'cli.import.allOrNothing') : '') +
                (mode === 'dry-run' ? say(lang, 'cli.import.dryRun') : ''),
            );
            if (results.written && results.path !== STANDARD_INPUT) tell(say(lang, 'cli.import.results', { path: results.path }));
          }
          if (report.counts.rejected) process.exitCode = EXIT.problems;
        } catch (e) {
          await results.close();
          const where = file === STANDARD_INPUT ? say(lang, 'cli.standardInput') : file;
          if (e instanceof FileProblem) throw new UsageError(`${where}: ${fileProblemSentence(lang, e)} ${nothing}`);
          if (e instanceof CsvSyntaxError)
            throw new UsageError(
              `${where}: ${csvSyntaxSentence(lang, e)}. ${mode === 'valid-only' ? say(lang, 'cli.import.partly') : nothing}`,
            );
          throw e;
        } finally {
          s.close();
        }
      },
    );
}
