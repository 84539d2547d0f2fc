/** `angio serve`: the S2S HTTP API, on loopback unless told otherwise. */
import type { Command } from 'commander';
import { say } from '../../messages.js';
import type { Lang } from '../../registry/index.js';
import { VERSION } from '../../version.js';
import { createTokens } from '../../store/index.js';
import { openSession, UsageError, type GlobalOptions } from '../context.js';
import { createLog, logFormat, PINO_OPTIONS } from '../log.js';

export function registerServe(program: Command, lang: Lang) {
  program
    .command('serve')
    .description(say(lang, 'help.serve'))
    .option('--host <host>', say(lang, 'help.--host'), '127.0.0.1')
    .option('--port <n>', say(lang, 'help.--port'), '8787')
    .option('--allow-remote', say(lang, 'help.serve.--allow-remote'))
    .option('--body-limit <bytes>', say(lang, 'help.serve.--body-limit'), String(1024 * 1024))
    .option('--log <format>', say(lang, 'help.serve.--log'), 'text')
    .action(async (o: { host: string; port: string; allowRemote?: boolean; bodyLimit: string; log: string }, cmd: Command) => {
      const port = Number(o.port);
      const log = createLog(logFormat(o.log, lang));
      // A service's JSON lines are read by log collectors: their messages stay in English, as their fields do.
      const said = log.format === 'json' ? 'en' : lang;
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(say(lang, 'cli.port'));
      const { createApiServer } = await import('../../api/server.js');
      const { checkBoundAddresses, checkListenHost } = await import('../../api/loopback.js');
      const allowRemote = o.allowRemote === true;
      await checkListenHost(o.host, { allowRemote, lang });
      // The API's own sentences are English (docs/api.md#running-the-server); its field problems are in the server's language.
      const s = openSession(cmd.optsWithGlobals<GlobalOptions>(), { sentencesIn: 'en' });
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
        remote = checkBoundAddresses(o.host, app.addresses(), { allowRemote, lang });
      } catch (e) {
        await app.close();
        s.close();
        throw e;
      }
      if (remote.length) log.warn(say(said, 'cli.serve.remote', { host: o.host, addresses: remote.join(', ') }), { event: 'remote' });
      const address = app.server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      log.info(say(said, 'cli.serve.started', { host: o.host, port: bound }), {
        event: 'started',
        host: o.host,
        port: bound,
      });
      const signal = await new Promise<string>((resolve) => {
        process.once('SIGINT', () => resolve('SIGINT'));
        process.once('SIGTERM', () => resolve('SIGTERM'));
      });
      // Fastify finishes the requests in flight (each one transaction, committed or not at all) and takes no new ones.
      log.info(say(said, 'cli.serve.stopping', { signal }), { event: 'stopping', signal });
      await app.close();
      s.close();
      log.info(say(said, 'cli.serve.stopped'), { event: 'stopped' });
    });
}
