// Writes the API's OpenAPI document, as `angio serve` makes it (from the built dist/), to the file
// named: what `npm run lint:api` lints with Redocly.
import { writeFileSync } from 'node:fs';
import { openApiDocument } from '../dist/api/openapi.js';

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/openapi.mjs FILE');
  process.exit(2);
}
writeFileSync(file, `${JSON.stringify(openApiDocument('current'), null, 2)}\n`);
