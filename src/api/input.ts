/**
 * Reading what a request says (path ids, query parameters, the JSON envelope, the version a PUT
 * was based on) before the core is called: whatever a client sends, a malformed request is a 400
 * or 422 that names the problem, never a 500. The answers themselves are the core's business.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { getForm, isTypeCode, versionsOf, type Form, type TypeCode } from '../registry/index.js';
import { isStatusFilter, parsePositiveWhole, parseRegistrationId, STATUS_FILTERS, type StatusFilter } from '../store/index.js';
import { HttpError } from './errors.js';

/**
 * The deepest nesting accepted in a body. A submission needs four levels (body, data, a field's
 * list of codes, a code); a value nested thousands deep would only exhaust the stack later.
 */
export const MAX_BODY_DEPTH = 16;

/** A client's text in a sentence: quoted, and cut short when long. */
const quoted = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text);

/** Refuses a body nested deeper than MAX_BODY_DEPTH (walked without recursion, so any depth is safe). */
export function assertShallow(body: unknown): void {
  const stack: [unknown, number][] = [[body, 1]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_BODY_DEPTH)
      throw new HttpError(
        400,
        `the body is nested more than ${MAX_BODY_DEPTH} levels deep; a field's value is a string, a number, true/false, null or a list of them`,
      );
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
}

/** The registration id of a path, written canonically (see parseRegistrationId), or a 400. */
export function registrationIdParam(text: string): number {
  const id = parseRegistrationId(text);
  if (id === undefined)
    throw new HttpError(400, `${quoted(text)} is not a registration id: an id is a positive whole number in plain digits, such as 12`);
  return id;
}

export type Query = Partial<Record<string, string>>;

/** The query's parameters, refusing any not in `allowed` and any given twice. */
export function readQuery(query: unknown, allowed: readonly string[]): Query {
  const q: Query = {};
  for (const [name, value] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    if (!allowed.includes(name))
      throw new HttpError(
        400,
        `unknown query parameter ${quoted(name)}: ${allowed.length ? `use ${allowed.join(', ')}` : 'this route takes none'}`,
      );
    if (typeof value !== 'string') throw new HttpError(400, `the query parameter ${name} is given more than once; give it once`);
    q[name] = value;
  }
  return q;
}

const LIST_PARAMETERS = ['status', 'type', 'updatedSince', 'limit', 'after'] as const;
/** The most rows one page holds; a larger limit is read as this. */
export const LIST_LIMIT_MAX = 1000;
/** An ISO 8601 date, or a date-time with its zone (without one, the instant is ambiguous). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

export interface ListParams {
  status: StatusFilter;
  type?: TypeCode;
  updatedSince?: string;
  limit: number;
  beforeId?: number;
}

/** The query of GET /registrations: known parameters only, each given once, each well formed. */
export function listQuery(query: unknown): ListParams {
  const q: Partial<Record<(typeof LIST_PARAMETERS)[number], string>> = {};
  for (const [name, value] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    if (!(LIST_PARAMETERS as readonly string[]).includes(name))
      throw new HttpError(400, `unknown query parameter ${quoted(name)}: use ${LIST_PARAMETERS.join(', ')}`);
    if (typeof value !== 'string') throw new HttpError(400, `the query parameter ${name} is given more than once; give it once`);
    q[name as (typeof LIST_PARAMETERS)[number]] = value;
  }
  const status = q.status ?? 'active';
  if (!isStatusFilter(status)) throw new HttpError(400, `status must be ${STATUS_FILTERS.join(', ')}`);
  const type = q.type?.toUpperCase();
  if (type !== undefined && !isTypeCode(type)) throw new HttpError(400, 'type must be H, P, F, FP or FU');
  const limit = q.limit === undefined ? 100 : parsePositiveWhole(q.limit);
  if (limit === undefined)
    throw new HttpError(400, `limit must be a whole number from 1 to ${LIST_LIMIT_MAX} (more is read as ${LIST_LIMIT_MAX})`);
  const beforeId = q.after === undefined ? undefined : parseRegistrationId(q.after);
  if (q.after !== undefined && beforeId === undefined)
    throw new HttpError(400, 'after must be a registration id, the "next" of the previous page');
  let updatedSince: string | undefined;
  if (q.updatedSince !== undefined) {
    const at = ISO_INSTANT.test(q.updatedSince) ? new Date(q.updatedSince) : undefined;
    if (!at || Number.isNaN(at.getTime()))
      throw new HttpError(400, 'updatedSince must be an ISO 8601 date or date-time with its zone, such as 2026-03-10T08:00:00Z');
    // The store compares UTC timestamps as text: an offset is turned into UTC first.
    updatedSince = at.toISOString();
  }
  return {
    status,
    limit: Math.min(limit, LIST_LIMIT_MAX),
    ...(type ? { type } : {}),
    ...(beforeId !== undefined ? { beforeId } : {}),
    ...(updatedSince !== undefined ? { updatedSince } : {}),
  };
}

