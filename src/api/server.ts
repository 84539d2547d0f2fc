/**
 * The system-to-system HTTP API, modelled on HD4DP v2's: discover the forms, submit registrations
 * as JSON keyed by field id (the same coercion and validation as the form and CSV), read, update,
 * delete, send and follow up on them, and retry failed deliveries. Bearer tokens are bound to a user and that user's role; the core enforces
 * the role, so a refusal here is the same refusal as in the TUI or the CLI.
 */
import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest } from 'fastify';
import {
  catalogueJson,
  getForm,
  isTypeCode,
  registrationTypes,
  TYPE_CODES,
  versionsOf,
  type Lang,
  type TypeCode,
} from '../registry/index.js';
import {
  AccessDenied,
  editableData,
  isStatusFilter,
  sentWarningsOf,
  STATUS_FILTERS,
  StoreError,
  ValidationFailed,
  type Tokens,
} from '../store/index.js';
import { formatProblems, patientLabel, readinessProblems, warningProblem } from '../validation/index.js';
import { interpretRecord, type RecordContext } from '../exchange/import-row.js';
import { NotSent, type Core, type Operations } from '../operations/index.js';
import { submitRecord } from '../operations/submit.js';
import { openApiDocument } from './openapi.js';

export interface ApiDeps {
  core: Core;
  ops: Operations;
  tokens: Tokens;
  lang: Lang;
  version: string;
  /** Largest accepted body in bytes (default 1 MiB). */
  bodyLimit?: number;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

interface Submission {
  type?: string;
  dcd?: string;
  version?: string;
  status?: string;
  data?: unknown;
}

function parseSubmission(body: unknown, fixedType?: string) {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new HttpError(400, 'the body must be a JSON object: {"type": "P", "status": "draft"?, "data": {...}}');
  const b = body as Submission;
  const type = (fixedType ?? b.type ?? b.dcd ?? '').toString().toUpperCase();
  if (!isTypeCode(type))
    throw new HttpError(422, 'unknown or missing registration type', {
      problems: [{ field: 'type', code: 'invalid_code', message: 'use H, P, F, FP or FU' }],
    });
  const form = getForm(type, b.version);
  if (!form)
    throw new HttpError(422, `form ${type} version ${b.version} does not exist`, {
      problems: [
        {
          field: 'version',
          code: 'invalid_code',
          message: `versions: ${versionsOf(type)
            .map((v) => v.version)
            .join(', ')}`,
        },
      ],
    });
  if (typeof b.data !== 'object' || b.data === null || Array.isArray(b.data))
    throw new HttpError(400, '"data" must be an object keyed by field id');
  const status = b.status ?? '';
  if (status !== '' && status.toLowerCase() !== 'draft')
    throw new HttpError(422, 'bad status', {
      problems: [{ field: 'status', code: 'invalid_status', message: 'status must be "draft" or left out' }],
    });
  return { type, form, status, data: b.data as Record<string, unknown> };
}

export function createApiServer(deps: ApiDeps): FastifyInstance {
  const { core, ops } = deps;
  const { store } = core;
  const app = Fastify({ bodyLimit: deps.bodyLimit ?? 1024 * 1024, logger: false, forceCloseConnections: true });

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
    const id = Number(idText);
    const r = Number.isInteger(id) ? store.get(id) : undefined;
    if (!r) throw new HttpError(404, `there is no registration ${idText}`);
    return r;
  };
  const view = (id: number) => {
    const r = store.mustGet(id);
    const form = getForm(r.type, r.formVersion)!;
    const missing =
      r.status === 'open' || r.correctionData
        ? formatProblems(readinessProblems(form, editableData(r), { lists: store.lists, today: store.clock.today() }), deps.lang)
        : [];
    return {
      id: r.id,
      type: r.type,
      version: r.formVersion,
      status: r.status,
      registrationCode: r.registrationCode,
      delivery: r.delivery,
      patient: patientLabel(r.patientKey),
      parentId: r.parentId,
      submissions: r.submissions,
      createdAt: r.createdAt,
      createdBy: r.createdBy,
      updatedAt: r.updatedAt,
      updatedBy: r.updatedBy,
      rowVersion: r.rowVersion,
      data: r.data,
      missing,
      ...(r.status === 'sent'
        ? { sentWithWarnings: formatProblems(sentWarningsOf(store.history(r.id)).map(warningProblem), deps.lang) }
        : {}),
    };
  };
  const contextFor = (user: string): RecordContext => ({
    defaults: core.authorDefaults(user),
    lang: deps.lang,
    lists: store.lists,
    today: store.clock.today(),
  });

