import { stripVTControlCharacters } from 'node:util';
import { manualClock } from '../../src/clock.js';
import { describe, expect, test } from 'vitest';
import { act } from 'react';
import { cleanup, render } from 'ink-testing-library';
import { App } from '../../src/screens/app.js';
import { createAccess, createRegistrationStore, openDatabase } from '../../src/store/index.js';
import { hmacPseudonymiser } from '../../src/transmit/index.js';
import { createCore, createOperations } from '../../src/operations/index.js';
import { completeP, NOW } from '../helpers/fixtures.js';
import { tempDbPath } from '../helpers/db.js';
import type { Lang } from '../../src/registry/index.js';

/** Two people on one database file, as two terminals would be. */
async function asUser(path: string, user: string, lang: Lang = 'en') {
  const db = openDatabase(path);
  const core = createCore(db, { clock: manualClock(NOW), pseudonymiser: hmacPseudonymiser(Buffer.alloc(32, 2)) });
  core.users.claimFirstAdmin('boss');
  const { store, users: access } = core;
  let r!: ReturnType<typeof render>;
  await act(async () => {
    r = render(<App core={core} ops={createOperations(core)} user={user} lang={lang} size={{ rows: 24, columns: 100 }} />);
  });
  const press = async (...keys: string[]) => {
    for (const k of keys) {
      await act(async () => {
        r.stdin.write(k);
      });
      await act(async () => {
        await new Promise((resolve) => setImmediate(resolve));
      });
    }
  };
  return { db, store, access, frame: () => stripVTControlCharacters(r.lastFrame() ?? ''), press };
}

describe('roles and other users in the TUI', () => {
  test('a support user reads but every change is refused with the reason', async () => {
    const path = tempDbPath();
    const admin = await asUser(path, 'boss');
    admin.access.add('helpdesk', 'support', 'boss');
    admin.store.create({ type: 'P', data: completeP(), user: 'boss' });
    const support = await asUser(path, 'helpdesk');
    await support.press('t', 't', 't', 't', 't');
    expect(support.frame()).toMatch(/#1 +P/);
    for (const [key, verb] of [
      ['n', 'create'],
      ['s', 'send'],
      ['d', 'delete'],
    ] as const) {
      await support.press(key);
      expect(support.frame()).toContain(`User "helpdesk" has the role support, which may not ${verb} registrations.`);
    }
    await support.press('\r');
    expect(support.frame()).toMatch(/Read-only: User "helpdesk" has the role support, which may not edit registrations/);
    await act(async () => {
      cleanup();
    });
  });

  test("a refused role is said in the user's language", async () => {
    const path = tempDbPath();
    const admin = await asUser(path, 'boss');
    admin.access.add('helpdesk', 'support', 'boss');
    admin.store.create({ type: 'P', data: completeP(), user: 'boss' });
    const support = await asUser(path, 'helpdesk', 'fr');
    await support.press('t', 't', 't', 't', 't', 'n');
    expect(support.frame()).toContain('L’utilisateur « helpdesk » a le rôle support, qui ne peut pas créer d’enregistrements.');
    await support.press('\r');
    expect(support.frame()).toMatch(/Lecture seule : L’utilisateur « helpdesk » a le rôle support, qui ne peut pas modifier/);
    await act(async () => {
      cleanup();
    });
  });

  test('the table notices a registration added by another process', async () => {
    const path = tempDbPath();
    const one = await asUser(path, 'boss');
    expect(one.frame()).toContain('No registrations yet');
    const other = openDatabase(path);
    const store = createRegistrationStore(other, { access: createAccess(other), clock: manualClock(NOW) });
    store.create({ type: 'H', data: {}, user: 'boss' });
    // the table checks for others' changes every second: poll the frame, no fixed sleep
    const deadline = Date.now() + 5000;
    while (!/#1 +H/.test(one.frame()) && Date.now() < deadline)
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
      });
    expect(one.frame()).toMatch(/#1 +H/);
    other.close();
    await act(async () => {
      cleanup();
    });
  });
});
