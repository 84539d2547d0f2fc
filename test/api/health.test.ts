/**
 * GET /health, as a service monitor calls it: no token, counts only, 200 while the database
 * answers and 503 once it cannot be read.
 */
import { expect, test } from 'vitest';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { servedApi } from '../helpers/api.js';
import { completeP } from '../helpers/fixtures.js';

test('without a token: the database reachable, its schema version and the outbox backlog, and no patient', async () => {
  const { call, core } = await servedApi();
  expect((await call('GET', '/health', { token: null })).json).toMatchObject({ outbox: { pending: 0, failed: 0 } });
  const sent = await call('POST', '/registrations', { body: { type: 'P', data: completeP() } });
  core.outbox.record([{ id: core.outbox.ofRegistration(sent.json.id)[0]!.id, status: 'failed', error: 'HTTP 422: refused' }]);
  const health = await call('GET', '/health', { token: null });
  expect(health.status).toBe(200);
  expect(health.json).toEqual({
    status: 'ok',
    database: 'reachable',
    schemaVersion: Math.max(...MIGRATIONS.map((m) => m.version)),
    outbox: { pending: 1, failed: 1 },
    version: 'test',
  });
  expect(JSON.stringify(health.json)).not.toMatch(/85040216932|AG-/);
});

test('503 with a sentence when the database cannot be read', async () => {
  const { call, core } = await servedApi();
  core.db.close();
  const health = await call('GET', '/health', { token: null });
  expect(health.status).toBe(503);
  expect(health.json).toEqual({
    status: 'unavailable',
    message: expect.stringMatching(/^the database cannot be read; angio doctor says why/),
  });
});
