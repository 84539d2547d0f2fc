/** `angio export FILE --type T`: registrations as an HD4DP CSV; `--coded` for the scientific associations and INAMI. */
import type { Command } from 'commander';
import { say } from '../../messages.js';
import type { Lang } from '../../registry/index.js';
import { STATUS_FILTERS } from '../../store/index.js';
import { checkFileToWrite, UsageError, withSession, type GlobalOptions } from '../context.js';
import { statusFilter, typeCode } from '../format.js';
import { outputFile } from '../output-file.js';

export function registerExport(program: Command, lang: Lang) {
  program
    .command('export <file>')
    .description(say(lang, 'help.export'))
    .requiredOption('--type <type>', say(lang, 'help.--type'))
    .option('--status <status>', say(lang, 'help.--status', { filters: STATUS_FILTERS.join(', ') }), 'active')
    .option('--coded', say(lang, 'help.export.--coded'))
    .option('--local', say(lang, 'help.export.--local'))
    .option('--force', say(lang, 'help.export.--force'))
    .option('--json', say(lang, 'help.--json'))
    .action(
      async (
        file: string,
        o: { type: string; status: string; coded?: boolean; local?: boolean; force?: boolean; json?: boolean },
        cmd: Command,
      ) => {
        const type = typeCode(o.type, lang);
        const status = statusFilter(o.status, lang);
        if (o.coded && o.local) throw new UsageError(say(lang, 'cli.export.codedLocal'));
        const g = cmd.optsWithGlobals<GlobalOptions>();
        checkFileToWrite(g, file);
        const { exportCsv } = await import('../../exchange/export.js');
        // On standard output the file is the output: what is said goes to stderr.
        const tell = file === '-' ? (line: string) => console.error(line) : (line: string) => console.log(line);
        await withSession(g, {}, async (s) => {
          const n = await outputFile(
            () =>
              exportCsv(s.core.store, file, {
                type,
                status,
                ...(o.coded ? { coded: { pseudonymiser: s.core.pseudonymiser } } : {}),
                ...(o.local ? { local: true } : {}),
                replace: !!o.force,
              }),
            undefined,
            lang,
          );
          if (o.json) tell(JSON.stringify({ file, type, rows: n, coded: !!o.coded }));
          else
            tell(
              say(lang, file === '-' ? 'cli.export.writtenOut' : 'cli.export.written', {
                n,
                type,
                file,
                coded: o.coded ? say(lang, 'cli.export.coded') : '',
              }),
            );
        });
      },
    );
}
