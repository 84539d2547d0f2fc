/** `angio demo`: fills the database with realistic, deterministic demo registrations. */
import type { Command } from 'commander';
import { fillDemo } from '../../demo/demo.js';
import { fillDemoFast } from '../../demo/bulk-demo.js';
import { createRandom } from '../../demo/random.js';
import { createSender, newRegistrationCode } from '../../transmit/index.js';
import { openSession, UsageError, type GlobalOptions } from '../context.js';

export function registerDemo(program: Command) {
  program
    .command('demo')
    .description('fill the database with realistic demo registrations of all five types')
    .option('--records <n>', 'how many registrations to create', '200')
    .option('--seed <s>', 'seed: the same seed gives the same data', '1')
    .option('--json', 'print JSON')
    .action((o: { records: string; seed: string; json?: boolean }, cmd: Command) => {
      const records = Number(o.records);
      const seed = Number(o.seed);
      if (!Number.isInteger(records) || records < 1) throw new UsageError('--records must be a whole number of at least 1.');
      if (!Number.isInteger(seed)) throw new UsageError('--seed must be a whole number.');
      const s = openSession(cmd.optsWithGlobals<GlobalOptions>());
      try {
        // Demo codes come from the seed too, so the same seed gives the very same database.
        const codes = createRandom(seed ^ 0x5eed);
        const newCode = () => newRegistrationCode(() => Buffer.from(Array.from({ length: 5 }, () => codes.int(0, 255))));
        // Large demo sets are written in bulk from templates; small ones go through the store one by one.
        const r =
          records > 2000
            ? fillDemoFast(s.db, s.pseudonymiser, newCode, { records, seed, user: s.user })
            : fillDemo(s.store, createSender(s.db, s.store, s.pseudonymiser, { newCode }), { records, seed, user: s.user });
        if (o.json) console.log(JSON.stringify(r));
        else
          console.log(
            `Created ${r.created} registrations (${Object.entries(r.byType)
              .map(([t, n]) => `${t} ${n}`)
              .join(', ')}): ${r.sent} sent, ${r.deleted} deleted, ${r.followUps} follow-ups linked.`,
          );
      } finally {
        s.close();
      }
    });
}
