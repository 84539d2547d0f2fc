/**
 * `angio consent ID... [--send]`: records the patient's consent to optional registrations (as `c`
 * in the TUI's review), for instance those an import kept Open for want of it; `--send` then sends
 * each one.
 */
import type { Command } from 'commander';
import { say } from '../../messages.js';
import { formOf, type Lang } from '../../registry/index.js';
import { EXIT, UsageError, withSession, type GlobalOptions } from '../context.js';
import { problemLine, registrationId } from '../format.js';

export function registerConsent(program: Command, lang: Lang) {
  program
    .command('consent <ids...>')
    .description(say(lang, 'help.consent'))
    .option('--send', say(lang, 'help.consent.--send'))
    .action(async (ids: string[], o: { send?: boolean }, cmd: Command) => {
      const targets = ids.map((text) => registrationId(text, lang));
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, (s) => {
        for (const id of targets) {
          const r = s.core.store.get(id);
          if (!r) throw new UsageError(say(lang, 'cli.noRegistration', { id }));
          s.ops.recordConsent(s.user, { id });
          if (!o.send) {
            console.log(say(lang, 'cli.consent.recorded', { id }));
            continue;
          }
          const sent = s.ops.sendRegistration(s.user, { id });
          if (sent.ok) console.log(say(lang, 'cli.consent.sent', { id, code: sent.registration.registrationCode ?? '' }));
          else {
            console.log(say(lang, 'cli.consent.notSent', { id, n: sent.problems.length }));
            for (const p of sent.problems) console.log('  ' + problemLine(formOf(r.type, r.formVersion), p, s.lang));
            process.exitCode = EXIT.problems;
          }
        }
      });
    });
}
