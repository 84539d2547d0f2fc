#!/usr/bin/env node
/**
 * angio: with no command, the terminal UI (when stdin and stdout are terminals); otherwise the
 * headless commands. Exit codes: 0 ok, 1 validation problems, 2 usage or environment error,
 * 3 refused (the user's role does not allow it).
 */
import { Command, CommanderError } from 'commander';
import { AccessDenied, DatabaseError, explain, latestSchemaVersion, StoreError } from '../store/index.js';
import { registerDemo } from './commands/demo.js';
import { registerList } from './commands/list.js';
import { registerShow } from './commands/show.js';
import { registerTypes } from './commands/types.js';
import { registerSend } from './commands/send.js';
import { registerExport } from './commands/export.js';
import { registerImport } from './commands/import.js';
import { registerUsers } from './commands/users.js';
import { registerServe } from './commands/serve.js';
import { registerReflist } from './commands/reflist.js';
import { registerDoctor } from './commands/doctor.js';
import { registerBackup } from './commands/backup.js';
import { registerSettings } from './commands/settings.js';
import { registerRetry, registerTransmit } from './commands/transmit.js';
import { registerOutbox } from './commands/outbox.js';
import { registerInit } from './commands/init.js';
import { registerFollowUp } from './commands/follow-up.js';
import { registerRules } from './commands/rules.js';
import { registerConsent } from './commands/consent.js';
import { registerReport } from './commands/report.js';
import { actingPersonsSettings, EXIT, UsageError, type GlobalOptions } from './context.js';
import { startTui } from './start-tui.js';
import { VERSION } from '../version.js';

function program(): Command {
  const p = new Command('angio')
    .description('Encode, check, save and send ANGIO registrations (Healthdata HDBP0012: PCI and FFR).')
    .version(`${VERSION} (database schema ${latestSchemaVersion()})`)
    .option('--db <path>', 'database file (default: $ANGIO_DB, else angio.db in your data directory)')
    .option('--lang <lang>', 'labels and messages in en, nl or fr (default: $ANGIO_LANG, else en)')
    .showHelpAfterError('(run "angio --help" for the commands)')
    .exitOverride()
    // Through sudo, whatever a command reads or writes of one's own preferences is the acting person's.
    .hook('preAction', (_p, action) => void actingPersonsSettings(action.optsWithGlobals<GlobalOptions>()));
  registerInit(p);
  registerList(p);
  registerShow(p);
  registerTypes(p);
  registerRules(p);
  registerDemo(p);
  registerSend(p);
  registerTransmit(p);
  registerRetry(p);
  registerOutbox(p);
  registerConsent(p);
  registerFollowUp(p);
  registerImport(p);
  registerExport(p);
  registerSettings(p);
  registerUsers(p);
  registerServe(p);
  registerReflist(p);
  registerDoctor(p);
  registerBackup(p);
  registerReport(p);
  p.action(async (_o, cmd: Command) => {
    if (!process.stdin.isTTY || !process.stdout.isTTY) {
      const commands = p.commands.map((c) => c.name()).join(', ');
      console.error(`angio's screen needs a terminal; without one, use a command: ${commands} (see "angio --help").`);
      process.exitCode = EXIT.usage;
      return;
    }
    await startTui(cmd.opts());
  });
  return p;
}

async function main() {
  try {
    await program().parseAsync(process.argv);
  } catch (caught) {
    let e = caught;
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    const known = explain(e);
    if (known instanceof DatabaseError) e = known;
    if (e instanceof AccessDenied) {
      console.error(e.message);
      process.exitCode = EXIT.refused;
      return;
    }
    if (e instanceof UsageError || e instanceof DatabaseError || e instanceof StoreError) {
      console.error(e.message);
      process.exitCode = e instanceof StoreError && e.reason === 'invalid' ? EXIT.problems : EXIT.usage;
      return;
    }
    console.error(`angio stopped on an unexpected error: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = EXIT.usage;
  }
}

await main();
