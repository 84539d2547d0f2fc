/**
 * Holds every answer of the API to its contract: the OpenAPI document names the schema of each
 * route's answer for each status, and the zod schema of that name (the one the document is made
 * from) must parse the body. An answer whose status the document does not list fails too.
 */
import { contractSchemas, openApiDocument } from '../../src/api/openapi.js';

interface Operation {
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: { $ref: string } }> }>;
}

const doc = openApiDocument('test') as unknown as { paths: Record<string, Record<string, Operation>> };
const routes = Object.entries(doc.paths).map(([template, item]) => ({
  item,
  pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]*')}$`),
}));
const schemas = contractSchemas();

/** The schema name the document gives the answer of `method path` with `status` (Error for every error). */
export function documentedSchema(method: string, path: string, status: number): string {
  const route = routes.find((r) => r.pattern.test(path.split('?')[0]!));
  const op = route?.item[method.toLowerCase()];
  // A route that does not exist is a 404 of the one error shape.
  if (!op && status === 404) return 'Error';
  if (!op) throw new Error(`${method} ${path} is not in the OpenAPI document`);
  const answer = op.responses[String(status)];
  if (!answer) throw new Error(`${method} ${path} answered ${status}, which the OpenAPI document does not list`);
  if (answer.$ref) return 'Error';
  return answer.content!['application/json']!.schema.$ref.split('/').at(-1)!;
}

/** Throws, naming what differs, when the body is not what the document says. */
export function assertConforms(method: string, path: string, status: number, body: unknown): void {
  const name = documentedSchema(method, path, status);
  const parsed = schemas[name]!.safeParse(body);
  if (!parsed.success)
    throw new Error(`${method} ${path} → ${status}: the body is not a ${name}: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
}
