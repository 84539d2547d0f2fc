/**
 * `angio outbox list|show|retry`: what is waiting to be delivered, what failed and why, and
 * sending failed items again, headless (support reads; staff and admins retry).
 */
import type { Command } from 'commander';
import { say, type MessageId } from '../../messages.js';
import { dateTimeText, type Lang } from '../../registry/index.js';
import { deliveryErrorSentence } from '../../session/index.js';
import { parsePositiveWhole, type OutboxItem, type OutboxStatus } from '../../store/index.js';
import { maskNiss, parseNiss } from '../../validation/index.js';
import { EXIT, UsageError, withSession, type GlobalOptions } from '../context.js';
import { columns, table } from '../format.js';

const itemId = (text: string, lang: Lang): number => {
  const id = parsePositiveWhole(text);
  if (id === undefined) throw new UsageError(say(lang, 'cli.outbox.notAnId', { text }));
  return id;
};

const NONE: Record<OutboxStatus, MessageId> = {
  pending: 'cli.outbox.nonePending',
  failed: 'cli.outbox.noneFailed',
  delivered: 'cli.outbox.noneDelivered',
};

/** A payload as support reads it: a national number in it (billing messages carry one) is masked. */
const maskedPayload = (payload: string) => payload.replace(/"(\d{11})"/g, (all, d: string) => (parseNiss(d) ? `"${maskNiss(d)}"` : all));

/** The last error as the list's column holds it: said in the language, cut with … past 60 characters. */
const LAST_ERROR_WIDTH = 60;
const lastErrorCell = (lang: Lang, stored: string | null) => {
  const said = deliveryErrorSentence(lang, stored);
  return said.length > LAST_ERROR_WIDTH ? `${said.slice(0, LAST_ERROR_WIDTH - 1)}…` : said;
};
const row = (i: OutboxItem, lang: Lang) => [
  String(i.id),
  `#${i.registrationId}`,
  i.destination,
  say(lang, `cli.outbox.${i.kind}`),
  say(lang, `cli.outbox.${i.status}`),
  String(i.attempts),
  i.status === 'delivered'
    ? dateTimeText(i.deliveredAt)
    : i.status === 'pending'
      ? say(lang, 'cli.outbox.next', { when: dateTimeText(i.nextAttemptAt) })
      : '—',
  lastErrorCell(lang, i.lastError),
];

export function registerOutbox(program: Command, lang: Lang) {
  const outbox = program.command('outbox').description(say(lang, 'help.outbox'));

  outbox
    .command('list')
    .description(say(lang, 'help.outbox.list'))
    .option('--failed', say(lang, 'help.outbox.list.--failed'))
    .option('--pending', say(lang, 'help.outbox.list.--pending'))
    .option('--delivered', say(lang, 'help.outbox.list.--delivered'))
    .option('--limit <n>', say(lang, 'help.outbox.list.--limit'), '50')
    .option('--before <id>', say(lang, 'help.outbox.list.--before'))
    .option('--json', say(lang, 'help.outbox.list.--json'))
    .action(
      async (
        o: { failed?: boolean; pending?: boolean; delivered?: boolean; limit: string; before?: string; json?: boolean },
        cmd: Command,
      ) => {
        const chosen = (['failed', 'pending', 'delivered'] as const).filter((k) => o[k]);
        if (chosen.length > 1) throw new UsageError(say(lang, 'cli.outbox.chooseOne'));
        const limit = parsePositiveWhole(o.limit);
        if (limit === undefined || limit > 1000) throw new UsageError(say(lang, 'cli.limit'));
        const status: OutboxStatus | undefined = chosen[0];
        await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, (s) => {
          const items = s.ops.outboxItems(s.user, {
            ...(status ? { status } : {}),
            limit,
            ...(o.before ? { before: itemId(o.before, lang) } : {}),
          });
          if (o.json) {
            console.log(JSON.stringify(items.map(({ payload: _payload, ...i }) => i)));
            return;
          }
          const { pending, failed, delivered } = s.core.outbox.summary();
          console.log(say(lang, 'cli.outbox.summary', { pending, failed, delivered }));
          if (!items.length) console.log(say(lang, status ? NONE[status] : 'cli.outbox.empty'));
          else console.log(table([columns(lang, 'cli.outbox.columns'), ...items.map((i) => row(i, lang))]));
        });
      },
    );

  outbox
    .command('show <id>')
    .description(say(lang, 'help.outbox.show'))
    .option('--json', say(lang, 'help.--json'))
    .action(async (text: string, o: { json?: boolean }, cmd: Command) => {
      const id = itemId(text, lang);
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, (s) => {
        const item = s.ops.outboxItem(s.user, { id });
        if (!item) throw new UsageError(say(lang, 'cli.outbox.noItem', { id }));
        const payload = maskedPayload(item.payload);
        if (o.json) {
          console.log(JSON.stringify({ ...item, payload: JSON.parse(payload) as unknown }));
          return;
        }
        const claimed = item.claimedBy && item.claimedUntil && item.status === 'pending';
        const lines: [MessageId, string][] = [
          ['cli.outbox.item', String(item.id)],
          ['cli.outbox.ofRegistration', `#${item.registrationId}`],
          ['cli.outbox.destination', item.destination],
          ['cli.outbox.kind', say(lang, `cli.outbox.${item.kind}`)],
          ['cli.outbox.idempotencyKey', item.idempotencyKey],
          ['cli.outbox.status', say(lang, `cli.outbox.${item.status}`)],
          ['cli.outbox.attempts', String(item.attempts)],
          ['cli.outbox.created', dateTimeText(item.createdAt)],
          [
            item.status === 'delivered' ? 'cli.outbox.deliveredAt' : 'cli.outbox.nextAttempt',
            dateTimeText(item.status === 'delivered' ? item.deliveredAt : item.nextAttemptAt),
          ],
          ['cli.outbox.lastError', deliveryErrorSentence(lang, item.lastError) || '—'],
          [
            'cli.outbox.claimedBy',
            claimed ? say(lang, 'cli.outbox.claimedUntil', { who: item.claimedBy!, when: dateTimeText(item.claimedUntil) }) : '—',
          ],
        ];
        // Two spaces after the longest label, as between a table's columns, in every language.
        const width = Math.max(...lines.map(([k]) => say(lang, k).length)) + 2;
        for (const [k, v] of lines) console.log(`${say(lang, k).padEnd(width)}${v}`);
        console.log(`${say(lang, 'cli.outbox.payload')}\n${JSON.stringify(JSON.parse(payload), null, 2)}`);
      });
    });

  outbox
    .command('retry [ids...]')
    .description(say(lang, 'help.outbox.retry'))
    .option('--failed', say(lang, 'help.outbox.retry.--failed'))
    .option('--json', say(lang, 'help.--json'))
    .action(async (texts: string[], o: { failed?: boolean; json?: boolean }, cmd: Command) => {
      if (o.failed === texts.length > 0) throw new UsageError(say(lang, 'cli.outbox.nameThem'));
      const ids = texts.map((text) => itemId(text, lang));
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, (s) => {
        const r = s.ops.retryOutboxItems(s.user, o.failed ? { allFailed: true } : { ids });
        if (o.json) console.log(JSON.stringify(r));
        else {
          console.log(say(lang, r.requeued.length ? 'cli.outbox.requeued' : 'cli.outbox.requeuedNone', { n: r.requeued.length }));
          if (r.notFailed.length) console.log(say(lang, 'cli.outbox.notFailed', { ids: r.notFailed.join(', ') }));
        }
        if (r.notFailed.length) process.exitCode = EXIT.problems;
      });
    });
}
