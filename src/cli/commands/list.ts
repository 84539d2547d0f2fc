/** `angio list`: registrations, newest first, with filters; `--json` for scripts. */
import type { Command } from 'commander';
import { say } from '../../messages.js';
import { dateTimeText, type Lang } from '../../registry/index.js';
import { STATUS_FILTERS, type ListQuery, type Status } from '../../store/index.js';
import { UsageError, withSession, type GlobalOptions } from '../context.js';
import { columns, dmy, patientLabel, registrationId, table, statusFilter, typeCode } from '../format.js';

/** A status as the seed names it (Ouvert, Envoyé, Supprimé), in the user's language. */
export const statusWord = (lang: Lang, status: Status) => say(lang, `status.${status}`);

export function registerList(program: Command, lang: Lang) {
  program
    .command('list')
    .description(say(lang, 'help.list'))
    .option('--status <status>', say(lang, 'help.--status', { filters: STATUS_FILTERS.join(', ') }), 'active')
    .option('--type <type>', say(lang, 'help.--type'))
    .option('--search <text>', say(lang, 'help.list.--search'))
    .option('--limit <n>', say(lang, 'help.list.--limit'), '50')
    .option('--before <id>', say(lang, 'help.list.--before'))
    .option('--json', say(lang, 'help.--json'))
    .action(async (o: { status: string; type?: string; search?: string; limit: string; before?: string; json?: boolean }, cmd: Command) => {
      const status = statusFilter(o.status, lang);
      const type = o.type === undefined ? undefined : typeCode(o.type, lang);
      const limit = Number(o.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError(say(lang, 'cli.limit'));
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, async (s) => {
        const q: ListQuery = { status, limit };
        if (type) q.type = type;
        if (o.search) q.search = o.search;
        if (o.before !== undefined) q.beforeId = registrationId(o.before, lang);
        const rows = s.core.store.list(q);
        if (o.json) {
          console.log(
            JSON.stringify(
              rows.map((r) => ({ ...r, patient: patientLabel(r.patientKey), patientKey: undefined })),
              null,
              1,
            ),
          );
          return;
        }
        const counts = s.core.store.counts().byStatus;
        console.log(say(lang, 'cli.list.counts', counts));
        if (rows.length === 0) {
          console.log(say(lang, 'cli.list.none'));
          return;
        }
        console.log(
          table([
            columns(lang, 'cli.list.columns'),
            ...rows.map((r) => [
              r.registrationCode ?? `#${r.id}`,
              r.type,
              patientLabel(r.patientKey),
              dmy(r.keyDate),
              statusWord(lang, r.status),
              `${r.requiredFilled}/${r.requiredTotal}`,
              dateTimeText(r.updatedAt),
              r.updatedBy,
            ]),
          ]),
        );
      });
    });
}
