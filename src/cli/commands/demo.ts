/** `angio demo`: fills the database with realistic, deterministic demo registrations. */
import type { Command } from 'commander';
import { UsageError, withSession, type GlobalOptions } from '../context.js';

export function registerDemo(program: Command) {
  program
    .command('demo')
    .description('fill the database with realistic demo registrations of all five types')
    .option('--records <n>', 'how many registrations to create', '200')
    .option('--seed <s>', 'seed: the same seed gives the same data', '1')
    .option('--json', 'print JSON')
    .action(async (o: { records: string; seed: string; json?: boolean }, cmd: Command) => {
      const records = Number(o.records);
      const seed = Number(o.seed);
      if (!Number.isInteger(records) || records < 1) throw new UsageError('--records must be a whole number of at least 1.');
      if (!Number.isInteger(seed)) throw new UsageError('--seed must be a whole number.');
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), { create: true }, (s) => {
        const r = s.ops.createDemo(s.user, { records, seed });
        if (o.json) console.log(JSON.stringify(r));
        else
          console.log(
            `Created ${r.created} registrations (${Object.entries(r.byType)
              .map(([t, n]) => `${t} ${n}`)
              .join(', ')}): ${r.sent} sent, ${r.deleted} deleted, ${r.followUps} follow-ups linked.`,
          );
      });
    });
}
