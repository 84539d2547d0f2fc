/** `angio export FILE --type T`: registrations as an HD4DP CSV; `--coded` for the scientific associations and INAMI. */
import type { Command } from 'commander';
import { isTypeCode } from '../../registry/index.js';
import { STATUS_FILTERS } from '../../store/index.js';
import { checkFileToWrite, UsageError, withSession, type GlobalOptions } from '../context.js';
import { statusFilter } from '../format.js';
import { outputFile } from '../output-file.js';

export function registerExport(program: Command) {
  program
    .command('export <file>')
    .description(
      'write the registrations of one type as a CSV in HD4DP\'s format (";", dd/mm/yyyy, codes, "|"); "-" writes to standard output',
    )
    .requiredOption('--type <type>', 'H, P, F, FP or FU')
    .option('--status <status>', `one of ${STATUS_FILTERS.join(', ')}`, 'active')
    .option('--coded', 'Sent registrations only, patient identity replaced by its pseudonym (for BWGIC, BIWAC, INAMI)')
    .option('--local', 'also the local columns (LOC_*), which HD4DP does not know')
    .option('--force', 'replace FILE if it exists')
    .option('--json', 'print JSON')
    .action(
      async (
        file: string,
        o: { type: string; status: string; coded?: boolean; local?: boolean; force?: boolean; json?: boolean },
        cmd: Command,
      ) => {
        const type = o.type.toUpperCase();
        if (!isTypeCode(type)) throw new UsageError(`Unknown registration type "${o.type}": use H, P, F, FP or FU.`);
        const status = statusFilter(o.status);
        if (o.coded && o.local) throw new UsageError('--coded and --local do not go together: local columns never leave the hospital.');
        const g = cmd.optsWithGlobals<GlobalOptions>();
        checkFileToWrite(g, file);
        const { exportCsv } = await import('../../exchange/export.js');
        // On standard output the file is the output: what is said goes to stderr.
        const say = file === '-' ? (line: string) => console.error(line) : (line: string) => console.log(line);
        await withSession(g, {}, async (s) => {
          const n = await outputFile(() =>
            exportCsv(s.core.store, file, {
              type,
              status,
              ...(o.coded ? { coded: { pseudonymiser: s.core.pseudonymiser } } : {}),
              ...(o.local ? { local: true } : {}),
              replace: !!o.force,
            }),
          );
          if (o.json) say(JSON.stringify({ file, type, rows: n, coded: !!o.coded }));
          else
            say(
              `${n} ${type} registration(s) written to ${file === '-' ? 'standard output' : file}${o.coded ? ' (coded: pseudonyms, no identity)' : ''}.`,
            );
        });
      },
    );
}
