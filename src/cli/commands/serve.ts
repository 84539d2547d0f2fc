/** `angio serve`: the S2S HTTP API, on loopback unless told otherwise. */
import type { Command } from 'commander';
import { VERSION } from '../../version.js';
import { createTokens } from '../../store/index.js';
import { openSession, UsageError, type GlobalOptions } from '../context.js';

export function registerServe(program: Command) {
  program
    .command('serve')
    .description('run the system-to-system HTTP API (bearer tokens: "angio token create")')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port', '8787')
    .option('--allow-remote', 'allow an address other than loopback (then put TLS in front of it)')
    .option('--body-limit <bytes>', 'largest request body', String(1024 * 1024))
    .action(async (o: { host: string; port: string; allowRemote?: boolean; bodyLimit: string }, cmd: Command) => {
      const port = Number(o.port);
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
        console.error(
          `WARNING: the API listens on ${o.host} (${remote.join(', ')}), reachable from other machines. Use TLS and firewall rules.`,
        );
      const address = app.server.address();
      console.log(
        `angio API on http://${o.host}:${typeof address === 'object' && address ? address.port : port} (OpenAPI at /openapi.json); Ctrl+C stops it.`,
      );
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await app.close();
      s.close();
    });
}
