/** `angio init`: sets up a new installation and says what to do next. */
import type { Command } from 'commander';
import { say, type MessageId } from '../../messages.js';
import type { Lang } from '../../registry/index.js';
import { initialise, type GlobalOptions } from '../../session/index.js';

/** What an admin does next: the command, and what it is for. */
const NEXT: [string, MessageId][] = [
  ['angio settings set hospital.inami 71000000', 'cli.init.next.inami'],
  ['angio settings set hospital.name "AZ …"', 'cli.init.next.name'],
  ['angio settings set endpoints.healthdata URL', 'cli.init.next.healthdata'],
  ['angio users add NAME --role staff', 'cli.init.next.users'],
  ['angio token create --user NAME', 'cli.init.next.token'],
  ['angio doctor', 'cli.init.next.doctor'],
];

export function registerInit(program: Command, lang: Lang) {
  program
    .command('init')
    .description(say(lang, 'help.init'))
    .option('--json', say(lang, 'help.--json'))
    .action((o: { json?: boolean }, cmd: Command) => {
      const r = initialise(cmd.optsWithGlobals<GlobalOptions>());
      if (o.json) {
        console.log(JSON.stringify(r));
        return;
      }
      console.log(say(lang, r.created ? 'cli.init.created' : 'cli.init.setUp', { path: r.database, schema: r.schema }));
      if (r.secretProblem) console.log(say(lang, 'cli.init.warning', { problem: r.secretProblem }));
      else console.log(say(lang, 'cli.init.secret', { path: r.secret }));
      console.log(`${say(lang, 'cli.init.admin', { admin: r.admin })}\n\n${say(lang, 'cli.init.next')}`);
      const width = Math.max(...NEXT.map(([c]) => c.length));
      for (const [command, what] of NEXT) console.log(`  ${command.padEnd(width)}  # ${say(lang, what)}`);
      console.log(`\n${say(lang, 'cli.init.server')}`);
    });
}
