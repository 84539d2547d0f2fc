/**
 * The system-to-system HTTP API, modelled on HD4DP v2's: discover the forms, submit registrations
 * as JSON keyed by field id (the same coercion and validation as the form and CSV), read, update,
 * delete, send and follow up on them, and retry failed deliveries. Bearer tokens are bound to a user and that user's role; the core enforces
 * the role, so a refusal here is the same refusal as in the TUI or the CLI.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { catalogueJson, getForm, registrationTypes, TYPE_CODES, versionsOf, type Lang } from '../registry/index.js';
import { StoreError, type Tokens } from '../store/index.js';
import { formatProblems, patientLabel } from '../validation/index.js';
import { interpretRecord, type RecordContext } from '../exchange/import-row.js';
import type { Core, Operations } from '../operations/index.js';
import { submitRecord } from '../operations/submit.js';
import { openApiDocument } from './openapi.js';
import { HttpError, installErrorHandler, problemsBody } from './errors.js';
import { assertShallow, etagOf, expectedVersion, listQuery, parseSubmission, registrationIdParam } from './input.js';
import { registrationView } from './view.js';

export interface ApiDeps {
  core: Core;
  ops: Operations;
  tokens: Tokens;
  lang: Lang;
  version: string;
  /** Largest accepted body in bytes (default 1 MiB). */
  bodyLimit?: number;
}

