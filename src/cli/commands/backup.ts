/** `angio backup FILE`: a consistent copy of the database, its secret beside it, checked (docs/server.md#backups-and-restore). */
import type { Command } from 'commander';
import { BackupRefused, type BackupOutcome } from '../../operations/index.js';
import { EXIT, UsageError, withSession, type GlobalOptions } from '../context.js';
import { outputFile } from '../output-file.js';

const size = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.ceil(bytes / 1e3)} kB`);

function report(r: BackupOutcome) {
  console.log(
    `Backed up to ${r.file} (0600): ${r.registrations} registration(s), ${r.auditEntries} audit entries, ` +
      `${r.outboxItems} outbox item(s), ${r.users} user(s); ${size(r.bytes)}, database schema ${r.schema}.`,
  );
  if (r.secret === 'unavailable')
    console.log(`Warning: no pseudonymisation secret went with the copy, so it cannot send anything: ${r.secretProblem}`);
  else
    console.log(
      `Pseudonymisation secret: ${r.secretFile} (0600, ${r.secret === 'written' ? 'written' : 'already there, the same'}). Keep the two together.`,
    );
  if (r.problems.length) {
    console.log(`The copy has ${r.problems.length} problem(s), as the live database must have; run "angio doctor --full":`);
    for (const p of r.problems.slice(0, 10)) console.log(`  ${p.registrationId ? `#${p.registrationId} ` : ''}${p.rule}: ${p.detail}`);
  } else
    console.log(
      `Checked the copy: SQLite integrity, every registration against its audit log and outbox, the audit chain` +
        `${r.auditHead ? ` (head #${r.auditHead.id})` : ''}${r.secret === 'unavailable' ? '' : ', the pseudonyms with the secret'}: ok.`,
    );
}

export function registerBackup(program: Command) {
  program
    .command('backup <file>')
    .description('copy the database while others work, with its pseudonymisation secret beside it, and check the copy (admin only)')
    .option('--force', 'replace an existing file')
    .option('--json', 'print JSON')
    .action(async (file: string, o: { force?: boolean; json?: boolean }, cmd: Command) => {
      if (file === '-')
        throw new UsageError('A backup is two files, the copy and its secret beside it: name the copy (e.g. /var/backups/angio/angio.db).');
      const r = await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, (s) =>
        outputFile(async () => {
          try {
            return await s.ops.backupDatabase(s.user, { file, replace: o.force ?? false });
          } catch (e) {
            if (e instanceof BackupRefused) throw new UsageError(`${e.message} Nothing was written.`);
            throw e;
          }
        }),
      );
      if (o.json) console.log(JSON.stringify(r, null, 1));
      else report(r);
      if (r.problems.length || r.secret === 'unavailable') process.exitCode = EXIT.problems;
    });
}
