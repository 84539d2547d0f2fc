/** `angio serve`: the S2S HTTP API, on loopback unless told otherwise. */
import type { Command } from 'commander';
import { VERSION } from '../../version.js';
import { createTokens } from '../../store/index.js';
import { openSession, UsageError, type GlobalOptions } from '../context.js';
import { createLog, logFormat, PINO_OPTIONS } from '../log.js';

export function registerServe(program: Command) {
  program
    .command('serve')
    .description('run the system-to-system HTTP API (bearer tokens: "angio token create")')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port', '8787')
    .option('--allow-remote', 'allow an address other than loopback (then put TLS in front of it)')
    .option('--body-limit <bytes>', 'largest request body', String(1024 * 1024))
    .option('--log <format>', 'text (start and stop only), or json: one JSON object per request and event (for a service)', 'text')
    .action(async (o: { host: string; port: string; allowRemote?: boolean; bodyLimit: string; log: string }, cmd: Command) => {
      const port = Number(o.port);
      const log = createLog(logFormat(o.log));
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a port number.');
      const { createApiServer } = await import('../../api/server.js');
      const { checkBoundAddresses, checkListenHost } = await import('../../api/loopback.js');
      const allowRemote = o.allowRemote === true;
      await checkListenHost(o.host, { allowRemote });
      const s = openSession(cmd.optsWithGlobals<GlobalOptions>());
      const app = createApiServer({
        core: s.core,
        ops: s.ops,
        tokens: createTokens(s.core.db, s.core.clock),
        lang: s.lang,
        version: VERSION,
        bodyLimit: Number(o.bodyLimit) || 1024 * 1024,
        ...(log.format === 'json' ? { log: { ...PINO_OPTIONS } } : {}),
      });
      await app.listen({ host: o.host, port });
      let remote: string[];
      try {
        remote = checkBoundAddresses(o.host, app.addresses(), { allowRemote });
      } catch (e) {
        await app.close();
        s.close();
        throw e;
      }
      if (remote.length)
        log.warn(
          `WARNING: the API listens on ${o.host} (${remote.join(', ')}), reachable from other machines. Use TLS and firewall rules.`,
          {
            event: 'remote',
          },
        );
      const address = app.server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      log.info(`angio API on http://${o.host}:${bound} (OpenAPI at /openapi.json); Ctrl+C or SIGTERM stops it.`, {
        event: 'started',
        host: o.host,
        port: bound,
      });
      const signal = await new Promise<string>((resolve) => {
        process.once('SIGINT', () => resolve('SIGINT'));
        process.once('SIGTERM', () => resolve('SIGTERM'));
      });
      // Fastify finishes the requests in flight (each one transaction, committed or not at all) and takes no new ones.
      log.info(`${signal}: stopping after the requests in progress.`, { event: 'stopping', signal });
      await app.close();
      s.close();
      log.info('stopped', { event: 'stopped' });
    });
}
