/** `angio transmit [--watch]`: deliver the outbox headless; `angio receiver`: the reference receiver. */
import type { Command } from 'commander';
import { EXIT, UsageError, withSession, type GlobalOptions } from '../context.js';
import { registrationId } from '../format.js';
import { createLog, logFormat } from '../log.js';

const rate = (v: string | undefined, name: string) => {
  if (v === undefined) return 0;
  const n = Number(v);
  if (!(n >= 0 && n <= 1)) throw new UsageError(`${name} must be a number from 0 to 1.`);
  return n;
};

export function registerTransmit(program: Command) {
  program
    .command('transmit')
    .description('deliver what is due in the outbox (one pass; --watch keeps going); exit 1 when an item failed')
    .option('--watch', 'keep delivering as items fall due, until interrupted')
    .option('--retry-now', 'every pending item is due now, once (after an outage); then the usual backoff resumes')
    .option('--healthdata-url <url>', 'Healthdata endpoint (else $ANGIO_HEALTHDATA_URL, else the settings)')
    .option('--cin-url <url>', 'insurers (CIN/NIC) endpoint (else $ANGIO_CIN_URL, else the settings)')
    .option('--timeout <ms>', 'per request', '10000')
    .option('--log <format>', 'text, or json: one JSON object per line (for a service)', 'text')
    .option('--json', 'print the totals as JSON at the end')
    .action(
      async (
        o: { watch?: boolean; retryNow?: boolean; healthdataUrl?: string; cinUrl?: string; timeout: string; log: string; json?: boolean },
        cmd: Command,
      ) => {
        const log = createLog(logFormat(o.log));
        await withSession({ ...cmd.optsWithGlobals<GlobalOptions>(), ...o }, {}, async (s) => {
          if (!s.endpoints.healthdata && !s.endpoints.cin) {
            throw new UsageError(
              'No endpoint is configured: use --healthdata-url / --cin-url, ANGIO_HEALTHDATA_URL / ANGIO_CIN_URL, or "angio settings set endpoints.healthdata URL". Items wait in the outbox.',
            );
          }
          const deliverer = s.ops.openDelivery(s.user, { endpoints: s.endpoints, timeoutMs: Number(o.timeout) || 10_000 });
          if (o.retryNow) {
            const brought = s.ops.deliverPendingNow(s.user);
            if (!o.json || log.format === 'json')
              log.info(`${brought} pending item(s) brought forward: due now.`, { event: 'retry-now', items: brought });
          }
          // A signal stops the loop between passes: the pass in flight finishes (each item is
          // recorded delivered, to retry or failed), so nothing is left half-done.
          let stop = false;
          let wake = () => {};
          const onSignal = (signal: string) => {
            if (!stop) log.info(`${signal}: stopping after the delivery in progress.`, { event: 'stopping', signal });
            stop = true;
            wake();
          };
          process.once('SIGINT', onSignal);
          process.once('SIGTERM', onSignal);
          if (o.watch) log.info('delivering as items fall due; Ctrl+C or SIGTERM stops.', { event: 'started', ...s.endpoints });
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
                if (log.format === 'json')
                  (r.outcome === 'failed' ? log.warn : log.info)(`#${r.registrationId} → ${r.destination}: ${r.outcome}`, fields);
                else if (r.outcome !== 'delivered' && !o.json)
                  log.info(`#${r.registrationId} → ${r.destination}: ${r.outcome} (${r.detail})`);
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
            log.info('transmit done', {
              event: 'done',
              ...totals,
              busyElsewhere: elsewhere,
              pending: summary.pending,
              failedInOutbox: summary.failed,
            });
          else
            console.log(
              `delivered ${totals.delivered}, to retry ${totals.retry}, failed ${totals.failed}; outbox: ${summary.pending} pending${summary.nextAttemptAt ? ` (next try ${summary.nextAttemptAt})` : ''}, ${summary.failed} failed, ${summary.delivered} delivered${elsewhere ? `; ${elsewhere} being delivered by another angio process` : ''}`,
            );
          if (summary.failed > 0) process.exitCode = EXIT.problems;
        });
      },
    );

  program
    .command('receiver')
    .description('run the reference receiver (POST /healthdata, POST /cin, GET /received) for testing a set-up')
    .option('--port <n>', 'port', '8788')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--db <path>', 'SQLite file for what is received (default: in memory)')
    .option('--fail-rate <r>', 'share of requests answered 503 (0-1)')
    .option('--timeout-rate <r>', 'share of requests stored but never answered (0-1)')
    .option('--down-for <seconds>', 'drop every connection for this long after start')
    .action(async (o: { port: string; host: string; failRate?: string; timeoutRate?: string; downFor?: string }, cmd: Command) => {
      const port = Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a port number.');
      // The program's own --db takes the option wherever it is written (angio list --db X works so),
      // so the receiver's --db arrives among the global options; $ANGIO_DB, angio's database, is not its file.
      const { db } = cmd.optsWithGlobals<{ db?: string }>();
      const { createReceiver } = await import('../../receiver/receiver.js');
      const receiver = createReceiver({
        ...(db ? { dbPath: db } : {}),
        failRate: rate(o.failRate, '--fail-rate'),
        timeoutRate: rate(o.timeoutRate, '--timeout-rate'),
        downForSeconds: Number(o.downFor ?? 0) || 0,
      });
      const url = await receiver.listen(port, o.host);
      console.log(`angio receiver listening on ${url} (POST /healthdata, POST /cin, GET /received); Ctrl+C stops it.`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await receiver.close();
    });
}

export function registerRetry(program: Command) {
  program
    .command('retry <ids...>')
    .description('queue the failed deliveries of these registrations again, due now (after fixing the cause); "angio transmit" sends them')
    .option('--json', 'print JSON')
    .action(async (ids: string[], o: { json?: boolean }, cmd: Command) => {
      const targets = ids.map(registrationId);
      await withSession(cmd.optsWithGlobals<GlobalOptions>(), {}, (s) => {
        const results = targets.map((id) => {
          if (!s.core.store.get(id)) throw new UsageError(`There is no registration ${id}.`);
          return { id, queued: s.ops.retryFailedDeliveries(s.user, { id }).length };
        });
        if (o.json) console.log(JSON.stringify(results));
        else
          for (const r of results)
            console.log(`#${r.id}: ${r.queued ? `${r.queued} failed item(s) queued again` : 'nothing failed to deliver'}`);
      });
    });
}
