/**
 * What every route of the API shares: the core and operations of one database, the language of
 * its messages, and the door's own steps before and after the core is called (the token's user,
 * the registration a path names, the answer about one registration).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Lang } from '../registry/index.js';
import type { Tokens } from '../store/index.js';
import type { RecordContext } from '../exchange/import-row.js';
import type { Core, Operations } from '../operations/index.js';
import { HttpError } from './errors.js';
import { etagOf, registrationIdParam } from './input.js';
import { registrationView } from './view.js';

export interface ApiDeps {
  core: Core;
  ops: Operations;
  tokens: Tokens;
  lang: Lang;
  version: string;
  /** Largest accepted body in bytes (default 1 MiB). */
  bodyLimit?: number;
  /** pino's options for one JSON line per request (angio serve --log json); no log when absent. */
  log?: Record<string, unknown>;
}

export type ApiContext = ReturnType<typeof apiContext>;

export function apiContext(deps: ApiDeps) {
  const { core } = deps;
  const { store } = core;
  return {
    ...deps,
    /** The user of the request's bearer token, who must at least be allowed to read (401 or 403 otherwise). */
    userOf(request: FastifyRequest): string {
      const m = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
      if (!m)
        throw new HttpError(
          401,
          'a bearer token is required (Authorization: Bearer …); an admin creates one with "angio token create --user NAME"',
        );
      const user = deps.tokens.verify(m[1]!);
      if (!user) throw new HttpError(401, 'the bearer token is not valid (unknown, revoked or mistyped)');
      core.access.assert(user, 'read');
      return user;
    },
    /** The registration a path names, or a 400 (malformed id) or 404. */
    registration(idText: string) {
      const id = registrationIdParam(idText);
      const r = store.get(id);
      if (!r) throw new HttpError(404, `there is no registration ${id}`);
      return r;
    },
    /** Answers one registration, with its version as ETag (what a later PUT's If-Match gives back). */
    view(reply: FastifyReply, id: number) {
      const v = registrationView(core, deps.lang, id);
      void reply.header('etag', etagOf(v.rowVersion));
      return v;
    },
    /** How a record from outside the form is read: the user's author defaults, today, the reference lists. */
    contextFor(user: string): RecordContext {
      return { defaults: core.authorDefaults(user), lang: deps.lang, lists: store.lists, today: store.clock.today() };
    },
  };
}
