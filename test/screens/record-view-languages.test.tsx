/**
 * The record view in French and Dutch: each delivery's next try or delivery in Belgian time, why
 * it waits or failed in the person's language (also what an earlier version stored in English),
 * measured values with a decimal comma, and the history's times in Belgian time.
 */
import { describe, expect, test } from 'vitest';
import { completeP } from '../helpers/fixtures.js';
import { KEY, renderApp } from '../helpers/screen.js';

/** A Sent registration whose two deliveries wait and failed, as an earlier version recorded them; the app on its record view. */
async function recordView(lang: 'fr' | 'nl') {
  const app = await renderApp({ lang, rows: 200, columns: 140 });
  const r = app.store.create({ type: 'P', data: { ...completeP(), MS_PAT_WGHT: 85.4, MS_RECNT_SERM_CREAN: 0.76 }, user: 'a' });
  app.sender.send(r.id, { user: 'a' });
  const items = app.outbox.ofRegistration(r.id);
  app.outbox.record([
    {
      id: items.find((i) => i.destination === 'healthdata')!.id,
      status: 'retry',
      error: 'ECONNREFUSED: fetch failed',
      next: '2026-07-01T22:30:00.000Z',
    },
    { id: items.find((i) => i.destination === 'cin')!.id, status: 'failed', error: 'HTTP 422: CD_PREST_PCI: unknown item' },
  ]);
  await app.press('t', 't', 't', 't', 't', KEY.enter);
  return app;
}

describe('the record view says delivery, times and numbers in the person’s language', () => {
  test('in French', async () => {
    const app = await recordView('fr');
    // The test clock is 26/11/2026 10:00 UTC: 11:00 in Brussels; the next try 22:30 UTC in July is 00:30 the next day.
    expect(app.frame()).toMatch(
      /healthdata .* prochain essai 02\/07\/2026 00:30 · .* · le destinataire a refusé la connexion \(ECONNREFUSED\)/,
    );
    expect(app.frame()).toMatch(/cin .* · le destinataire a répondu HTTP 422 : CD_PREST_PCI: unknown item/);
    expect(app.frame()).toMatch(/Poids .* 85,4 kg/);
    expect(app.frame()).toMatch(/ 0,76 mg\/dL/);
    expect(app.frame()).toMatch(/^ {2}26\/11\/2026 11:00 a /m);
    expect(app.frame()).not.toMatch(/fetch failed|\d{4}-\d{2}-\d{2} \d{2}:\d{2}|\d\.\d+ (kg|mg)/);
  });

  test('in Dutch', async () => {
    const app = await recordView('nl');
    expect(app.frame()).toMatch(
      /healthdata .* volgende poging 02\/07\/2026 00:30 · .* · de ontvanger weigerde de verbinding \(ECONNREFUSED\)/,
    );
    expect(app.frame()).toMatch(/cin .* · de ontvanger antwoordde HTTP 422: CD_PREST_PCI: unknown item/);
    expect(app.frame()).toMatch(/ 85,4 kg/);
    expect(app.frame()).not.toMatch(/fetch failed|\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  });
});
