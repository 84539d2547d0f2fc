/**
 * The OpenAPI document of the S2S API, generated from the same zod schemas that validate every
 * input (the catalogue's draft schema per registration type).
 */
import { formOf, TYPE_CODES } from '../registry/index.js';
import { STATUS_FILTERS } from '../store/index.js';
import { draftSchema } from '../validation/index.js';
import { zodLib } from '../validation/field-schemas.js';
import { PROBLEMS_SHOWN } from './errors.js';
import { LIST_LIMIT_MAX, MAX_BODY_DEPTH } from './input.js';

const problem = {
  type: 'object',
  properties: {
    field: { type: 'string' },
    code: { type: 'string' },
    severity: { type: 'string', enum: ['error', 'warning'] },
    message: { type: 'string' },
    value: { type: 'string' },
  },
};

export function openApiDocument(version: string) {
  const schemas: Record<string, unknown> = { Problem: problem };
  const { z } = zodLib();
  for (const t of TYPE_CODES) {
    schemas[`Data${t}`] = z.toJSONSchema(draftSchema(formOf(t)), { unrepresentable: 'any', io: 'input' });
  }
  const submission = {
    type: 'object',
    required: ['type', 'data'],
    properties: {
      type: { type: 'string', enum: [...TYPE_CODES], description: 'registration type (alias: dcd)' },
      version: { type: 'string', description: 'form version; the current one when left out' },
      status: {
        type: 'string',
        enum: ['draft'],
        description: '"draft" keeps the registration Open; without it, it is validated completely and sent',
      },
      data: {
        oneOf: TYPE_CODES.map((t) => ({ $ref: `#/components/schemas/Data${t}` })),
        description: 'answers keyed by DCD field id; codes as in CSV (not HD4DP code-list ids); dates yyyy-mm-dd or dd/mm/yyyy',
      },
    },
  };
  const errors = {
    400: {
      description: `malformed JSON or request: a query parameter unknown, repeated or malformed, an id not written in plain digits, a body nested more than ${MAX_BODY_DEPTH} levels deep`,
    },
    401: { description: 'no or invalid bearer token' },
    403: { description: "the token's user may not do this" },
    413: { description: 'body too large' },
    422: {
      description: `problems with the data: errors first, at most ${PROBLEMS_SHOWN} listed; problemsTotal says how many there are`,
      content: {
        'application/json': {
          schema: {
            type: 'object',
            properties: {
              message: { type: 'string' },
              problems: { type: 'array', maxItems: PROBLEMS_SHOWN, items: { $ref: '#/components/schemas/Problem' } },
              problemsTotal: { type: 'integer' },
            },
          },
        },
      },
    },
  };
  const id = {
    name: 'id',
    in: 'path',
    required: true,
    description: 'a positive whole number in plain digits ("0x1", "1e0", "01" or " 1" are refused with 400)',
    schema: { type: 'string', pattern: '^[1-9][0-9]*$' },
  };
  const etag = {
    ETag: { description: 'the version of the registration, its rowVersion as a strong tag: "7"', schema: { type: 'string' } },
  };
  // Not required as a header: PUT takes the version from rowVersion in the body just as well.
  const ifMatch = (description: string) => ({ name: 'If-Match', in: 'header', required: false, description, schema: { type: 'string' } });
  const ifMatchPut = ifMatch(
    'the ETag the change is based on, as GET gave it ("7"); or rowVersion in the body. One of the two is required (428 without)',
  );
  const ifMatchDelete = ifMatch('the ETag the deletion is based on ("7"): when given, a registration changed since is not deleted (409)');
  const stale = {
    description: 'not Open, or changed since the version given (the body names the current one: currentRowVersion, and its ETag)',
  };
  const listParameters = [
    { name: 'status', schema: { type: 'string', enum: [...STATUS_FILTERS], default: 'active' } },
    { name: 'type', schema: { type: 'string', enum: [...TYPE_CODES] } },
    {
      name: 'updatedSince',
      description: 'an ISO 8601 date or a date-time with its zone',
      schema: { type: 'string', anyOf: [{ format: 'date' }, { format: 'date-time' }] },
    },
    {
      name: 'limit',
      description: `more than ${LIST_LIMIT_MAX} is read as ${LIST_LIMIT_MAX}`,
      schema: { type: 'integer', minimum: 1, default: 100 },
    },
    { name: 'after', description: 'the "next" of the previous page', schema: { type: 'string', pattern: '^[1-9][0-9]*$' } },
  ].map((p) => ({ ...p, in: 'query', description: [p.description, 'at most once'].filter(Boolean).join('; ') }));
  const bearer = [{ bearer: [] }];
  return {
    openapi: '3.1.0',
    info: { title: 'angio S2S API (ANGIO registry, HDBP0012)', version },
    components: { schemas: { ...schemas, Submission: submission }, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths: {
      '/dcds': { get: { summary: 'registration types and their form versions', responses: { 200: { description: 'list' } } } },
      '/dcds/{type}/{version}': {
        get: {
          summary: 'every field of a form: type, required flag, code values, step, condition',
          responses: { 200: { description: 'the form' }, 404: { description: 'unknown' } },
        },
      },
      '/registrations': {
        get: {
          summary: 'list registrations',
          security: bearer,
          parameters: listParameters,
          responses: { 200: { description: 'rows' }, ...errors },
        },
        post: {
          summary: 'create (or, matching a business key, update / correct) a registration',
          security: bearer,
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Submission' } } } },
          responses: { 201: { description: 'created' }, 200: { description: 'updated, resubmitted or unchanged' }, ...errors },
        },
      },
      '/registrations/{id}': {
        parameters: [id],
        get: {
          summary: 'one registration with what it still lacks',
          security: bearer,
          responses: { 200: { description: 'the registration', headers: etag }, 404: { description: 'unknown' }, ...errors },
        },
        put: {
          summary: 'replace the answers of an Open registration (status "draft" keeps it Open, else it is sent), based on the version read',
          security: bearer,
          parameters: [ifMatchPut],
          requestBody: {
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    { $ref: '#/components/schemas/Submission' },
                    { type: 'object', properties: { rowVersion: { type: 'integer', minimum: 1, description: 'the rowVersion read' } } },
                  ],
                },
              },
            },
          },
          responses: {
            200: { description: 'saved', headers: etag },
            409: stale,
            428: { description: 'neither rowVersion nor If-Match says which version was changed' },
            ...errors,
          },
        },
        delete: {
          summary: 'delete an Open registration (kept for audit)',
          security: bearer,
          parameters: [ifMatchDelete],
          responses: { 200: { description: 'deleted' }, 409: stale, ...errors },
        },
      },
      '/registrations/{id}/send': {
        parameters: [id],
        post: { summary: 'send an Open registration', security: bearer, responses: { 200: { description: 'sent' }, ...errors } },
      },
      '/registrations/{id}/consent': {
        parameters: [id],
        post: {
          summary: "record the patient's consent to an optional registration (LOC_CONSENT), so that it can be sent",
          security: bearer,
          responses: { 200: { description: 'the registration' }, 404: { description: 'unknown' }, ...errors },
        },
      },
      '/registrations/{id}/retry': {
        parameters: [id],
        post: {
          summary: 'queue the failed deliveries of a registration again, due now (after the cause was fixed)',
          security: bearer,
          responses: {
            200: { description: 'the registration, with how many items were queued' },
            404: { description: 'unknown' },
            ...errors,
          },
        },
      },
      '/registrations/{id}/follow-up': {
        parameters: [id],
        post: {
          summary: 'start the follow-up (FU) of a P or FP hospitalisation, linked to it, with its patient answers',
          security: bearer,
          responses: { 201: { description: 'the follow-up, Open' }, 404: { description: 'unknown' }, ...errors },
        },
      },
    },
  };
}
