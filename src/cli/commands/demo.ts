/** `angio demo`: fills the database with realistic, deterministic demo registrations. */
import type { Command } from 'commander';
import { say } from '../../messages.js';
import type { Lang } from '../../registry/index.js';
import { UsageError, withSession, type GlobalOptions } from '../context.js';

export function registerDemo(program: Command, lang: Lang) {
  program
    .command('demo')
    .description(say(lang, 'help.demo'))
    .option('--records <n>', say(lang, 'help.demo.--records'), '200')
    .option('--seed <s>', say(lang, 'help.demo.--seed'), '1')
    .option('--json', say(lang, 'help.--json'))
    .action(async (o: { records: string; seed: string; json?: boolean }, cmd: Command) => {
      const records = Number(o.records);
      const seed = Number(o.seed);
      if (!Number.isInteger(records) || records < 1) throw new UsageError(say(lang, 'cli.demo.records'));
      if (!Number.isInteger(seed)) throw new UsageError(say(lang, 'cli.demo.seed'));
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), { create: true }, (s) => {
        const r = s.ops.createDemo(s.user, { records, seed });
        if (o.json) console.log(JSON.stringify(r));
        else
          console.log(
            say(lang, 'cli.demo.created', {
              ...r,
              byType: Object.entries(r.byType)
                .map(([t, n]) => `${t} ${n}`)
                .join(', '),
            }),
          );
      });
    });
}
