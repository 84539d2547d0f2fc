import { describe, expect, test } from 'vitest';
import { servedApi } from '../helpers/api.js';

const draft = { type: 'P', status: 'draft', data: { DT_HOSPZ: '2026-03-10', IDC_PAT: '93051822361' } };

describe('two clients edit the same registration: no change is lost', () => {
  test('a PUT based on an old version is refused with 409 naming the current one; the other edit stays', async () => {
    const { call } = await servedApi();
    const { id } = (await call('POST', '/registrations', { body: draft })).json;

    // Both clients read version 1; GET gives it as the ETag too.
    const read = await call('GET', `/registrations/${id}`);
    expect(read.headers.get('etag')).toBe('"1"');
    expect(read.json.rowVersion).toBe(1);

    // The first saves its change with the rowVersion it read: version 2.
    const first = await call('PUT', `/registrations/${id}`, {
      body: { status: 'draft', rowVersion: 1, data: { ...draft.data, MS_PAT_HGHT: 170 } },
    });
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"2"');

    // The second, still on version 1, sends If-Match: it is told the registration moved on.
    const second = await call('PUT', `/registrations/${id}`, {
      headers: { 'if-match': read.headers.get('etag')! },
      body: { status: 'draft', data: { ...draft.data, MS_PAT_WGHT: 90 } },
    });
    expect(second.status).toBe(409);
    expect(second.json.message).toMatch(/is at version 2, not 1: it was changed since you read it.*nothing was saved/);
    expect(second.json.currentRowVersion).toBe(2);
    expect(second.headers.get('etag')).toBe('"2"');
    const kept = (await call('GET', `/registrations/${id}`)).json;
    expect(kept.data.MS_PAT_HGHT).toBe(170);
    expect(kept.data.MS_PAT_WGHT).toBeUndefined();

    // Having read again, the second client's change goes through.
    const again = await call('PUT', `/registrations/${id}`, {
      headers: { 'if-match': '"2"' },
      body: { status: 'draft', data: { ...kept.data, MS_PAT_WGHT: 90 } },
    });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ rowVersion: 3, data: { MS_PAT_HGHT: 170, MS_PAT_WGHT: 90 } });
  });

  test('a PUT that does not say which version it changed is refused with 428, and nothing is saved', async () => {
    const { call } = await servedApi();
    const { id } = (await call('POST', '/registrations', { body: draft })).json;
    const blind = await call('PUT', `/registrations/${id}`, { body: { status: 'draft', data: { ...draft.data, MS_PAT_HGHT: 170 } } });
    expect(blind.status).toBe(428);
    expect(blind.json.message).toMatch(/"rowVersion": 1 in the body or If-Match: "1"/);
    const after = (await call('GET', `/registrations/${id}`)).json;
    expect(after.rowVersion).toBe(1);
    expect(after.data.MS_PAT_HGHT).toBeUndefined();
  });

  test.each([
    ['If-Match: *', { 'if-match': '*' }, {}, 400, /If-Match must be the ETag/],
    ['a weak tag', { 'if-match': 'W/"1"' }, {}, 400, /If-Match must be the ETag/],
    ['a list of tags', { 'if-match': '"1", "2"' }, {}, 400, /If-Match must be the ETag/],
    ['rowVersion as text', {}, { rowVersion: '1' }, 422, /rowVersion must be a whole number/],
    ['rowVersion 0', {}, { rowVersion: 0 }, 422, /rowVersion must be a whole number/],
    ['both, disagreeing', { 'if-match': '"2"' }, { rowVersion: 1 }, 400, /rowVersion 1 and If-Match "2" disagree/],
  ])('a version given as %s is refused, naming the problem', async (_what, headers, extra, status, message) => {
    const { call } = await servedApi();
    const { id } = (await call('POST', '/registrations', { body: draft })).json;
    const res = await call('PUT', `/registrations/${id}`, { headers, body: { status: 'draft', data: draft.data, ...extra } });
    expect(res.status).toBe(status);
    expect(res.json.message).toMatch(message);
  });

  test('DELETE honours If-Match when it is given', async () => {
    const { call } = await servedApi();
    const { id } = (await call('POST', '/registrations', { body: draft })).json;
    await call('PUT', `/registrations/${id}`, { body: { status: 'draft', rowVersion: 1, data: { ...draft.data, MS_PAT_HGHT: 170 } } });
    const stale = await call('DELETE', `/registrations/${id}`, { headers: { 'if-match': '"1"' } });
    expect(stale.status).toBe(409);
    expect(stale.json.currentRowVersion).toBe(2);
    expect((await call('DELETE', `/registrations/${id}`, { headers: { 'if-match': '"2"' } })).json.status).toBe('deleted');
  });
});

test('the OpenAPI document says how: the ETag of GET, If-Match or rowVersion on PUT, 409 and 428', async () => {
  const { call } = await servedApi();
  const doc = (await call('GET', '/openapi.json')).json;
  const one = doc.paths['/registrations/{id}'];
  expect(one.get.responses[200].headers.ETag).toBeDefined();
  expect(one.put.parameters).toEqual([expect.objectContaining({ name: 'If-Match', in: 'header' })]);
  expect(one.put.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Replacement' });
  expect(doc.components.schemas.Replacement.properties.rowVersion).toMatchObject({ type: 'integer' });
  expect(Object.keys(one.put.responses)).toEqual(expect.arrayContaining(['409', '428']));
});
