/** The paths of angio's own routes in the OpenAPI document (docs/api.md#angios-routes). */
import { STATUS_FILTERS } from '../../store/index.js';
import { TYPE_CODES } from '../../registry/index.js';
import { LIST_LIMIT_MAX, MAX_BODY_DEPTH } from '../input.js';
import * as ex from './examples.js';
import { operation, query, type ErrorStatus } from './operation.js';

const ID_PATTERN = '^[1-9][0-9]*$';
const id = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'the registration id: a positive whole number in plain digits ("0x1", "1e0", "01" or " 1" are refused with 400)',
  schema: { type: 'string', pattern: ID_PATTERN },
  example: '12',
};
const etag = {
  ETag: { description: 'the version of the registration, its rowVersion as a strong tag: "7"', schema: { type: 'string' }, example: '"1"' },
};
const ifMatch = (description: string) => ({
  name: 'If-Match',
  in: 'header',
  required: false,
  description,
  schema: { type: 'string' },
  example: '"1"',
});
const form = ex.registration;
const READ: ErrorStatus[] = [400, 401, 403, 404];
// A POST, PUT or DELETE may carry a body even where the route reads none: it is still parsed, so
// one that is not JSON or is over the limit is refused on every such route.
const WITH_BODY: ErrorStatus[] = [413, 415];
const WRITE: ErrorStatus[] = [400, 401, 403, 404, 409, ...WITH_BODY, 422];

