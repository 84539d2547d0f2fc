/** `angio list`: registrations, newest first, with filters; `--json` for scripts. */
import type { Command } from 'commander';
import { isTypeCode } from '../../registry/index.js';
import { STATUS_FILTERS, type ListQuery } from '../../store/index.js';
import { UsageError, withSession, type GlobalOptions } from '../context.js';
import { dmy, patientLabel, registrationId, table, statusFilter } from '../format.js';

export function registerList(program: Command) {
  program
    .command('list')
    .description('list registrations (Open and Sent by default), newest first')
    .option('--status <status>', `one of ${STATUS_FILTERS.join(', ')}`, 'active')
    .option('--type <type>', 'H, P, F, FP or FU')
    .option('--search <text>', 'prefix of a registration code, a NISS or pseudocode, or a local id')
    .option('--limit <n>', 'at most this many rows (1-1000)', '50')
    .option('--before <id>', 'rows older than this local id (paging)')
    .option('--json', 'print JSON')
    .action(async (o: { status: string; type?: string; search?: string; limit: string; before?: string; json?: boolean }, cmd: Command) => {
      const status = statusFilter(o.status);
      const type = o.type?.toUpperCase();
      if (type !== undefined && !isTypeCode(type)) throw new UsageError(`Unknown registration type "${o.type}": use H, P, F, FP or FU.`);
      const limit = Number(o.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError('--limit must be a whole number from 1 to 1000.');
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, async (s) => {
        const q: ListQuery = { status, limit };
        if (type) q.type = type;
        if (o.search) q.search = o.search;
        if (o.before !== undefined) q.beforeId = registrationId(o.before);
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
        console.log(`Open ${counts.open} · Sent ${counts.sent} · Deleted ${counts.deleted}`);
        if (rows.length === 0) {
          console.log('No registrations match.');
          return;
        }
        console.log(
          table([
            ['code / id', 'type', 'patient', 'date', 'status', 'complete', 'updated', 'by'],
            ...rows.map((r) => [
              r.registrationCode ?? `#${r.id}`,
              r.type,
              patientLabel(r.patientKey),
              dmy(r.keyDate),
              r.status,
              `${r.requiredFilled}/${r.requiredTotal}`,
              r.updatedAt.slice(0, 16).replace('T', ' '),
              r.updatedBy,
            ]),
          ]),
        );
      });
    });
}
