#!/usr/bin/env node
/**
 * angio: with no command, the terminal UI (when stdin and stdout are terminals); otherwise the
 * headless commands. Exit codes: 0 ok, 1 validation problems, 2 usage or environment error,
 * 3 refused (the user's role does not allow it).
 */
import { Command, CommanderError } from 'commander';
import { AccessDenied, DatabaseError, explain, latestSchemaVersion, StoreError } from '../store/index.js';
import type { Lang } from '../registry/index.js';
import { say } from '../messages.js';
import { databaseProblemSentence, refusalSentence, storeErrorSentence } from '../session/index.js';
import { speak } from './commander-words.js';
import { languageOfArgs } from './language.js';
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
import { EXIT, UsageError } from './context.js';
import { startTui } from './start-tui.js';
import { VERSION } from '../version.js';

function program(lang: Lang): Command {
  const p = speak(new Command('angio'), lang)
    .description(say(lang, 'help.angio'))
    .version(say(lang, 'help.version', { version: VERSION, schema: latestSchemaVersion() }), '-V, --version', say(lang, 'help.--version'))
    .option('--db <path>', say(lang, 'help.--db'))
    .option('--lang <lang>', say(lang, 'help.--lang'))
    .exitOverride();
  registerInit(p, lang);
  registerList(p, lang);
  registerShow(p, lang);
  registerTypes(p, lang);
  registerRules(p, lang);
  registerDemo(p, lang);
  registerSend(p, lang);
  registerTransmit(p, lang);
  registerRetry(p, lang);
  registerOutbox(p, lang);
  registerConsent(p, lang);
  registerFollowUp(p, lang);
  registerImport(p, lang);
  registerExport(p, lang);
  registerSettings(p, lang);
  registerUsers(p, lang);
  registerServe(p, lang);
  registerReflist(p, lang);
  registerDoctor(p, lang);
  registerBackup(p, lang);
  registerReport(p, lang);
  // After the commands are made (they would inherit it): a word that is no command is said to be
  // unknown, with the commands' help, rather than one argument too many for the screen.
  p.allowExcessArguments();
  p.action(async (_o, cmd: Command) => {
    if (cmd.args.length) unknownCommand(cmd);
    if (!process.stdin.isTTY || !process.stdout.isTTY) {
      const commands = p.commands.map((c) => c.name()).join(', ');
      console.error(say(lang, 'cli.needsTerminal', { commands }));
      process.exitCode = EXIT.usage;
      return;
    }
    await startTui(cmd.opts());
  });
  return p;
}

/**
 * commander's own refusal of an unknown command, with its "did you mean" (said in the language by
 * commander-words.ts), as for the commands' subcommands: its method is not in its typings.
 */
const unknownCommand = (cmd: Command): never => (cmd as Command & { unknownCommand(): never }).unknownCommand();

async function main() {
  let lang: Lang = 'en';
  // A command run for a script (--json) keeps the core's refusals in English, the core's own
  // sentences (as the API's problem bodies and the logs have them).
  let json = false;
  try {
    lang = languageOfArgs(process.argv.slice(2));
    const p = program(lang).hook('preAction', (_p, action) => {
      json = action.opts<{ json?: boolean }>().json === true;
    });
    await p.parseAsync(process.argv);
  } catch (caught) {
    let e = caught;
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    const refusalLang: Lang = json ? 'en' : lang;
    const known = explain(e);
    if (known instanceof DatabaseError) e = known;
    if (e instanceof AccessDenied) {
      console.error(refusalSentence(refusalLang, e));
      process.exitCode = EXIT.refused;
      return;
    }
    if (e instanceof DatabaseError) {
      console.error(databaseProblemSentence(lang, e));
      process.exitCode = EXIT.usage;
      return;
    }
    if (e instanceof UsageError || e instanceof StoreError) {
      console.error(e instanceof StoreError ? storeErrorSentence(refusalLang, e) : e.message);
      process.exitCode = e instanceof StoreError && e.reason === 'invalid' ? EXIT.problems : EXIT.usage;
      return;
    }
    console.error(say(lang, 'cli.unexpected', { message: e instanceof Error ? e.message : String(e) }));
    process.exitCode = EXIT.usage;
  }
}

await main();
