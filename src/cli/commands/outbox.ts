/**
 * `angio outbox list|show|retry`: what is waiting to be delivered, what failed and why, and
 * sending failed items again, headless (support reads; staff and admins retry).
 */
import type { Command } from 'commander';
import { parsePositiveWhole, type OutboxItem, type OutboxStatus } from '../../store/index.js';
import { maskNiss, parseNiss } from '../../validation/index.js';
import { EXIT, UsageError, withSession, type GlobalOptions } from '../context.js';
import { table } from '../format.js';

const itemId = (text: string): number => {
  const id = parsePositiveWhole(text);
  if (id === undefined)
    throw new UsageError(`"${text}" is not an outbox item id: "angio outbox list" shows them (plain digits, such as 12).`);
  return id;
};

/** A payload as support reads it: a national number in it (billing messages carry one) is masked. */
const maskedPayload = (payload: string) => payload.replace(/"(\d{11})"/g, (all, d: string) => (parseNiss(d) ? `"${maskNiss(d)}"` : all));

const when = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '—');
const row = (i: OutboxItem) => [
  String(i.id),
  `#${i.registrationId}`,
  i.destination,
  i.kind,
  i.status,
  String(i.attempts),
  i.status === 'delivered' ? when(i.deliveredAt) : i.status === 'pending' ? `next ${when(i.nextAttemptAt)}` : '—',
  (i.lastError ?? '').slice(0, 60),
];

export function registerOutbox(program: Command) {
  const outbox = program.command('outbox').description('delivery items: list, show, retry the failed ones');

  outbox
    .command('list')
    .description('delivery items, newest first (all, or only the failed, pending or delivered ones)')
    .option('--failed', 'only the items that failed and need attention')
    .option('--pending', 'only the items still to deliver')
    .option('--delivered', 'only the delivered items')
    .option('--limit <n>', 'at most this many (1-1000)', '50')
    .option('--before <id>', 'items older than this item id (paging)')
    .option('--json', 'print JSON (without payloads)')
    .action(
      async (
        o: { failed?: boolean; pending?: boolean; delivered?: boolean; limit: string; before?: string; json?: boolean },
        cmd: Command,
      ) => {
        const chosen = (['failed', 'pending', 'delivered'] as const).filter((k) => o[k]);
        if (chosen.length > 1) throw new UsageError('Choose one of --failed, --pending and --delivered.');
        const limit = parsePositiveWhole(o.limit);
        if (limit === undefined || limit > 1000) throw new UsageError('--limit must be a whole number from 1 to 1000.');
        const status: OutboxStatus | undefined = chosen[0];
        await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, (s) => {
          const items = s.ops.outboxItems(s.user, {
            ...(status ? { status } : {}),
            limit,
            ...(o.before ? { before: itemId(o.before) } : {}),
          });
          if (o.json) {
            console.log(JSON.stringify(items.map(({ payload: _payload, ...i }) => i)));
            return;
          }
          const summary = s.core.outbox.summary();
          console.log(`outbox: ${summary.pending} pending, ${summary.failed} failed, ${summary.delivered} delivered`);
          if (!items.length) console.log(status ? `No ${status} items.` : 'The outbox is empty.');
          else console.log(table([['item', 'registration', 'to', 'kind', 'status', 'tries', 'when', 'last error'], ...items.map(row)]));
        });
      },
    );

  outbox
    .command('show <id>')
    .description('one delivery item: its registration, destination, tries, last error and payload (national numbers masked)')
    .option('--json', 'print JSON')
    .action(async (text: string, o: { json?: boolean }, cmd: Command) => {
      const id = itemId(text);
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, (s) => {
        const item = s.ops.outboxItem(s.user, { id });
        if (!item) throw new UsageError(`There is no outbox item ${id}: "angio outbox list" shows them.`);
        const payload = maskedPayload(item.payload);
        if (o.json) {
          console.log(JSON.stringify({ ...item, payload: JSON.parse(payload) as unknown }));
          return;
        }
        const lines: [string, string][] = [
          ['item', String(item.id)],
          ['registration', `#${item.registrationId}`],
          ['destination', item.destination],
          ['kind', item.kind],
          ['idempotency key', item.idempotencyKey],
          ['status', item.status],
          ['attempts', String(item.attempts)],
          ['created', when(item.createdAt)],
          [
            item.status === 'delivered' ? 'delivered' : 'next attempt',
            when(item.status === 'delivered' ? item.deliveredAt : item.nextAttemptAt),
          ],
          ['last error', item.lastError ?? '—'],
          [
            'being delivered by',
            item.claimedBy && item.claimedUntil && item.status === 'pending' ? `${item.claimedBy} until ${when(item.claimedUntil)}` : '—',
          ],
        ];
        for (const [k, v] of lines) console.log(`${k.padEnd(19)}${v}`);
        console.log(`payload\n${JSON.stringify(JSON.parse(payload), null, 2)}`);
      });
    });

  outbox
    .command('retry [ids...]')
    .description('queue failed items again, due now (after the cause was fixed); "angio transmit" then delivers them')
    .option('--failed', 'every failed item')
    .option('--json', 'print JSON')
    .action(async (texts: string[], o: { failed?: boolean; json?: boolean }, cmd: Command) => {
      if (o.failed === texts.length > 0) throw new UsageError('Name the items to retry, or use --failed for every failed item (not both).');
      const ids = texts.map(itemId);
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, (s) => {
        const r = s.ops.retryOutboxItems(s.user, o.failed ? { allFailed: true } : { ids });
        if (o.json) console.log(JSON.stringify(r));
        else {
          console.log(`${r.requeued.length} failed item(s) queued again${r.requeued.length ? ': angio transmit delivers them' : ''}.`);
          if (r.notFailed.length) console.log(`Not failed (left as they are): ${r.notFailed.join(', ')}.`);
        }
        if (r.notFailed.length) process.exitCode = EXIT.problems;
      });
    });
}