const envelopeProblem = (field: string, message: string) => ({
  problems: [{ field, code: 'invalid_type', severity: 'error', message }],
  problemsTotal: 1,
});

/** The JSON envelope of a submission: its type, form version, status and answers. */
export interface Submission {
  type: TypeCode;
  form: Form;
  status: string;
  data: Record<string, unknown>;
}

/** Reads `{"type", "version"?, "status"?, "data"}` (the type fixed by the path when there is one). */
export function parseSubmission(body: unknown, fixedType?: TypeCode): Submission {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new HttpError(400, 'the body must be a JSON object: {"type": "P", "status": "draft"?, "data": {...}}');
  const b = body as Record<string, unknown>;
  const given = fixedType ?? b.type ?? b.dcd;
  const type = typeof given === 'string' ? given.toUpperCase() : '';
  if (!isTypeCode(type))
    throw new HttpError(422, 'unknown or missing registration type', {
      problems: [{ field: 'type', code: 'invalid_code', severity: 'error', message: 'use H, P, F, FP or FU' }],
      problemsTotal: 1,
    });
  const version = b.version;
  if (version !== undefined && typeof version !== 'string' && !Number.isSafeInteger(version))
    throw new HttpError(422, 'the form version must be a string, such as "2"', envelopeProblem('version', 'a string, such as "2"'));
  const form = getForm(type, version === undefined ? undefined : String(version));
  if (!form)
    throw new HttpError(422, `form ${type} version ${quoted(String(version))} does not exist`, {
      problems: [
        {
          field: 'version',
          code: 'invalid_code',
          severity: 'error',
          message: `versions: ${versionsOf(type)
            .map((v) => v.version)
            .join(', ')}`,
        },
      ],
      problemsTotal: 1,
    });
  if (typeof b.data !== 'object' || b.data === null || Array.isArray(b.data))
    throw new HttpError(400, '"data" must be an object keyed by field id');
  const status = b.status ?? '';
  if (typeof status !== 'string' || (status !== '' && status.toLowerCase() !== 'draft'))
    throw new HttpError(422, 'bad status', {
      problems: [{ field: 'status', code: 'invalid_status', severity: 'error', message: 'status must be "draft" or left out' }],
      problemsTotal: 1,
    });
  return { type, form, status, data: b.data as Record<string, unknown> };
}

/** The ETag of a registration: its row version, a strong tag ("7") that If-Match takes back. */
export const etagOf = (rowVersion: number) => `"${rowVersion}"`;

/**
 * The version a change was based on: `rowVersion` in the body or the ETag in If-Match (both: they
 * must agree). Undefined when neither is given. If-Match takes one strong tag, as GET gave it: `*`
 * or a list would not say which version the client read.
 */
export function expectedVersion(headers: IncomingHttpHeaders, body: unknown): number | undefined {
  const inBody = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).rowVersion : undefined;
  if (inBody !== undefined && !(Number.isSafeInteger(inBody) && (inBody as number) >= 1))
    throw new HttpError(
      422,
      'rowVersion must be a whole number: the rowVersion of the registration as you read it',
      envelopeProblem('rowVersion', 'a whole number, the rowVersion you read'),
    );
  const header = headers['if-match'];
  let inHeader: number | undefined;
  if (header !== undefined) {
    const m = /^"(\d{1,16})"$/.exec(header.trim());
    inHeader = m ? parsePositiveWhole(m[1]!) : undefined;
    if (inHeader === undefined)
      throw new HttpError(
        400,
        `If-Match must be the ETag of the registration as GET gave it, such as "3" with its quotes; not ${quoted(header)}`,
      );
  }
  if (inBody !== undefined && inHeader !== undefined && inBody !== inHeader)
    throw new HttpError(400, `rowVersion ${inBody as number} and If-Match ${header!.trim()} disagree: give the version you read once`);
  return (inBody as number | undefined) ?? inHeader;
}
