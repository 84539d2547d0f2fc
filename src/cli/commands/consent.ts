/**
 * `angio consent ID... [--send]`: records the patient's consent to optional registrations (as `c`
 * in the TUI's review), for instance those an import kept Open for want of it; `--send` then sends
 * each one.
 */
import type { Command } from 'commander';
import { formOf } from '../../registry/index.js';
import { EXIT, UsageError, withSession, type GlobalOptions } from '../context.js';
import { problemLine, registrationId } from '../format.js';

export function registerConsent(program: Command) {
  program
    .command('consent <ids...>')
    .description("record the patient's consent to optional registrations (LOC_CONSENT); --send then sends them")
    .option('--send', 'send each registration once its consent is recorded')
    .action(async (ids: string[], o: { send?: boolean }, cmd: Command) => {
      const targets = ids.map(registrationId);
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, (s) => {
        for (const id of targets) {
          const r = s.core.store.get(id);
          if (!r) throw new UsageError(`There is no registration ${id}.`);
          s.ops.recordConsent(s.user, { id });
          if (!o.send) {
            console.log(`#${id}: consent recorded.`);
            continue;
          }
          const sent = s.ops.sendRegistration(s.user, { id });
          if (sent.ok) console.log(`#${id}: consent recorded, sent: ${sent.registration.registrationCode}`);
          else {
            console.log(`#${id}: consent recorded, not sent yet, ${sent.problems.length} problem(s):`);
            for (const p of sent.problems) console.log('  ' + problemLine(formOf(r.type, r.formVersion), p, s.lang));
            process.exitCode = EXIT.problems;
          }
        }
      });
    });
}
