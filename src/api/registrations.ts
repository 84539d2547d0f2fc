/**
 * angio's own registration routes: submit (matched by business key), list, read, replace an Open
 * one based on the version read, delete, send, record consent, retry deliveries, start a follow-up.
 * Each calls one operation of the core, which checks the role and writes in one transaction.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { getForm } from '../registry/index.js';
import { StoreError } from '../store/index.js';
import { formatProblems, patientLabel } from '../validation/index.js';
import { interpretRecord } from '../exchange/import-row.js';
import { submitRecord } from '../operations/submit.js';
import type { ApiContext } from './context.js';
import { HttpError, problemsBody } from './errors.js';
import { etagOf, expectedVersion, listQuery, parseSubmission } from './input.js';
import { withCodes } from './hd4dp/payload.js';

export function registerRegistrationRoutes(app: FastifyInstance, ctx: ApiContext) {
  const { core, ops, lang } = ctx;
  const { store } = core;

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

  app.get('/registrations', async (request) => {
    ctx.userOf(request);
    const q = listQuery(request.query);
    const rows = store.list(q);
    return {
      registrations: rows.map((r) => ({ ...r, patient: patientLabel(r.patientKey), patientKey: undefined })),
      next: rows.length === q.limit ? rows.at(-1)!.id : null,
    };
  });

  app.post('/registrations', async (request, reply) => {
    const user = ctx.userOf(request);
    const s = parseSubmission(request.body);
    // Code fields take a code-list value id as HD4DP's routes do, or the plain code (docs/api.md#ids).
    const r = interpretRecord(s.form, withCodes(s.form, s.data), s.status, ctx.contextFor(user));
    const res = submitRecord(core, user, { type: s.type, record: r, resubmit: true, lang });
    if (res.outcome === 'rejected')
      return reply.code(422).send(problemsBody('the registration has problems; nothing was saved', res.problems));
    return reply.code(res.created ? 201 : 200).send({ outcome: res.outcome, ...ctx.view(reply, res.id!), warnings: res.problems });
  });

  app.get<{ Params: { id: string } }>('/registrations/:id', async (request, reply) => {
    ctx.userOf(request);
    return ctx.view(reply, ctx.registration(request.params.id).id);
  });

  app.put<{ Params: { id: string } }>('/registrations/:id', async (request, reply) => {
    const user = ctx.userOf(request);
    const current = ctx.registration(request.params.id);
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
    const form = getForm(current.type, current.formVersion)!;
    const r = interpretRecord(form, withCodes(form, s.data), s.status, ctx.contextFor(user));
    if (!r.valid) return reply.code(422).send(problemsBody('the registration has problems; nothing was saved', r.problems));
    try {
      // The core compares the version inside its transaction: a writer in between makes this a conflict.
      const saved = ops.saveDraft(user, { id: current.id, data: r.data, rowVersion: expected, send: !r.draft });
      return ctx.view(reply, saved.id);
    } catch (e) {
      if (e instanceof StoreError && e.reason === 'conflict') return stale(reply, current.id, expected);
      throw e;
    }
  });

  app.delete<{ Params: { id: string } }>('/registrations/:id', async (request, reply) => {
    const user = ctx.userOf(request);
    const r = ctx.registration(request.params.id);
    const expected = expectedVersion(request.headers, request.body);
    try {
      ops.deleteRegistration(user, { id: r.id, ...(expected !== undefined ? { rowVersion: expected } : {}) });
    } catch (e) {
      if (e instanceof StoreError && e.reason === 'conflict' && expected !== undefined) return stale(reply, r.id, expected);
      throw e;
    }
    return ctx.view(reply, r.id);
  });

  app.post<{ Params: { id: string } }>('/registrations/:id/send', async (request, reply) => {
    const user = ctx.userOf(request);
    const r = ctx.registration(request.params.id);
    const res = ops.sendRegistration(user, { id: r.id });
    if (!res.ok) return reply.code(422).send(problemsBody('the registration cannot be sent yet', formatProblems(res.problems, lang)));
    return ctx.view(reply, r.id);
  });

  app.post<{ Params: { id: string } }>('/registrations/:id/consent', async (request, reply) => {
    const user = ctx.userOf(request);
    const r = ctx.registration(request.params.id);
    ops.recordConsent(user, { id: r.id });
    return ctx.view(reply, r.id);
  });

  app.post<{ Params: { id: string } }>('/registrations/:id/retry', async (request, reply) => {
    const user = ctx.userOf(request);
    const r = ctx.registration(request.params.id);
    const queued = ops.retryFailedDeliveries(user, { id: r.id });
    return { queued: queued.length, ...ctx.view(reply, r.id) };
  });

  app.post<{ Params: { id: string } }>('/registrations/:id/follow-up', async (request, reply) => {
    const user = ctx.userOf(request);
    const parent = ctx.registration(request.params.id);
    const followUp = ops.createFollowUp(user, { parentId: parent.id });
    return reply.code(201).send(ctx.view(reply, followUp.id));
  });
}
