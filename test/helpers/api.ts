/** The S2S API served on loopback over a fresh core, and a client that calls it as curl would. */
import { afterEach } from 'vitest';
import { createApiServer } from '../../src/api/server.js';
import { createTokens } from '../../src/store/index.js';
import { assertConforms } from './contract.js';
import { freshCore } from './db.js';

const open: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!();
});

/**
 * The API of a new database with a staff user "nurse" and a support user "helper", each with a
 * token, listening on 127.0.0.1 (a free port); closed after the test.
 */
export async function servedApi(options: { bodyLimit?: number } = {}) {
  const { core, ops } = freshCore({
    roles: { nurse: 'staff', helper: 'support' },
    authorDefaults: { authorGroup: 'Cardio', author: 'nurse@h.example', coauthor: 'co@h.example' },
  });
  const tokens = createTokens(core.db, core.clock);
  const app = createApiServer({ core, ops, tokens, lang: 'en', version: 'test', bodyLimit: options.bodyLimit ?? 64 * 1024 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  open.push(() => app.close());
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const nurse = tokens.create('nurse').token;

  /**
   * One request, as the nurse unless another token is given (null: none): a body object is sent as JSON, a
   * `raw` string as it is (with the JSON content type). The answer's JSON, its size in bytes.
   */
  async function call(
    method: string,
    path: string,
    request: { token?: string | null; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
  ) {
    const hasBody = request.body !== undefined || request.raw !== undefined;
    const res = await fetch(base + path, {
      method,
      headers: {
        ...(request.token === null ? {} : { authorization: `Bearer ${request.token ?? nurse}` }),
        ...(hasBody ? { 'content-type': 'application/json' } : {}),
        ...request.headers,
      },
      ...(hasBody ? { body: request.raw ?? JSON.stringify(request.body) } : {}),
    });
    const text = await res.text();
    const json = text ? JSON.parse(text) : undefined;
    // Every answer a test gets is held to the OpenAPI document.
    assertConforms(method, path, res.status, json);
    return { status: res.status, headers: res.headers, json, bytes: Buffer.byteLength(text) };
  }

  return { core, ops, base, call, nurse, helper: tokens.create('helper').token };
}