  app.setErrorHandler((error: FastifyError | Error, _request, reply) => {
    if (error instanceof HttpError) return reply.code(error.status).send({ message: error.message, ...error.extra });
    if (error instanceof NotSent)
      return reply
        .code(422)
        .send({ message: 'the registration cannot be sent; nothing was saved', problems: formatProblems(error.problems, deps.lang) });
    if (error instanceof AccessDenied) return reply.code(403).send({ message: error.message });
    if (error instanceof StoreError) {
      const status = { 'not-found': 404, conflict: 409, 'not-editable': 409, invalid: 422, 'unknown-form': 422, forbidden: 403 }[
        error.reason
      ];
      return reply.code(status).send({
        message: error.message,
        ...(error instanceof ValidationFailed ? { problems: formatProblems(error.problems, deps.lang) } : {}),
      });
    }
    const status = (error as FastifyError).statusCode;
    if (status && status >= 400 && status < 500) return reply.code(status).send({ message: error.message });
    // Never echo internals (or personal data) on a server error.
    return reply.code(500).send({ message: 'internal error; the registration was not changed' });
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

  app.get<{ Querystring: Record<string, string | undefined> }>('/registrations', async (request) => {
    userOf(request);
    const q = request.query;
    const type = q.type?.toUpperCase();
    if (type && !isTypeCode(type)) throw new HttpError(400, 'type must be H, P, F, FP or FU');
    const status = q.status ?? 'active';
    if (!isStatusFilter(status)) throw new HttpError(400, `status must be ${STATUS_FILTERS.join(', ')}`);
    const limit = Math.min(1000, Math.max(1, Number(q.limit ?? 100) || 100));
    const rows = store.list({
      status,
      ...(type ? { type: type as TypeCode } : {}),
      limit,
      ...(q.after ? { beforeId: Number(q.after) } : {}),
      ...(q.updatedSince ? { updatedSince: q.updatedSince } : {}),
    });
    return {
      registrations: rows.map((r) => ({ ...r, patient: patientLabel(r.patientKey), patientKey: undefined })),
      next: rows.length === limit ? rows.at(-1)!.id : null,
    };
  });

  app.post('/registrations', async (request, reply) => {
    const user = userOf(request);
    const s = parseSubmission(request.body);
    const r = interpretRecord(s.form, s.data, s.status, contextFor(user));
    const res = submitRecord(core, user, { type: s.type, record: r, resubmit: true, lang: deps.lang });
    if (res.outcome === 'rejected')
      return reply.code(422).send({ message: 'the registration has problems; nothing was saved', problems: res.problems });
    return reply.code(res.created ? 201 : 200).send({ outcome: res.outcome, ...view(res.id!), warnings: res.problems });
  });

  app.get<{ Params: { id: string } }>('/registrations/:id', async (request) => {
    userOf(request);
    return view(registration(request.params.id).id);
  });

  app.put<{ Params: { id: string } }>('/registrations/:id', async (request, reply) => {
    const user = userOf(request);
    const current = registration(request.params.id);
    if (current.status !== 'open')
      throw new HttpError(
        409,
        `registration ${current.id} is ${current.status}: only an Open one is replaced (POST the whole registration again to correct a Sent one)`,
      );
    const s = parseSubmission(request.body, current.type);
    const r = interpretRecord(getForm(current.type, current.formVersion)!, s.data, s.status, contextFor(user));
    if (!r.valid) return reply.code(422).send({ message: 'the registration has problems; nothing was saved', problems: r.problems });
    const saved = ops.saveDraft(user, { id: current.id, data: r.data, rowVersion: current.rowVersion, send: !r.draft });
    return view(saved.id);
  });

  app.delete<{ Params: { id: string } }>('/registrations/:id', async (request) => {
    const user = userOf(request);
    const r = registration(request.params.id);
    ops.deleteRegistration(user, { id: r.id });
    return view(r.id);
  });

  app.post<{ Params: { id: string } }>('/registrations/:id/send', async (request, reply) => {
    const user = userOf(request);
    const r = registration(request.params.id);
    const res = ops.sendRegistration(user, { id: r.id });
    if (!res.ok)
      return reply.code(422).send({ message: 'the registration cannot be sent yet', problems: formatProblems(res.problems, deps.lang) });
    return view(r.id);
  });

  app.post<{ Params: { id: string } }>('/registrations/:id/consent', async (request) => {
    const user = userOf(request);
    const r = registration(request.params.id);
    ops.recordConsent(user, { id: r.id });
    return view(r.id);
  });

  app.post<{ Params: { id: string } }>('/registrations/:id/retry', async (request) => {
    const user = userOf(request);
    const r = registration(request.params.id);
    const queued = ops.retryFailedDeliveries(user, { id: r.id });
    return { queued: queued.length, ...view(r.id) };
  });

  app.post<{ Params: { id: string } }>('/registrations/:id/follow-up', async (request, reply) => {
    const user = userOf(request);
    const parent = registration(request.params.id);
    const followUp = ops.createFollowUp(user, { parentId: parent.id });
    return reply.code(201).send(view(followUp.id));
  });

  return app;
}

/** Loopback addresses: the API binds to one of them unless told explicitly otherwise. */
export const isLoopback = (host: string) => host === 'localhost' || host === '::1' || /^127\./.test(host);
