/**
 * The routes anyone on the machine may call without a token: the forms, the OpenAPI document and
 * the health check. None of them reads a registration.
 */
import type { FastifyInstance } from 'fastify';
import { catalogueJson, registrationTypes, TYPE_CODES, versionsOf } from '../registry/index.js';
import type { ApiContext } from './context.js';
import { HttpError } from './errors.js';
import { readQuery } from './input.js';
import { openApiDocument } from './openapi.js';

/** The highest migration applied: the schema version a service monitor compares across upgrades. */
const SCHEMA_VERSION = 'SELECT max(version) FROM schema_migrations';

export function registerDiscoveryRoutes(app: FastifyInstance, ctx: ApiContext) {
  app.get('/openapi.json', async (request) => {
    readQuery(request.query, []);
    return openApiDocument(ctx.version);
  });

  app.get('/dcds', async (request) => {
    readQuery(request.query, []);
    return TYPE_CODES.map((code) => ({ type: code, name: registrationTypes[code].name, versions: versionsOf(code) }));
  });

  app.get<{ Params: { type: string; version: string } }>('/dcds/:type/:version', async (request) => {
    readQuery(request.query, []);
    const type = request.params.type.toUpperCase();
    const t = catalogueJson().types.find((x) => x.code === type);
    const v = t?.versions.find((x) => x.version === request.params.version);
    if (!t || !v) throw new HttpError(404, `there is no form ${request.params.type} version ${request.params.version}`);
    return { type, name: t.name, ...v };
  });

  /**
   * Whether the database answers, which schema it is at and how much waits in the outbox. Counts
   * only, never a registration: a monitor needs no token. 503 when the database cannot be read.
   */
  app.get('/health', async (request, reply) => {
    readQuery(request.query, []);
    let schemaVersion: number;
    let backlog: { pending: number; failed: number };
    try {
      schemaVersion = ctx.core.db.prepare(SCHEMA_VERSION).pluck().get() as number;
      backlog = ctx.core.outbox.attention();
    } catch {
      return reply.code(503).send({
        status: 'unavailable',
        message: 'the database cannot be read; angio doctor says why (the file, its permissions, its integrity)',
      });
    }
    return { status: 'ok', database: 'reachable', schemaVersion, outbox: backlog, version: ctx.version };
  });
}
