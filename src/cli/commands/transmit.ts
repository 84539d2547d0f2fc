/** `angio transmit [--watch]`: deliver the outbox headless; `angio receiver`: the reference receiver. */
import type { Command } from 'commander';
import { say } from '../../messages.js';
import { dateTimeText, type Lang } from '../../registry/index.js';
import { deliveryErrorSentence } from '../../session/index.js';
import { EXIT, UsageError, withSession, type GlobalOptions } from '../context.js';
import { registrationId } from '../format.js';
import { createLog, logFormat } from '../log.js';

const rate = (v: string | undefined, name: string, lang: Lang) => {
  if (v === undefined) return 0;
  const n = Number(v);
  if (!(n >= 0 && n <= 1)) throw new UsageError(say(lang, 'cli.transmit.rate', { name }));
  return n;
};

/** A delivery's outcome as a person reads it. */
const outcomeWord = (lang: Lang, outcome: 'delivered' | 'retry' | 'failed' | 'skipped') => say(lang, `cli.transmit.${outcome}`);

export function registerTransmit(program: Command, lang: Lang) {
  program
    .command('transmit')
    .description(say(lang, 'help.transmit'))
    .option('--watch', say(lang, 'help.transmit.--watch'))
    .option('--retry-now', say(lang, 'help.transmit.--retry-now'))
    .option('--healthdata-url <url>', say(lang, 'help.transmit.--healthdata-url'))
    .option('--cin-url <url>', say(lang, 'help.transmit.--cin-url'))
    .option('--timeout <ms>', say(lang, 'help.transmit.--timeout'), '10000')
    .option('--log <format>', say(lang, 'help.transmit.--log'), 'text')
    .option('--json', say(lang, 'help.transmit.--json'))
    .action(
      async (
        o: { watch?: boolean; retryNow?: boolean; healthdataUrl?: string; cinUrl?: string; timeout: string; log: string; json?: boolean },
        cmd: Command,
      ) => {
        const log = createLog(logFormat(o.log, lang));
        // A service's JSON lines are read by log collectors: their messages stay in English, as their fields do.
        const said = log.format === 'json' ? 'en' : lang;
        await withSession({ ...cmd.optsWithGlobals<GlobalOptions>(), ...o }, {}, async (s) => {
          if (!s.endpoints.healthdata && !s.endpoints.cin) throw new UsageError(say(lang, 'cli.transmit.noEndpoint'));
          const deliverer = s.ops.openDelivery(s.user, { endpoints: s.endpoints, timeoutMs: Number(o.timeout) || 10_000 });
          if (o.retryNow) {
            const brought = s.ops.deliverPendingNow(s.user);
            if (!o.json || log.format === 'json')
              log.info(say(said, 'cli.transmit.broughtForward', { n: brought }), { event: 'retry-now', items: brought });
          }
          // A signal stops the loop between passes: the pass in flight finishes (each item is
          // recorded delivered, to retry or failed), so nothing is left half-done.
          let stop = false;
          let wake = () => {};
          const onSignal = (signal: string) => {
            if (!stop) log.info(say(said, 'cli.transmit.stopping', { signal }), { event: 'stopping', signal });
            stop = true;
            wake();
          };
          process.once('SIGINT', onSignal);
          process.once('SIGTERM', onSignal);
          if (o.watch) log.info(say(said, 'cli.transmit.watching'), { event: 'started', ...s.endpoints });
          const totals = { delivered: 0, retry: 0, failed: 0 };
          do {
            for (;;) {
              const results = await deliverer.runOnce();
              for (const r of results) if (r.outcome !== 'skipped') totals[r.outcome]++;
              for (const r of results) {
                const fields = {
                  event: 'delivery',
                  item: r.id,
                  registration: r.registrationId,
                  destination: r.destination,
                  outcome: r.outcome,
                  detail: r.detail,
                };
                const line = { id: r.registrationId, destination: r.destination, outcome: outcomeWord(said, r.outcome) };
                if (log.format === 'json') (r.outcome === 'failed' ? log.warn : log.info)(say(said, 'cli.transmit.outcome', line), fields);
                else if (r.outcome !== 'delivered' && !o.json)
                  log.info(say(said, 'cli.transmit.outcomeDetail', { ...line, detail: deliveryErrorSentence(said, r.detail) }));
              }
              if (results.length === 0 || stop) break;
            }
            if (o.watch && !stop)
              await new Promise<void>((resolve) => {
                const timer = setTimeout(resolve, 2000);
                wake = () => {
                  clearTimeout(timer);
                  resolve();
                };
              });
          } while (o.watch && !stop);
          const summary = s.core.outbox.summary();
          // Items another deliverer (the service, another transmit) is posting right now.
          const elsewhere = deliverer.busyElsewhere();
          if (o.json) console.log(JSON.stringify({ ...totals, busyElsewhere: elsewhere, outbox: summary }));
          else if (log.format === 'json')
            log.info(say(said, 'cli.transmit.done'), {
              event: 'done',
              ...totals,
              busyElsewhere: elsewhere,
              pending: summary.pending,
              failedInOutbox: summary.failed,
            });
          else
            console.log(
              say(lang, 'cli.transmit.totals', {
                ...totals,
                pending: summary.pending,
                next: summary.nextAttemptAt ? say(lang, 'cli.transmit.nextTry', { at: dateTimeText(summary.nextAttemptAt) }) : '',
                failedTotal: summary.failed,
                deliveredTotal: summary.delivered,
                elsewhere: elsewhere ? say(lang, 'cli.transmit.elsewhere', { n: elsewhere }) : '',
              }),
            );
          if (summary.failed > 0) process.exitCode = EXIT.problems;
        });
      },
    );

  program
    .command('receiver')
    .description(say(lang, 'help.receiver'))
    .option('--port <n>', say(lang, 'help.--port'), '8788')
    .option('--host <host>', say(lang, 'help.--host'), '127.0.0.1')
    .option('--db <path>', say(lang, 'help.receiver.--db'))
    .option('--fail-rate <r>', say(lang, 'help.receiver.--fail-rate'))
    .option('--timeout-rate <r>', say(lang, 'help.receiver.--timeout-rate'))
    .option('--down-for <seconds>', say(lang, 'help.receiver.--down-for'))
    .action(async (o: { port: string; host: string; failRate?: string; timeoutRate?: string; downFor?: string }, cmd: Command) => {
      const port = Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(say(lang, 'cli.port'));
      // The program's own --db takes the option wherever it is written (angio list --db X works so),
      // so the receiver's --db arrives among the global options; $ANGIO_DB, angio's database, is not its file.
      const { db } = cmd.optsWithGlobals<{ db?: string }>();
      const { createReceiver } = await import('../../receiver/receiver.js');
      const receiver = createReceiver({
        ...(db ? { dbPath: db } : {}),
        failRate: rate(o.failRate, '--fail-rate', lang),
        timeoutRate: rate(o.timeoutRate, '--timeout-rate', lang),
        downForSeconds: Number(o.downFor ?? 0) || 0,
      });
      const url = await receiver.listen(port, o.host);
      console.log(say(lang, 'cli.receiver.listening', { url }));
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await receiver.close();
    });
}

export function registerRetry(program: Command, lang: Lang) {
  program
    .command('retry <ids...>')
    .description(say(lang, 'help.retry'))
    .option('--json', say(lang, 'help.--json'))
    .action(async (ids: string[], o: { json?: boolean }, cmd: Command) => {
      const targets = ids.map((text) => registrationId(text, lang));
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, (s) => {
        const results = targets.map((id) => {
          if (!s.core.store.get(id)) throw new UsageError(say(lang, 'cli.noRegistration', { id }));
          return { id, queued: s.ops.retryFailedDeliveries(s.user, { id }).length };
        });
        if (o.json) console.log(JSON.stringify(results));
        else
          for (const r of results)
            console.log(r.queued ? say(lang, 'cli.retry.queued', { id: r.id, n: r.queued }) : say(lang, 'cli.retry.nothing', { id: r.id }));
      });
    });
}
