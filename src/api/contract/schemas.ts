/**
 * The schemas of the API's contract, in zod: the answers of every route and the envelopes of its
 * requests, beside the catalogue's draft schema of each type's answers (the one that validates
 * them). The OpenAPI document is made from these (openapi.ts), and the tests parse every answer
 * they get with them, so the document cannot drift from what the server says.
 */
import { codeListOf, formOf, TYPE_CODES, type FieldKind, type Form, type TypeCode } from '../../registry/index.js';
import { STATUSES } from '../../store/index.js';
import type { Delivery } from '../../store/index.js';
import type { z } from 'zod';
import { draftSchema, zodLib } from '../../validation/index.js';
import type { Outcome } from '../../exchange/submit.js';
import { VALUE_ID_MAX, VALUE_ID_MIN } from '../hd4dp/ids.js';

/** What a submission can come to when it is not refused (a refusal is a 422). */
export const OUTCOMES = [
  'created',
  'updated',
  'sent',
  'resubmitted',
  'unchanged',
  'awaiting-consent',
] as const satisfies readonly Outcome[];
const DELIVERIES = ['none', 'pending', 'delivered', 'failed'] as const satisfies readonly Delivery[];
const KINDS: Record<FieldKind, true> = {
  title: true,
  info: true,
  hidden: true,
  text: true,
  number: true,
  integer: true,
  date: true,
  time: true,
  yesno: true,
  code: true,
  codes: true,
  hcp: true,
  niss: true,
  generated: true,
  computed: true,
};
const FIELD_KINDS = Object.keys(KINDS) as FieldKind[];
type Schema = z.ZodType;

/**
 * The answers of a form as the API takes them: the catalogue's draft schema, with each field of a
 * code list kept in the DCD widened to the ids of that list's values, which every route turns into
 * codes before validating (docs/api.md#ids).
 */
function answersOf(form: Form, valueId: Schema) {
  const { z } = zodLib();
  const widened: Record<string, Schema> = {};
  for (const f of form.valueFields) {
    const list = codeListOf(f);
    if (!list || list.external || !list.codes.length) continue;
    const code = z.union([z.enum(list.codes.map((c) => c.code) as [string, ...string[]]), valueId]);
    widened[f.id] = (f.kind === 'codes' ? z.array(code) : code).optional();
  }
  return draftSchema(form).extend(widened);
}

