/**
 * The OpenAPI 3.1 document of the API, made at run time, never written by hand: its schemas come
 * from the zod schemas of the contract (contract/schemas.ts, contract/hd4dp-schemas.ts) and the
 * catalogue's draft schema of each type's answers, the one that validates them.
 */
import type { z } from 'zod';
import { TYPE_CODES } from '../registry/index.js';
import { zodLib } from '../validation/index.js';
import { angioPaths } from './contract/angio-paths.js';
import { hd4dpSchemas } from './contract/hd4dp-schemas.js';
import { hd4dpPaths } from './contract/hd4dp-paths.js';
import { errorResponses } from './contract/operation.js';
import { apiSchemas } from './contract/schemas.js';

/** The zod schema of each component of the document, by name: what the paths refer to. */
export function contractSchemas(): Record<string, z.ZodType> {
  const s = apiSchemas();
  const h = hd4dpSchemas();
  const named: Record<string, z.ZodType> = {
    OpenApiDocument: s.document,
    Error: s.error,
    FieldProblem: s.fieldProblem,
    Labels: s.labels,
    Registration: s.registration,
    SubmitAnswer: s.submitted,
    RetryAnswer: s.retried,
    RegistrationPage: s.page,
    FormList: s.dcds,
    Form: s.form,
    Health: s.health,
    ValueId: s.valueId,
    Submission: s.submission,
    Replacement: s.replacement,
    Hd4dpOrganizations: h.organizations,
    Hd4dpMenu: h.menu,
    Hd4dpPayloadDefinition: h.definition,
    Hd4dpField: h.fieldLookup,
    Hd4dpCodeList: h.codeList,
    Hd4dpPayload: h.payload,
    Hd4dpAccepted: h.accepted,
    Hd4dpSubmissions: h.listing,
  };
  for (const t of TYPE_CODES) {
    named[`Data${t}`] = s.dataOf[t];
    named[`Submission${t}`] = s.submissions[t];
  }
  return named;
}

/** The components of the document as JSON Schema, referring to each other. */
function components() {
  const { z } = zodLib();
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(contractSchemas())) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any', io: 'input' });
  // Each schema is a component of this document, not a document of its own.
  for (const schema of Object.values(schemas)) {
    delete (schema as Record<string, unknown>).$schema;
    delete (schema as Record<string, unknown>).$id;
  }
  return schemas;
}

let cached: { version: string; document: ReturnType<typeof build> } | undefined;

function build(version: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'angio S2S API (ANGIO registry, HDBP0012)',
      version,
      description:
        "Submit, read and send registrations of the Healthdata ANGIO registry to angio, by angio's own routes or by HD4DP v2's S2S routes under /proxy. docs/api.md in the project tells integrators the rules: tokens, versions, business keys, errors.",
      license: { name: 'UNLICENSED: proprietary, for the hospital that runs it', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [{ url: 'http://127.0.0.1:8787', description: 'angio serve on this machine (its --host and --port)' }],
    security: [{ bearer: [] }],
    tags: [
      { name: 'forms', description: 'The registration types and their forms (no token needed).' },
      { name: 'registrations', description: "angio's own routes: submit, read, replace, delete, send, consent, retry, follow-up." },
      {
        name: 'hd4dp',
        description: "HD4DP v2's S2S routes: an interface written for HD4DP works with its base URL changed to /proxy here.",
      },
      { name: 'service', description: 'For monitors: the health of the service.' },
    ],
    paths: { ...angioPaths(), ...hd4dpPaths() },
    components: {
      schemas: components(),
      responses: errorResponses(),
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'A token an admin creates with "angio token create --user NAME"; it acts with that user\'s role.',
        },
      },
    },
  };
}

export function openApiDocument(version: string) {
  if (cached?.version !== version) cached = { version, document: build(version) };
  return cached.document;
}
