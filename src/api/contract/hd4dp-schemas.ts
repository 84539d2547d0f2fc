/**
 * The schemas of HD4DP's S2S routes as angio answers them (docs/api.md#the-hd4dp-routes), in zod
 * like the rest of the contract: the OpenAPI document is made from them and the tests parse every
 * answer with them.
 */
import { LANGS, TYPE_CODES } from '../../registry/index.js';
import { STATUSES } from '../../store/index.js';
import type { z } from 'zod';
import { zodLib } from '../../validation/index.js';
import { DATA_SOURCES } from '../hd4dp/query.js';
import { apiSchemas, OUTCOMES } from './schemas.js';

function build() {
  const { z } = zodLib();
  const { labels, fieldProblem } = apiSchemas();
  const int = () => z.int();
  const organization = z.strictObject({
    id: int().meta({ description: 'the organizationId the other routes take' }),
    name: z.string().meta({ description: "the hospital's name (setting hospital.name)" }),
    nihii: z.string().nullable().meta({ description: "the hospital's INAMI/RIZIV number (setting hospital.inami)" }),
  });
  const version = z.strictObject({
    id: int().meta({ description: 'the dcdVersionId: DCD id × 100 + version' }),
    version: z.string(),
    date: z.string(),
    current: z.boolean(),
    languages: z.array(z.enum(LANGS)),
  });
  const menu = z.strictObject({
    organizationId: int(),
    projects: z.array(
      z.strictObject({
        id: int(),
        code: z.string().meta({ description: 'the Healthdata project code, HDBP0012' }),
        name: z.string(),
        dcds: z.array(
          z.strictObject({
            id: int().meta({ description: 'the dcdId: 1 H, 2 P, 3 F, 4 FP, 5 FU' }),
            code: z.enum(TYPE_CODES),
            name: labels,
            versions: z.array(version),
          }),
        ),
      }),
    ),
  });
  const fieldShape = {
    id: int().meta({ description: 'the fieldId: dcdVersionId × 1000 + its place in the form' }),
    key: z.string().meta({ description: 'the payload key: the DCD field id' }),
    label: z.string(),
    fieldType: z.enum(['TEXT', 'NUMBER', 'INTEGER', 'DATE', 'TIME', 'CODE']),
    multiple: z.boolean().meta({ description: 'several codes: a list, or codes joined with |' }),
    required: z.boolean().meta({ description: 'required when shown (its condition holds)' }),
    codeListId: int().nullable(),
    step: z.string(),
    block: int().optional(),
    unit: z.string().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    show: z.unknown().optional().meta({ description: 'the condition under which it applies' }),
    filledBy: z.enum(['angio', 'not-published']).optional().meta({ description: 'a technical field no one types' }),
    personal: z.boolean().meta({ description: 'identifies the patient: never sent to Healthdata' }),
  };
  const field = z.strictObject(fieldShape);
  const fieldLookup = z.strictObject({ dcdId: int(), dcdVersionId: int(), ...fieldShape });
  const definition = z.strictObject({
    dcdId: int(),
    dcdVersionId: int(),
    version: z.string(),
    language: z.enum(LANGS),
    fields: z.array(field),
  });
  const codeList = z.strictObject({
    id: int(),
    name: z.string(),
    external: z
      .boolean()
      .meta({ description: 'maintained outside the DCD (physicians, devices, postal codes): no values here, send the code' }),
    values: z.array(
      z.strictObject({
        id: int().meta({ description: 'the value id to send (the plain code is taken too)' }),
        code: z.string(),
        label: z.string(),
      }),
    ),
  });
  const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
  const payload = z.record(z.string(), z.union([scalar, z.array(z.union([z.string(), z.number()]))])).meta({
    description:
      'The answers keyed by DCD field id (the payload definition lists them), codes as value ids or plain codes; "STATUS": "draft" keeps the registration Open, "submit" or nothing sends it.',
  });
  const accepted = z.strictObject({
    registrationId: int(),
    dcdId: int(),
    dcdVersionId: int(),
    dataSrcType: z.enum(DATA_SOURCES),
    outcome: z.enum(OUTCOMES),
    status: z.enum(STATUSES),
    businessKey: z.string().meta({ description: 'empty while the registration is a draft (Open)' }),
    registrationCode: z.string().nullable(),
    warnings: z.array(fieldProblem),
  });
  const listing = z.strictObject({
    organizationId: int(),
    submissions: z.array(
      z.strictObject({
        registrationId: int(),
        dcdId: int(),
        dcdVersionId: int(),
        status: z.enum(STATUSES),
        businessKey: z.string(),
        registrationCode: z.string().nullable(),
        submissions: int(),
        updatedAt: z.string(),
        data: z
          .record(z.string(), z.unknown())
          .optional()
          .meta({ description: 'with incl-submit-data=true: the answers as stored (codes)' }),
        results: z
          .strictObject({ valid: z.boolean(), errors: z.array(fieldProblem), warnings: z.array(fieldProblem) })
          .optional()
          .meta({
            description:
              'with incl-submit-results=true (the default): what still blocks an Open one, or the warnings a Sent one was sent with',
          }),
      }),
    ),
    next: int().nullable().meta({ description: 'give it as "after" for the next page; null on the last one' }),
  });
  return { organizations: z.array(organization), menu, definition, fieldLookup, codeList, payload, accepted, listing };
}

export type Hd4dpSchemas = Record<
  'organizations' | 'menu' | 'definition' | 'fieldLookup' | 'codeList' | 'payload' | 'accepted' | 'listing',
  z.ZodType
>;

let built: Hd4dpSchemas | undefined;

/** The zod schemas of the HD4DP routes, made on first use. */
export function hd4dpSchemas(): Hd4dpSchemas {
  built ??= build();
  return built;
}