function build() {
  const { z } = zodLib();
  const int = () => z.int();
  const labels = z.strictObject({ en: z.string(), nl: z.string(), fr: z.string() });
  const fieldProblem = z
    .strictObject({
      field: z.string().meta({ description: 'the field id (or type, version, status, rowVersion, (row) for the envelope)' }),
      code: z.string().meta({ description: 'a stable problem code, such as invalid_date or required' }),
      severity: z.enum(['error', 'warning']),
      message: z.string().meta({ description: 'one English sentence (or in the server language)' }),
      value: z.string().optional().meta({ description: 'the value as sent, cut to 200 characters, masked when personal' }),
    })
    .meta({ description: 'One problem of one field: an error blocks, a warning informs.' });
  const error = z
    .strictObject({
      message: z.string().meta({ description: 'what went wrong and what to do, in one sentence' }),
      problems: z.array(fieldProblem).max(100).optional(),
      problemsTotal: int().optional().meta({ description: 'how many problems there are (at most 100 are listed)' }),
      currentRowVersion: int().optional().meta({ description: 'on a stale change: the version the registration is at' }),
      status: z.literal('unavailable').optional().meta({ description: 'on 503: the service cannot read its database' }),
    })
    .meta({ description: 'Every error answer: a sentence, and for a refused record every problem (errors first).' });
  const answers = z.record(z.string(), z.unknown()).meta({ description: 'answers keyed by DCD field id' });
  const registration = z
    .strictObject({
      id: int(),
      type: z.enum(TYPE_CODES),
      version: z.string(),
      status: z.enum(STATUSES),
      registrationCode: z.string().nullable().meta({ description: 'given when Sent, such as AG-7K3M-Q9XZ-T' }),
      delivery: z.enum(DELIVERIES),
      patient: z.string().meta({ description: 'the patient, masked: 85.04.02-***.** or a pseudocode' }),
      parentId: int().nullable().meta({ description: 'the hospitalisation a follow-up follows up' }),
      submissions: int(),
      createdAt: z.string(),
      createdBy: z.string(),
      updatedAt: z.string(),
      updatedBy: z.string(),
      rowVersion: int().meta({ description: 'the version to give back when changing it (also the ETag)' }),
      data: answers,
      missing: z.array(fieldProblem).meta({ description: 'what it still lacks before it can be sent' }),
      sentWithWarnings: z.array(fieldProblem).optional().meta({ description: 'for a Sent one: the warnings it was sent with' }),
    })
    .meta({ description: 'One registration as the API shows it.' });
  const submitted = registration.extend({ outcome: z.enum(OUTCOMES), warnings: z.array(fieldProblem) });
  const retried = registration.extend({ queued: int().meta({ description: 'how many failed deliveries were queued again' }) });
  const row = z.strictObject({
    id: int(),
    type: z.enum(TYPE_CODES),
    formVersion: z.string(),
    status: z.enum(STATUSES),
    patient: z.string(),
    keyDate: z.string().nullable(),
    registrationCode: z.string().nullable(),
    requiredFilled: int(),
    requiredTotal: int(),
    updatedAt: z.string(),
    updatedBy: z.string(),
    parentId: int().nullable(),
    delivery: z.enum(DELIVERIES),
    correcting: int().meta({ description: '1 while a correction of a Sent registration is in progress' }),
  });
  const page = z.strictObject({
    registrations: z.array(row),
    next: int().nullable().meta({ description: 'give it as "after" for the next page; null on the last one' }),
  });
  const versions = z.array(z.strictObject({ version: z.string(), date: z.string(), current: z.boolean() }));
  const dcds = z.array(z.strictObject({ type: z.enum(TYPE_CODES), name: labels, versions }));
  const formField = z.looseObject({
    id: z.string(),
    type: z.enum(FIELD_KINDS),
    label: labels,
    step: z.string(),
    required: z.boolean(),
    local: z.boolean(),
    personal: z.boolean(),
  });
  const form = z.strictObject({
    type: z.enum(TYPE_CODES),
    name: labels,
    version: z.string(),
    date: z.string(),
    current: z.boolean(),
    steps: z.array(z.strictObject({ id: z.string(), title: labels })),
    fields: z.array(formField),
  });
  const health = z.strictObject({
    status: z.literal('ok'),
    database: z.literal('reachable'),
    schemaVersion: int(),
    outbox: z.strictObject({ pending: int(), failed: int() }),
    version: z.string(),
  });
  const document = z
    .looseObject({
      openapi: z.literal('3.1.0'),
      info: z.looseObject({ title: z.string(), version: z.string() }),
      paths: z.record(z.string(), z.unknown()),
    })
    .meta({ description: 'This document: OpenAPI 3.1.' });
  const status = z
    .literal('draft')
    .optional()
    .meta({ description: '"draft" keeps it Open; left out, it is validated completely and sent' });
  const valueId = z.int().min(VALUE_ID_MIN).max(VALUE_ID_MAX).meta({
    description:
      "The id of a value of the field's code list, as GET /proxy/api/dcd/codelist gives it (the field's codeListId is in GET /proxy/api/dcd/payload/definition); the plain code is taken too.",
  });
  const dataOf = Object.fromEntries(TYPE_CODES.map((t) => [t, answersOf(formOf(t), valueId)])) as Record<
    TypeCode,
    ReturnType<typeof answersOf>
  >;
  const submissionOf = (t: TypeCode) =>
    z.strictObject({
      type: z.literal(t),
      version: z.string().optional().meta({ description: 'the form version; the current one when left out' }),
      status,
      data: dataOf[t],
    });
  const submissions = Object.fromEntries(TYPE_CODES.map((t) => [t, submissionOf(t)])) as Record<TypeCode, ReturnType<typeof submissionOf>>;
  const submission = z.discriminatedUnion('type', TYPE_CODES.map((t) => submissions[t]) as [ReturnType<typeof submissionOf>]);
  const replacement = z.strictObject({
    status,
    rowVersion: int().min(1).optional().meta({ description: 'the rowVersion read (or If-Match); one of the two is required' }),
    data: answers,
  });
  return {
    document,
    labels,
    fieldProblem,
    error,
    registration,
    submitted,
    retried,
    page,
    dcds,
    form,
    health,
    valueId,
    dataOf,
    submissions,
    submission,
    replacement,
  };
}

/** Each schema of the contract; tests parse answers with them, the document is made from them. */
export interface ApiSchemas {
  document: z.ZodType;
  labels: z.ZodType;
  fieldProblem: z.ZodType;
  error: z.ZodType;
  registration: z.ZodType;
  submitted: z.ZodType;
  retried: z.ZodType;
  page: z.ZodType;
  dcds: z.ZodType;
  form: z.ZodType;
  health: z.ZodType;
  valueId: z.ZodType;
  dataOf: Record<TypeCode, z.ZodType>;
  submissions: Record<TypeCode, z.ZodType>;
  submission: z.ZodType;
  replacement: z.ZodType;
}

let built: ApiSchemas | undefined;

/** The zod schemas of the contract, made on first use (zod is loaded only when asked for). */
export function apiSchemas(): ApiSchemas {
  built ??= build();
  return built;
}
