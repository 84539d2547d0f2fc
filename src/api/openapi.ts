/**
 * The OpenAPI document of the S2S API, generated from the same zod schemas that validate every
 * input (the catalogue's draft schema per registration type).
 */
import { formOf, TYPE_CODES } from '../registry/index.js';
import { draftSchema } from '../validation/index.js';
import { zodLib } from '../validation/field-schemas.js';

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
    400: { description: 'malformed JSON or request' },
    401: { description: 'no or invalid bearer token' },
    403: { description: "the token's user may not do this" },
    413: { description: 'body too large' },
    422: {
      description: 'problems with the data',
      content: {
        'application/json': {
          schema: { type: 'object', properties: { problems: { type: 'array', items: { $ref: '#/components/schemas/Problem' } } } },
        },
      },
    },
  };
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
          parameters: ['status', 'type', 'updatedSince', 'limit', 'after'].map((name) => ({
            name,
            in: 'query',
            schema: { type: 'string' },
          })),
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
        get: {
          summary: 'one registration with what it still lacks',
          security: bearer,
          responses: { 200: { description: 'the registration' }, 404: { description: 'unknown' }, ...errors },
        },
        put: {
          summary: 'replace the answers of an Open registration (status "draft" keeps it Open, else it is sent)',
          security: bearer,
          responses: { 200: { description: 'saved' }, 409: { description: 'not Open' }, ...errors },
        },
        delete: {
          summary: 'delete an Open registration (kept for audit)',
          security: bearer,
          responses: { 200: { description: 'deleted' }, 409: { description: 'not Open' }, ...errors },
        },
      },
      '/registrations/{id}/send': {
        post: { summary: 'send an Open registration', security: bearer, responses: { 200: { description: 'sent' }, ...errors } },
      },
      '/registrations/{id}/consent': {
        post: {
          summary: "record the patient's consent to an optional registration (LOC_CONSENT), so that it can be sent",
          security: bearer,
          responses: { 200: { description: 'the registration' }, 404: { description: 'unknown' }, ...errors },
        },
      },
      '/registrations/{id}/retry': {
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
        post: {
          summary: 'start the follow-up (FU) of a P or FP hospitalisation, linked to it, with its patient answers',
          security: bearer,
          responses: { 201: { description: 'the follow-up, Open' }, 404: { description: 'unknown' }, ...errors },
        },
      },
    },
  };
}
