/**
 * The system-to-system HTTP API, modelled on HD4DP v2's (docs/api.md): discover the forms, submit
 * registrations as JSON keyed by field id (the same coercion and validation as the form and CSV),
 * read, update, delete, send and follow up on them, retry failed deliveries; and HD4DP's own S2S
 * routes beside angio's. Bearer tokens are bound to a user and that user's role; the core enforces
 * the role, so a refusal here is the same refusal as in the TUI or the CLI.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { apiContext, type ApiDeps } from './context.js';
import { registerDiscoveryRoutes } from './discovery.js';
import { installErrorHandler } from './errors.js';
import { registerHd4dpRoutes } from './hd4dp/routes.js';
import { assertShallow } from './input.js';
import { registerRegistrationRoutes } from './registrations.js';

export type { ApiDeps };

/**
 * What a log line says of a request: method, path, client address. Never the query string (a
 * search may hold a national number) and never a header (the bearer token).
 */
const requestLine = (req: { method: string; url: string; ip?: string }) => ({
  method: req.method,
  path: req.url.split('?')[0],
  remoteAddress: req.ip,
});

export function createApiServer(deps: ApiDeps): FastifyInstance {
  const app = Fastify({
    bodyLimit: deps.bodyLimit ?? 1024 * 1024,
    logger: deps.log
      ? { ...deps.log, serializers: { req: requestLine, res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }) } }
      : false,
    forceCloseConnections: true,
  });
  installErrorHandler(app, deps.lang);
  app.addHook('preValidation', async (request) => assertShallow(request.body));
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({
      message: `there is no route ${request.method} ${request.url.split('?')[0]!.slice(0, 100)}: GET /openapi.json lists them`,
    }),
  );
  const ctx = apiContext(deps);
  registerDiscoveryRoutes(app, ctx);
  registerRegistrationRoutes(app, ctx);
  registerHd4dpRoutes(app, ctx);
  return app;
}