export function createApiServer(deps: ApiDeps): FastifyInstance {
  const { core, ops } = deps;
  const { store } = core;
  const app = Fastify({ bodyLimit: deps.bodyLimit ?? 1024 * 1024, logger: false, forceCloseConnections: true });
  installErrorHandler(app, deps.lang);
  app.addHook('preValidation', async (request) => assertShallow(request.body));

  const userOf = (request: FastifyRequest): string => {
    const header = request.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m)
      throw new HttpError(
        401,
        'a bearer token is required (Authorization: Bearer …); an admin creates one with "angio token create --user NAME"',
      );
    const user = deps.tokens.verify(m[1]!);
    if (!user) throw new HttpError(401, 'the bearer token is not valid (unknown, revoked or mistyped)');
    core.access.assert(user, 'read');
    return user;
  };
  const registration = (idText: string) => {
    const id = registrationIdParam(idText);
    const r = store.get(id);
    if (!r) throw new HttpError(404, `there is no registration ${id}`);
    return r;
  };
  /** Answers one registration, with its version as ETag (what a later PUT's If-Match gives back). */
  const view = (reply: FastifyReply, id: number) => {
    const v = registrationView(core, deps.lang, id);
    void reply.header('etag', etagOf(v.rowVersion));
    return v;
  };
  /** A change refused because the registration moved on since `expected`: 409 naming the version it is at. */
  const stale = (reply: FastifyReply, id: number, expected: number) => {
    const now = store.mustGet(id).rowVersion;
    return reply
      .code(409)
      .header('etag', etagOf(now))
      .send({
        message: `registration ${id} is at version ${now}, not ${expected}: it was changed since you read it. GET it again, apply your change and send rowVersion ${now}; nothing was saved`,
        currentRowVersion: now,
      });
  };
  const contextFor = (user: string): RecordContext => ({
    defaults: core.authorDefaults(user),
    lang: deps.lang,
    lists: store.lists,
    today: store.clock.today(),
  });

  app.get('/openapi.json', async () => openApiDocument(deps.version));
  app.get('/dcds', async () => TYPE_CODES.map((code) => ({ type: code, name: registrationTypes[code].name, versions: versionsOf(code) })));
  app.get<{ Params: { type: string; version: string } }>('/dcds/:type/:version', async (request) => {
    const type = request.params.type.toUpperCase();
    const t = catalogueJson().types.find((x) => x.code === type);
    const v = t?.versions.find((x) => x.version === request.params.version);
    if (!t || !v) throw new HttpError(404, `there is no form ${request.params.type} version ${request.params.version}`);
    return { type, name: t.name, ...v };
  });

  app.get('/registrations', async (request) => {
    userOf(request);
    const q = listQuery(request.query);
    const rows = store.list(q);
    return {
      registrations: rows.map((r) => ({ ...r, patient: patientLabel(r.patientKey), patientKey: undefined })),
      next: rows.length === q.limit ? rows.at(-1)!.id : null,
    };
  });

  app.post('/registrations', async (request, reply) => {
    const user = userOf(request);
    const s = parseSubmission(request.body);
    const r = interpretRecord(s.form, s.data, s.status, contextFor(user));
    const res = submitRecord(core, user, { type: s.type, record: r, resubmit: true, lang: deps.lang });
    if (res.outcome === 'rejected')
      return reply.code(422).send(problemsBody('the registration has problems; nothing was saved', res.problems));
    return reply.code(res.created ? 201 : 200).send({ outcome: res.outcome, ...view(reply, res.id!), warnings: res.problems });
  });

  app.get<{ Params: { id: string } }>('/registrations/:id', async (request, reply) => {
    userOf(request);
    return view(reply, registration(request.params.id).id);
  });

  app.put<{ Params: { id: string } }>('/registrations/:id', async (request, reply) => {
    const user = userOf(request);
    const current = registration(request.params.id);
    if (current.status !== 'open')
      throw new HttpError(
        409,
        `registration ${current.id} is ${current.status}: only an Open one is replaced (POST the whole registration again to correct a Sent one)`,
      );
    const expected = expectedVersion(request.headers, request.body);
    if (expected === undefined)
      throw new HttpError(
        428,
        `say which version of registration ${current.id} you changed: "rowVersion": ${current.rowVersion} in the body or If-Match: ${etagOf(current.rowVersion)} (its ETag), as GET gave it; then no one else's change is overwritten`,
      );
    const s = parseSubmission(request.body, current.type);
    const r = interpretRecord(getForm(current.type, current.formVersion)!, s.data, s.status, contextFor(user));
    if (!r.valid) return reply.code(422).send(problemsBody('the registration has problems; nothing was saved', r.problems));
    try {
      // The core compares the version inside its transaction: a writer in between makes this a conflict.
      const saved = ops.saveDraft(user, { id: current.id, data: r.data, rowVersion: expected, send: !r.draft });
      return view(reply, saved.id);
    } catch (e) {
      if (e instanceof StoreError && e.reason === 'conflict') return stale(reply, current.id, expected);
      throw e;
    }
  });

  app.delete<{ Params: { id: string } }>('/registrations/:id', async (request, reply) => {
    const user = userOf(request);
    const r = registration(request.params.id);
    const expected = expectedVersion(request.headers, request.body);
    try {
      ops.deleteRegistration(user, { id: r.id, ...(expected !== undefined ? { rowVersion: expected } : {}) });
    } catch (e) {
      if (e instanceof StoreError && e.reason === 'conflict' && expected !== undefined) return stale(reply, r.id, expected);
      throw e;
    }
    return view(reply, r.id);
  });

  app.post<{ Params: { id: string } }>('/registrations/:id/send', async (request, reply) => {
    const user = userOf(request);
    const r = registration(request.params.id);
    const res = ops.sendRegistration(user, { id: r.id });
    if (!res.ok) return reply.code(422).send(problemsBody('the registration cannot be sent yet', formatProblems(res.problems, deps.lang)));
    return view(reply, r.id);
  });

  app.post<{ Params: { id: string } }>('/registrations/:id/consent', async (request, reply) => {
    const user = userOf(request);
    const r = registration(request.params.id);
    ops.recordConsent(user, { id: r.id });
    return view(reply, r.id);
  });

  app.post<{ Params: { id: string } }>('/registrations/:id/retry', async (request, reply) => {
    const user = userOf(request);
    const r = registration(request.params.id);
    const queued = ops.retryFailedDeliveries(user, { id: r.id });
    return { queued: queued.length, ...view(reply, r.id) };
  });

  app.post<{ Params: { id: string } }>('/registrations/:id/follow-up', async (request, reply) => {
    const user = userOf(request);
    const parent = registration(request.params.id);
    const followUp = ops.createFollowUp(user, { parentId: parent.id });
    return reply.code(201).send(view(reply, followUp.id));
  });

  return app;
}
