/** `angio backup FILE`: a consistent copy of the database, its secret beside it, checked (docs/server.md#backups-and-restore). */
import type { Command } from 'commander';
import { say } from '../../messages.js';
import { BackupRefused, type BackupOutcome } from '../../operations/index.js';
import { sizeText, type Lang } from '../../registry/index.js';
import { EXIT, UsageError, withSession, type GlobalOptions } from '../context.js';
import { outputFile } from '../output-file.js';
import { violationLine } from '../violations.js';

function report(r: BackupOutcome, lang: Lang) {
  console.log(
    say(lang, 'cli.backup.done', {
      file: r.file,
      registrations: r.registrations,
      audit: r.auditEntries,
      outbox: r.outboxItems,
      users: r.users,
      size: sizeText(r.bytes, lang),
      schema: r.schema,
    }),
  );
  if (r.secret === 'unavailable') console.log(say(lang, 'cli.backup.noSecret', { problem: r.secretProblem ?? '' }));
  else
    console.log(
      say(lang, 'cli.backup.secret', {
        file: r.secretFile,
        state: say(lang, r.secret === 'written' ? 'cli.backup.secretWritten' : 'cli.backup.secretKept'),
      }),
    );
  if (r.problems.length) {
    console.log(say(lang, 'cli.backup.problems', { n: r.problems.length }));
    for (const p of r.problems.slice(0, 10)) console.log(`  ${violationLine(lang, p)}`);
  } else
    console.log(
      say(lang, 'cli.backup.checked', {
        head: r.auditHead ? say(lang, 'cli.backup.head', { id: r.auditHead.id }) : '',
        pseudonyms: r.secret === 'unavailable' ? '' : say(lang, 'cli.backup.pseudonyms'),
      }),
    );
}

/** Why the copy was refused, in the user's language; a companion file (-wal, -shm, -journal) also names the copy. */
const refusal = (lang: Lang, e: BackupRefused) =>
  say(lang, `cli.backup.refused.${e.kind}`, { file: e.file, target: e.file.replace(/-(wal|shm|journal)$/, '') });

export function registerBackup(program: Command, lang: Lang) {
  program
    .command('backup <file>')
    .description(say(lang, 'help.backup'))
    .option('--force', say(lang, 'help.backup.--force'))
    .option('--json', say(lang, 'help.--json'))
    .action(async (file: string, o: { force?: boolean; json?: boolean }, cmd: Command) => {
      if (file === '-') throw new UsageError(say(lang, 'cli.backup.dash'));
      const r = await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, (s) =>
        outputFile(
          async () => {
            try {
              return await s.ops.backupDatabase(s.user, { file, replace: o.force ?? false });
            } catch (e) {
              if (e instanceof BackupRefused) throw new UsageError(`${refusal(lang, e)} ${say(lang, 'cli.nothingWritten')}`);
              throw e;
            }
          },
          undefined,
          lang,
        ),
      );
      if (o.json) console.log(JSON.stringify(r, null, 1));
      else report(r, lang);
      if (r.problems.length || r.secret === 'unavailable') process.exitCode = EXIT.problems;
    });
}
