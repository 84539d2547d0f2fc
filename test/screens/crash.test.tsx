/**
 * An error nobody expected (here: a registration whose stored answers are damaged) replaces the
 * screen with one sentence, never a stack trace or a half-drawn screen, and the app exits with
 * it; the database keeps everything that was saved.
 */
import { describe, expect, test } from 'vitest';
import { KEY, renderApp } from '../helpers/screen.js';
import { completeP } from '../helpers/fixtures.js';
import { stackReducer, initialStack, type Screen } from '../../src/screens/screen-stack.js';

describe('an unexpected error in the terminal UI', () => {
  test('a damaged row opened from the table: one sentence, the error kept for support, the rest untouched', async () => {
    const app = await renderApp();
    const good = app.ops.createRegistration('nurse', { type: 'P', data: completeP() });
    const damaged = app.ops.createRegistration('nurse', { type: 'H' });
    // Damaged as a disk or a hand edit would: past the database's own check that the answers are JSON.
    app.db.pragma('ignore_check_constraints = ON');
    app.db.prepare('UPDATE registrations SET data = ? WHERE id = ?').run('{"IDC_PAT": "8504', damaged.id);
    await app.press('g'); // back to the newest row, the damaged one
    await app.waitFor(`#${damaged.id}`);
    await app.press(KEY.enter);
    const frame = await app.waitFor('angio stopped on an unexpected error');
    expect(frame.replace(/\s+/g, ' ')).toMatch(
      /angio stopped on an unexpected error: [^.]*JSON[^.]*\. Every answer confirmed before it is saved; start angio again to go on\./,
    );
    expect(frame).not.toMatch(/\bat .*\(.*:\d+:\d+\)/); // no stack trace
    expect(frame).not.toContain('code / id'); // the table is gone, not half drawn
    expect(app.crashes).toHaveLength(1);
    expect(app.crashes[0]!.stack).toContain('JSON');
    expect(app.store.mustGet(good.id).data).toMatchObject({ IDC_PAT: '85040216932' });
  });
});

describe('the screen stack', () => {
  const form = { kind: 'view', id: 1 } satisfies Screen;
  test('opens over, goes back, never below the table, swaps the top and goes home with screens over it', () => {
    let s = stackReducer(initialStack, { type: 'open', screen: { kind: 'new' } });
    expect(s.map((x) => x.kind)).toEqual(['table', 'new']);
    s = stackReducer(s, { type: 'back' });
    s = stackReducer(s, { type: 'back' });
    expect(s.map((x) => x.kind)).toEqual(['table']);
    s = stackReducer(stackReducer(s, { type: 'open', screen: form }), { type: 'swap', screen: { kind: 'lists' } });
    expect(s.map((x) => x.kind)).toEqual(['table', 'lists']);
    s = stackReducer(s, { type: 'home', over: [{ kind: 'sent', id: 1, code: 'AG-1' }] });
    expect(s.map((x) => x.kind)).toEqual(['table', 'sent']);
    expect(stackReducer(s, { type: 'home' })).toEqual(initialStack);
  });
});
