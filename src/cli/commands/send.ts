/** `angio send ID... | --all-complete`: send registrations headless, as the TUI does. */
import type { Command } from 'commander';
import { say } from '../../messages.js';
import { formOf, type Lang } from '../../registry/index.js';
import type { RegistrationStore } from '../../store/index.js';
import { formatProblems } from '../../validation/index.js';
import { EXIT, UsageError, withSession, type GlobalOptions } from '../context.js';
import { problemLine, registrationId } from '../format.js';

export function registerSend(program: Command, lang: Lang) {
  program
    .command('send [ids...]')
    .description(say(lang, 'help.send'))
    .option('--all-complete', say(lang, 'help.send.--all-complete'))
    .option('--json', say(lang, 'help.--json'))
    .action(async (ids: string[], o: { allComplete?: boolean; json?: boolean }, cmd: Command) => {
      if (!ids.length && !o.allComplete) throw new UsageError(say(lang, 'cli.send.nameThem'));
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, async (s) => {
        const targets = ids.length ? ids.map((text) => registrationId(text, lang)) : openIds(s.core.store);
        const results = targets.map((id) => {
          const r = s.core.store.get(id);
          if (!r) return { id, ok: false as const, error: say(lang, 'cli.noRegistration', { id }) };
          const res = s.ops.sendRegistration(s.user, { id });
          return res.ok
            ? { id, ok: true as const, registrationCode: res.registration.registrationCode, alreadySent: res.alreadySent }
            : { id, ok: false as const, problems: res.problems, type: r.type, formVersion: r.formVersion };
        });
        const skipped = o.allComplete ? results.filter((r) => !r.ok) : [];
        const shown = o.allComplete ? results.filter((r) => r.ok) : results;
        if (o.json) {
          console.log(
            JSON.stringify(
              shown.map((r) => ('problems' in r && r.problems ? { ...r, problems: formatProblems(r.problems, s.lang) } : r)),
              null,
              1,
            ),
          );
        } else {
          for (const r of shown) {
            if (r.ok)
              console.log(
                say(lang, r.alreadySent ? 'cli.send.alreadySent' : 'cli.send.sent', { id: r.id, code: r.registrationCode ?? '' }),
              );
            else if ('error' in r) console.log(`#${r.id}: ${r.error}`);
            else {
              console.log(say(lang, 'cli.send.notSent', { id: r.id, n: r.problems!.length }));
              for (const p of r.problems!) console.log('  ' + problemLine(formOf(r.type!, r.formVersion!), p, s.lang));
            }
          }
          if (o.allComplete) console.log(say(lang, 'cli.send.allComplete', { sent: shown.length, skipped: skipped.length }));
        }
        if (!o.allComplete && results.some((r) => !r.ok)) process.exitCode = EXIT.problems;
      });
    });
}

/** Every Open registration, oldest first, read page by page. */
function openIds(store: RegistrationStore): number[] {
  const out: number[] = [];
  let after = 0;
  for (;;) {
    const page = store.list({ status: 'open', afterId: after, limit: 1000 });
    if (!page.length) break;
    const ascending = [...page].sort((a, b) => a.id - b.id);
    out.push(...ascending.map((r) => r.id));
    after = ascending.at(-1)!.id;
  }
  return out;
}
