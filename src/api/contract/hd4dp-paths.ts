/** The paths of HD4DP's S2S routes in the OpenAPI document (docs/api.md#the-hd4dp-routes). */
import { LIST_LIMIT_MAX } from '../input.js';
import { HD4DP_BASE } from '../hd4dp/routes.js';
import { DATA_SOURCES } from '../hd4dp/query.js';
import { ORGANIZATION_ID } from '../hd4dp/ids.js';
import { fieldDefinition } from '../hd4dp/catalogue.js';
import { formOf } from '../../registry/index.js';
import * as ex from './examples.js';
import { operation, query } from './operation.js';

const organization = query(
  'organization-id',
  `the organisation (${ORGANIZATION_ID}: GET ${HD4DP_BASE}/organizations)`,
  { type: 'integer', enum: [ORGANIZATION_ID] },
  true,
);
const dcd = (required: boolean) =>
  query(
    'dcd-id',
    'the DCD: its id from the menu structure (1 H, 2 P, 3 F, 4 FP, 5 FU) or its code',
    { type: 'string', examples: ['2', 'P'] },
    required,
  );
const dcdVersion = query('dcd-version-id', 'the DCD version id from the menu structure (P v2: 202); the current version when left out', {
  type: 'integer',
  minimum: 1,
});
const language = query('language-id', 'the language of the labels', { type: 'string', enum: ['en', 'nl', 'fr'], default: 'en' });
const tag = 'hd4dp';

export function hd4dpPaths() {
  const h = ex.hd4dpExamples();
  const pv2 = h.accepted.dcdVersionId;
  const p = formOf('P', '2');
  const dateField = fieldDefinition(p, p.byId.get('DT_HOSPZ')!, 'en');
  return {
    [`${HD4DP_BASE}/organizations`]: {
      get: operation({
        operationId: 'hd4dpListOrganizations',
        summary: 'The organisations: this installation is one, the hospital of its settings',
        tag,
        token: false,
        answers: {
          200: {
            description: 'the organisation',
            schema: 'Hd4dpOrganizations',
            example: [{ id: ORGANIZATION_ID, name: 'AZ Voorbeeld', nihii: '71000000' }],
          },
        },
        errors: [400],
      }),
    },
    [`${HD4DP_BASE}/dcd/menu/structure`]: {
      get: operation({
        operationId: 'hd4dpMenuStructure',
        summary: 'The projects of the organisation (ANGIO), their DCDs (the five types) and the versions of each, with their ids',
        tag,
        token: false,
        parameters: [organization],
        answers: {
          200: {
            description: 'the menu',
            schema: 'Hd4dpMenu',
            example: {
              organizationId: 1,
              projects: [
                {
                  id: 1,
                  code: 'HDBP0012',
                  name: 'ANGIO',
                  dcds: [
                    {
                      id: 2,
                      code: 'P',
                      name: { en: 'Hospitalisation with PCI', nl: 'Hospitalisatie met PCI', fr: 'Hospitalisation avec PCI' },
                      versions: [{ id: pv2, version: '2', date: '2023-11-28', current: true, languages: ['en', 'nl', 'fr'] }],
                    },
                  ],
                },
              ],
            },
          },
        },
        errors: [400, 404],
      }),
    },
    [`${HD4DP_BASE}/dcd/payload/definition`]: {
      get: operation({
        operationId: 'hd4dpPayloadDefinition',
        summary: 'Every field a payload of a DCD version may hold: key, id, data type, code list, required flag',
        tag,
        token: true,
        parameters: [dcd(true), query('version', 'the version number (2); the current one when left out', { type: 'string' }), language],
        answers: {
          200: {
            description: 'the definition',
            schema: 'Hd4dpPayloadDefinition',
            example: { dcdId: 2, dcdVersionId: pv2, version: '2', language: 'en', fields: [dateField] },
          },
        },
        errors: [400, 401, 403, 404],
      }),
    },
    [`${HD4DP_BASE}/dcd/field`]: {
      get: operation({
        operationId: 'hd4dpField',
        summary: 'One field, by the id the payload definition gives',
        tag,
        token: true,
        parameters: [query('field-id', 'the field id', { type: 'integer', minimum: 1 }, true), language],
        answers: { 200: { description: 'the field', schema: 'Hd4dpField', example: { dcdId: 2, dcdVersionId: pv2, ...dateField } } },
        errors: [400, 401, 403, 404],
      }),
    },
    [`${HD4DP_BASE}/dcd/codelist`]: {
      get: operation({
        operationId: 'hd4dpCodeList',
        summary: 'The values of a code list, with the id of each (what a CODE field takes; its plain code is taken too)',
        tag,
        token: true,
        parameters: [query('codelist-id', "a field's codeListId", { type: 'integer', minimum: 1 }, true), language],
        answers: { 200: { description: 'the code list', schema: 'Hd4dpCodeList', example: h.codeList } },
        errors: [400, 401, 403, 404],
      }),
    },
    [`${HD4DP_BASE}/dcd/payload/submit`]: {
      post: operation({
        operationId: 'hd4dpSubmitPayload',
        summary: 'Submit one registration: created, or matched by business key and updated or resubmitted as a correction',
        description:
          'The same core operation as POST /registrations: the same roles, validation, business-key matching and outcomes. "STATUS": "draft" keeps it Open (an empty businessKey); otherwise it is validated completely and sent. Refused records are a 422 listing every problem, and nothing is saved.',
        tag,
        token: true,
        parameters: [
          organization,
          dcd(false),
          dcdVersion,
          query('data-src-type', 'where the data comes from', { type: 'string', enum: [...DATA_SOURCES], default: 'HD4DP' }),
        ],
        body: { schema: 'Hd4dpPayload', example: h.payload },
        answers: { 202: { description: 'accepted: the registration and its business key', schema: 'Hd4dpAccepted', example: h.accepted } },
        errors: [400, 401, 403, 404, 409, 413, 415, 422],
      }),
    },
    [`${HD4DP_BASE}/dcd/submit`]: {
      get: operation({
        operationId: 'hd4dpListSubmissions',
        summary: 'The registrations submitted (Open and Sent), newest first, with their business keys and validation results',
        tag,
        token: true,
        parameters: [
          organization,
          dcd(false),
          dcdVersion,
          query('incl-submit-data', 'add the answers of each', { type: 'boolean', default: false }),
          query('incl-submit-results', 'add what blocks or warns', { type: 'boolean', default: true }),
          query('limit', `rows per page (angio's addition); more than ${LIST_LIMIT_MAX} is read as ${LIST_LIMIT_MAX}`, {
            type: 'integer',
            minimum: 1,
            default: 100,
          }),
          query('after', 'the "next" of the previous page (angio\'s addition)', { type: 'integer', minimum: 1 }),
        ],
        answers: {
          200: {
            description: 'one page of submissions',
            schema: 'Hd4dpSubmissions',
            example: {
              organizationId: 1,
              submissions: [
                {
                  registrationId: 12,
                  dcdId: 2,
                  dcdVersionId: pv2,
                  status: 'sent',
                  businessKey: h.accepted.businessKey,
                  registrationCode: 'AG-7K3M-Q9XZ-T',
                  submissions: 1,
                  updatedAt: '2026-03-11T08:00:00.000Z',
                  results: { valid: true, errors: [], warnings: [] },
                },
              ],
              next: null,
            },
          },
        },
        errors: [400, 401, 403, 404],
      }),
    },
  };
}
