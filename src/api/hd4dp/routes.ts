/**
 * HD4DP v2's S2S routes under /proxy, so that an interface written for HD4DP works with its base
 * URL changed (https://<hd4dp>/proxy → http://<angio>/proxy). Discovery answers from the catalogue;
 * a payload goes through the same core operation as POST /registrations (same roles, validation
 * policy, business-key matching and outcomes). Where HD4DP's documentation is silent the choices
 * are angio's, written down in docs/api.md#the-hd4dp-routes.
 */
import type { FastifyInstance } from 'fastify';
import { LIST_LIMIT_MAX, readQuery, type Query } from '../input.js';
import { interpretRecord } from '../../exchange/import-row.js';
import { submitRecord } from '../../operations/submit.js';
import type { ApiContext } from '../context.js';
import { HttpError, problemsBody } from '../errors.js';
import { registrationView } from '../view.js';
import { codeListView, fieldDefinition, menuStructure, organizations, payloadDefinition } from './catalogue.js';
import { codeListOfId, dcdIdOf, dcdVersionIdOf, fieldOfId, ORGANIZATION_ID } from './ids.js';
import { readPayload, withCodes } from './payload.js';
import { assertOrganization, dataSourceOfQuery, flagOfQuery, formOfQuery, languageOfQuery } from './query.js';
import { parsePositiveWhole } from '../../store/index.js';
import { currentSettings } from '../../operations/index.js';

export const HD4DP_BASE = '/proxy/api';

/** A numeric id parameter that must be there. */
function idOf(q: Query, name: string): number {
  const id = q[name] === undefined ? undefined : parsePositiveWhole(q[name]);
  if (id === undefined) throw new HttpError(400, `${name} is required: a positive whole number in plain digits`);
  return id;
}

export function registerHd4dpRoutes(app: FastifyInstance, ctx: ApiContext) {
  const { core, lang } = ctx;
  const { store } = core;

  app.get(`${HD4DP_BASE}/organizations`, async (request) => {
    readQuery(request.query, []);
    // The site settings as they are now: an admin may name the hospital while the server runs.
    const { 'hospital.name': name, 'hospital.inami': inami } = currentSettings(core);
    return organizations({ ...(name ? { name } : {}), ...(inami ? { inami } : {}) });
  });

  app.get(`${HD4DP_BASE}/dcd/menu/structure`, async (request) => {
    assertOrganization(readQuery(request.query, ['organization-id']));
    return menuStructure();
  });

  app.get(`${HD4DP_BASE}/dcd/payload/definition`, async (request) => {
    ctx.userOf(request);
    const q = readQuery(request.query, ['dcd-id', 'version', 'language-id']);
    return payloadDefinition(formOfQuery(q, { required: true })!, languageOfQuery(q));
  });

  app.get(`${HD4DP_BASE}/dcd/field`, async (request) => {
    ctx.userOf(request);
    const q = readQuery(request.query, ['field-id', 'language-id']);
    const id = idOf(q, 'field-id');
    const found = fieldOfId(id);
    if (!found || found.field.kind === 'title' || found.field.kind === 'info')
      throw new HttpError(404, `there is no field ${id}: the payload definition of a DCD version gives the ids of its fields`);
    const { form, field } = found;
    return {
      dcdId: dcdIdOf(form.type),
      dcdVersionId: dcdVersionIdOf(form.type, form.version),
      ...fieldDefinition(form, field, languageOfQuery(q)),
    };
  });

  app.get(`${HD4DP_BASE}/dcd/codelist`, async (request) => {
    ctx.userOf(request);
    const q = readQuery(request.query, ['codelist-id', 'language-id']);
    const id = idOf(q, 'codelist-id');
    const list = codeListOfId(id);
    if (!list) throw new HttpError(404, `there is no code list ${id}: a field's codeListId names its list`);
    return codeListView(list, languageOfQuery(q));
  });

  app.post(`${HD4DP_BASE}/dcd/payload/submit`, async (request, reply) => {
    const user = ctx.userOf(request);
    const q = readQuery(request.query, ['organization-id', 'dcd-id', 'dcd-version-id', 'data-src-type']);
    assertOrganization(q);
    const form = formOfQuery(q, { required: true })!;
    const dataSrcType = dataSourceOfQuery(q);
    const payload = readPayload(request.body);
    const record = interpretRecord(form, withCodes(form, payload.answers), payload.status, ctx.contextFor(user));
    const res = submitRecord(core, user, { type: form.type, record, resubmit: true, lang });
    if (res.outcome === 'rejected')
      return reply.code(422).send(problemsBody('the registration has problems; nothing was saved', res.problems));
    const r = store.mustGet(res.id!);
    return reply.code(202).send({
      registrationId: r.id,
      dcdId: dcdIdOf(r.type),
      dcdVersionId: dcdVersionIdOf(r.type, r.formVersion),
      dataSrcType,
      outcome: res.outcome,
      status: r.status,
      businessKey: r.businessKey ?? '',
      registrationCode: r.registrationCode,
      warnings: res.problems,
    });
  });

  app.get(`${HD4DP_BASE}/dcd/submit`, async (request) => {
    ctx.userOf(request);
    const q = readQuery(request.query, [
      'organization-id',
      'dcd-id',
      'dcd-version-id',
      'incl-submit-data',
      'incl-submit-results',
      'limit',
      'after',
    ]);
    assertOrganization(q);
    const form = formOfQuery(q, { required: false });
    const withData = flagOfQuery(q, 'incl-submit-data', false);
    const withResults = flagOfQuery(q, 'incl-submit-results', true);
    const limit = q.limit === undefined ? 100 : idOf(q, 'limit');
    const after = q.after === undefined ? undefined : idOf(q, 'after');
    const rows = store.list({
      status: 'active',
      limit: Math.min(limit, LIST_LIMIT_MAX),
      ...(form ? { type: form.type } : {}),
      ...(after !== undefined ? { beforeId: after } : {}),
    });
    const submissions = rows
      .filter((row) => !form || row.formVersion === form.version)
      .map((row) => {
        const r = store.mustGet(row.id);
        const view = withResults ? registrationView(core, lang, r.id) : undefined;
        const problems = view ? (view.status === 'sent' ? (view.sentWithWarnings ?? []) : view.missing) : [];
        const errors = problems.filter((p) => p.severity === 'error');
        return {
          registrationId: r.id,
          dcdId: dcdIdOf(r.type),
          dcdVersionId: dcdVersionIdOf(r.type, r.formVersion),
          status: r.status,
          businessKey: r.businessKey ?? '',
          registrationCode: r.registrationCode,
          submissions: r.submissions,
          updatedAt: r.updatedAt,
          ...(withData ? { data: r.data } : {}),
          ...(withResults
            ? { results: { valid: errors.length === 0, errors, warnings: problems.filter((p) => p.severity !== 'error') } }
            : {}),
        };
      });
    return {
      organizationId: ORGANIZATION_ID,
      submissions,
      next: rows.length === Math.min(limit, LIST_LIMIT_MAX) ? rows.at(-1)!.id : null,
    };
  });
}
