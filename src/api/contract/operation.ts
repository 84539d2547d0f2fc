/**
 * How an operation of the OpenAPI document is written: its id, its success answers with their
 * schema and example, and its error answers, each a shared response of the one error shape.
 */
import { errors } from './examples.js';

export type ErrorStatus = keyof typeof errors;

const ERROR_NAMES: Record<ErrorStatus, [name: string, description: string]> = {
  400: [
    'BadRequest',
    'A malformed request: JSON that does not parse, a query parameter unknown, repeated or malformed, an id not in plain digits, a body nested too deeply.',
  ],
  401: ['Unauthorized', 'No bearer token, or one that is unknown, revoked or mistyped.'],
  403: ['Forbidden', "The token's user may not do this (their role)."],
  404: ['NotFound', 'Nothing has that id.'],
  409: [
    'Conflict',
    'The registration is not in a state that allows this, or it changed since the version given (currentRowVersion names the one it is at).',
  ],
  413: ['PayloadTooLarge', 'The body is over the limit (angio serve --body-limit, 1 MiB by default).'],
  415: ['UnsupportedMediaType', 'The body is not JSON (Content-Type: application/json).'],
  422: ['UnprocessableContent', 'The record has problems: each one is listed (errors first, at most 100), nothing was saved.'],
  428: ['PreconditionRequired', 'A change that does not say which version it is based on (rowVersion or If-Match).'],
  503: ['ServiceUnavailable', 'The database cannot be read.'],
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** The shared error responses, each with the Error schema and an example. */
export function errorResponses() {
  return Object.fromEntries(
    Object.entries(ERROR_NAMES).map(([status, [name, description]]) => [
      name,
      { description, content: { 'application/json': { schema: ref('Error'), example: errors[Number(status) as ErrorStatus] } } },
    ]),
  );
}

export interface Answer {
  description: string;
  schema: string;
  example: unknown;
  headers?: Record<string, unknown>;
}

export interface OperationSpec {
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** Whether a bearer token is needed (false: anyone on the machine may call it). */
  token: boolean;
  parameters?: unknown[];
  body?: { schema: string; example: unknown; description?: string };
  answers: Record<number, Answer>;
  errors: ErrorStatus[];
}

/** One operation object of the document. */
export function operation(o: OperationSpec) {
  const responses: Record<string, unknown> = {};
  for (const [status, a] of Object.entries(o.answers))
    responses[status] = {
      description: a.description,
      ...(a.headers ? { headers: a.headers } : {}),
      content: { 'application/json': { schema: ref(a.schema), example: a.example } },
    };
  for (const status of o.errors) responses[status] = { $ref: `#/components/responses/${ERROR_NAMES[status][0]}` };
  return {
    operationId: o.operationId,
    summary: o.summary,
    ...(o.description ? { description: o.description } : {}),
    tags: [o.tag],
    security: o.token ? [{ bearer: [] }] : [],
    ...(o.parameters?.length ? { parameters: o.parameters } : {}),
    ...(o.body
      ? {
          requestBody: {
            required: true,
            ...(o.body.description ? { description: o.body.description } : {}),
            content: { 'application/json': { schema: ref(o.body.schema), example: o.body.example } },
          },
        }
      : {}),
    responses,
  };
}

/** A query parameter. */
export const query = (name: string, description: string, schema: unknown, required = false) => ({
  name,
  in: 'query',
  required,
  description,
  schema,
});