export function angioPaths() {
  const registration = (description: string, example: unknown = form) => ({ description, schema: 'Registration', example, headers: etag });
  return {
    '/openapi.json': {
      get: operation({
        operationId: 'getOpenApiDocument',
        summary: 'This document, made by the running server from the schemas that validate',
        tag: 'forms',
        token: false,
        answers: {
          200: {
            description: 'the OpenAPI 3.1 document',
            schema: 'OpenApiDocument',
            example: { openapi: '3.1.0', info: { title: 'angio S2S API (ANGIO registry, HDBP0012)', version: '0.1.0' }, paths: {} },
          },
        },
        errors: [400],
      }),
    },
    '/dcds': {
      get: operation({
        operationId: 'listForms',
        summary: 'The registration types and their form versions',
        tag: 'forms',
        token: false,
        answers: {
          200: {
            description: 'the five types',
            schema: 'FormList',
            example: [
              {
                type: 'P',
                name: { en: 'Hospitalisation with PCI', nl: 'Hospitalisatie met PCI', fr: 'Hospitalisation avec PCI' },
                versions: [{ version: '2', date: '2023-11-28', current: true }],
              },
            ],
          },
        },
        errors: [400],
      }),
    },
    '/dcds/{type}/{version}': {
      parameters: [
        {
          name: 'type',
          in: 'path',
          required: true,
          description: 'the registration type',
          schema: { type: 'string', enum: [...TYPE_CODES] },
          example: 'P',
        },
        { name: 'version', in: 'path', required: true, description: 'the form version', schema: { type: 'string' }, example: '2' },
      ],
      get: operation({
        operationId: 'getForm',
        summary: 'Every field of a form: type, required flag, code values, step, condition',
        tag: 'forms',
        token: false,
        answers: {
          200: {
            description: 'the form',
            schema: 'Form',
            example: {
              type: 'P',
              name: { en: 'Hospitalisation with PCI', nl: 'Hospitalisatie met PCI', fr: 'Hospitalisation avec PCI' },
              version: '2',
              date: '2023-11-28',
              current: true,
              steps: [{ id: 'admission', title: { en: 'Admission', nl: 'Opname', fr: 'Admission' } }],
              fields: [
                {
                  id: 'DT_HOSPZ',
                  type: 'date',
                  label: { en: 'Admission date', nl: 'Opnamedatum', fr: "Date d'admission" },
                  step: 'admission',
                  required: true,
                  local: false,
                  personal: false,
                },
              ],
            },
          },
        },
        errors: [400, 404],
      }),
    },
    '/registrations': {
      get: operation({
        operationId: 'listRegistrations',
        summary: 'Registrations, newest first, a page at a time (NISS masked)',
        tag: 'registrations',
        token: true,
        parameters: [
          query('status', 'which registrations; at most once', { type: 'string', enum: [...STATUS_FILTERS], default: 'active' }),
          query('type', 'one registration type; at most once', { type: 'string', enum: [...TYPE_CODES] }),
          query('updatedSince', 'changed at or after: an ISO 8601 date, or a date-time with its zone; at most once', {
            type: 'string',
            examples: ['2026-03-10T08:00:00Z'],
          }),
          query('limit', `rows per page; more than ${LIST_LIMIT_MAX} is read as ${LIST_LIMIT_MAX}; at most once`, {
            type: 'integer',
            minimum: 1,
            default: 100,
          }),
          query('after', 'the "next" of the previous page; at most once', { type: 'string', pattern: ID_PATTERN }),
        ],
        answers: { 200: { description: 'one page', schema: 'RegistrationPage', example: ex.page } },
        errors: [400, 401, 403],
      }),
      post: operation({
        operationId: 'submitRegistration',
        summary: 'Create a registration, or update / correct the one with the same business key',
        description: `A draft is kept Open; otherwise it is validated completely and sent (an optional registration without consent is kept Open, outcome awaiting-consent). A body that matches a registration by business key (type, patient, key date) updates it while Open, or resubmits it as a correction once Sent; the same body twice changes nothing. A code field takes the plain code or the id of its code-list value (ValueId); values may also be written as in CSV ("180", "10/03/2026"). The body is nested at most ${MAX_BODY_DEPTH} levels deep.`,
        tag: 'registrations',
        token: true,
        body: { schema: 'Submission', example: ex.submission },
        answers: {
          201: {
            description: 'created (and sent unless a draft)',
            schema: 'SubmitAnswer',
            example: { outcome: 'created', ...form, warnings: [] },
          },
          200: {
            description: 'matched by business key: updated, resubmitted or unchanged',
            schema: 'SubmitAnswer',
            example: { outcome: 'unchanged', ...form, warnings: [] },
          },
        },
        errors: [400, 401, 403, 409, ...WITH_BODY, 422],
      }),
    },
    '/registrations/{id}': {
      parameters: [id],
      get: operation({
        operationId: 'getRegistration',
        summary: 'One registration, with what it still lacks (or the warnings it was sent with)',
        tag: 'registrations',
        token: true,
        answers: { 200: registration('the registration') },
        errors: READ,
      }),
      put: operation({
        operationId: 'replaceRegistration',
        summary: 'Replace the answers of an Open registration, based on the version read',
        description:
          '"status": "draft" keeps it Open; otherwise it is sent. The version read goes in rowVersion or If-Match; a change since then is a 409 that names the current version.',
        tag: 'registrations',
        token: true,
        parameters: [
          ifMatch(
            'the ETag the change is based on, as GET gave it ("7"); or rowVersion in the body. One of the two is required (428 without)',
          ),
        ],
        body: { schema: 'Replacement', example: ex.replacement },
        answers: { 200: registration('saved', { ...form, rowVersion: 2, data: ex.replacement.data }) },
        errors: [...WRITE, 428],
      }),
      delete: operation({
        operationId: 'deleteRegistration',
        summary: 'Delete an Open registration (kept for audit)',
        tag: 'registrations',
        token: true,
        parameters: [ifMatch('the ETag the deletion is based on ("7"): when given, a registration changed since is not deleted (409)')],
        answers: { 200: registration('deleted', { ...form, status: 'deleted', rowVersion: 2 }) },
        errors: WRITE,
      }),
    },
    '/registrations/{id}/send': {
      parameters: [id],
      post: operation({
        operationId: 'sendRegistration',
        summary: 'Send an Open registration (complete validation, registration code, outbox)',
        tag: 'registrations',
        token: true,
        answers: { 200: registration('sent', ex.sent) },
        errors: WRITE,
      }),
    },
    '/registrations/{id}/consent': {
      parameters: [id],
      post: operation({
        operationId: 'recordConsent',
        summary: "Record the patient's consent to an optional registration, so that it can be sent",
        tag: 'registrations',
        token: true,
        answers: { 200: registration('the registration') },
        errors: WRITE,
      }),
    },
    '/registrations/{id}/retry': {
      parameters: [id],
      post: operation({
        operationId: 'retryDeliveries',
        summary: 'Queue the failed deliveries of a registration again, due now',
        tag: 'registrations',
        token: true,
        answers: {
          200: {
            description: 'the registration, with how many items were queued',
            schema: 'RetryAnswer',
            example: { queued: 2, ...ex.sent },
          },
        },
        errors: WRITE,
      }),
    },
    '/registrations/{id}/follow-up': {
      parameters: [id],
      post: operation({
        operationId: 'startFollowUp',
        summary: 'Start the follow-up (FU) of a P or FP hospitalisation, linked to it, with its patient answers',
        tag: 'registrations',
        token: true,
        answers: {
          201: registration('the follow-up, Open', { ...form, id: 13, type: 'FU', parentId: 12, data: { IDC_PAT: '85040216932' } }),
        },
        errors: WRITE,
      }),
    },
    '/health': {
      get: operation({
        operationId: 'getHealth',
        summary: 'Whether the database answers, its schema version and the outbox backlog (counts only)',
        tag: 'service',
        token: false,
        answers: {
          200: {
            description: 'healthy',
            schema: 'Health',
            example: { status: 'ok', database: 'reachable', schemaVersion: 11, outbox: { pending: 3, failed: 0 }, version: '0.1.0' },
          },
        },
        errors: [400, 503],
      }),
    },
  };
}
