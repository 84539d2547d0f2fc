/**
 * Why a delivery waits or failed: the deliverer stores each reason as an English sentence, and
 * the doors read it back and say it in the person's language — the sentences of earlier
 * versions too (docs/decisions.md#delivery-errors-said-in-the-persons-language).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, test } from 'vitest';
import { createOutbox } from '../../src/store/index.js';
import {
  createDeliverer,
  createSender,
  deliveryErrorText,
  hmacPseudonymiser,
  parseDeliveryError,
  RETRY_FOR_MS,
  type DeliveryError,
} from '../../src/transmit/index.js';
import { deliveryErrorSaid, deliveryErrorSentence } from '../../src/session/index.js';
import { completeP } from '../helpers/fixtures.js';
import { freshStore } from '../helpers/db.js';
import { expectEach } from '../helpers/expect-each.js';
import { closedAfterEach } from '../helpers/servers.js';

const servers = closedAfterEach();

/** A receiver that answers every post with `status` and `body`, or never answers. */
async function receiver(answer: { status: number; body: string } | 'hang'): Promise<string> {
  const server = createServer((req, res) => {
    req.resume();
    if (answer !== 'hang') res.writeHead(answer.status).end(answer.body);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/** An address where nothing listens: a port just freed. */
async function down(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/`;
}

/** One Sent registration, delivered once to `url` (after `age` ms when given): the stored reasons. */
async function deliverTo(url: string, o: { age?: number; timeoutMs?: number } = {}) {
  const { db, store, clock } = freshStore();
  const sender = createSender(db, store, hmacPseudonymiser(Buffer.alloc(32, 9)), { hospital: { name: 'AZ Test', inami: '71000000' } });
  const outbox = createOutbox(db, { clock });
  const r = store.create({ type: 'P', data: completeP(), user: 'n' });
  sender.send(r.id, { user: 'n' });
  if (o.age) clock.advance(o.age);
  const results = await createDeliverer(outbox, { endpoints: { healthdata: url, cin: url }, timeoutMs: o.timeoutMs ?? 2000 }).runOnce();
  return { results, stored: outbox.ofRegistration(r.id).map((i) => i.lastError) };
}

describe('what the deliverer stores is read back as what happened', () => {
  test('a receiver that is down: ECONNREFUSED, said as a refused connection', async () => {
    const { stored } = await deliverTo(await down());
    expect(stored).toHaveLength(2);
    expectEach(stored, (s) => s === 'ECONNREFUSED: fetch failed', 'stored error');
    expect(parseDeliveryError(stored[0]!)).toEqual({ kind: 'network', code: 'ECONNREFUSED', message: 'fetch failed' });
    expect(deliveryErrorSentence('fr', stored[0])).toBe('le destinataire a refusé la connexion (ECONNREFUSED)');
    expect(deliveryErrorSentence('nl', stored[0])).toBe('de ontvanger weigerde de verbinding (ECONNREFUSED)');
  });

  test('a 503 with a message: the status in the language, the receiver’s message as it came', async () => {
    const { stored } = await deliverTo(await receiver({ status: 503, body: '{"message":"maintenance until 14:00"}' }));
    expectEach(stored, (s) => s === 'HTTP 503: maintenance until 14:00', 'stored error');
    expect(deliveryErrorSentence('en', stored[0])).toBe('HTTP 503: maintenance until 14:00');
    expect(deliveryErrorSentence('nl', stored[0])).toBe('de ontvanger antwoordde HTTP 503: maintenance until 14:00');
    expect(deliveryErrorSentence('fr', stored[0])).toBe('le destinataire a répondu HTTP 503 : maintenance until 14:00');
  });

  test('no answer in time', async () => {
    const { stored } = await deliverTo(await receiver('hang'), { timeoutMs: 200 });
    expectEach(stored, (s) => s === 'no answer within 200 ms', 'stored error');
    expect(deliveryErrorSentence('nl', stored[0])).toBe('geen antwoord binnen 200 ms');
  });

  test('ten days of retries given up, with the last reason said too', async () => {
    const { results, stored } = await deliverTo(await down(), { age: RETRY_FOR_MS + 1000 });
    expectEach(results, (r) => r.outcome === 'failed', 'delivery result');
    expectEach(stored, (s) => s === 'gave up after 10 days; last error ECONNREFUSED: fetch failed', 'stored error');
    expect(deliveryErrorSentence('fr', stored[0])).toBe(
      'abandonné après 10 jours ; dernière erreur : le destinataire a refusé la connexion (ECONNREFUSED)',
    );
  });
});

describe('every shape is written and read back the same', () => {
  const shapes: DeliveryError[] = [
    { kind: 'no-endpoint', destination: 'healthdata' },
    { kind: 'http', status: 422, message: 'CD_PREST_PCI: unknown item' },
    { kind: 'http', status: 502, message: '' },
    { kind: 'http', status: 500, message: 'line one\nline two' },
    { kind: 'timeout', ms: 10000 },
    { kind: 'network', code: 'ENOTFOUND', message: 'fetch failed' },
    { kind: 'network', code: 'TypeError', message: 'fetch failed' },
    { kind: 'gave-up', days: 10, last: { kind: 'http', status: 503, message: 'Service Unavailable' } },
    { kind: 'other', text: 'something no version wrote' },
  ];
  test.each(shapes)('%j', (shape) => {
    expect(parseDeliveryError(deliveryErrorText(shape))).toEqual(shape);
  });

  test('every shape is said in Dutch and French without the English sentence', () => {
    const english = shapes.filter((s) => s.kind !== 'other' && !(s.kind === 'http' && s.message));
    expect(english.length).toBeGreaterThan(5);
    for (const lang of ['nl', 'fr'] as const)
      expectEach(
        english,
        (s) =>
          deliveryErrorSaid(lang, s) !== deliveryErrorText(s) && !/fetch failed|endpoint|within|gave up/.test(deliveryErrorSaid(lang, s)),
      );
  });
});

describe('what earlier versions stored is said too', () => {
  test.each([
    ['TypeError: fetch failed', 'la connexion au destinataire a échoué', 'de verbinding met de ontvanger is mislukt'],
    [
      'ENOTFOUND: fetch failed',
      'le nom du destinataire est introuvable (ENOTFOUND)',
      'de naam van de ontvanger werd niet gevonden (ENOTFOUND)',
    ],
    ['ECONNRESET: fetch failed', 'la connexion a été interrompue (ECONNRESET)', 'de verbinding werd verbroken (ECONNRESET)'],
    ['ETIMEDOUT: fetch failed', 'le destinataire est injoignable (ETIMEDOUT)', 'de ontvanger is niet bereikbaar (ETIMEDOUT)'],
    [
      'DEPTH_ZERO_SELF_SIGNED_CERT: fetch failed',
      'le certificat du destinataire n’est pas reconnu (DEPTH_ZERO_SELF_SIGNED_CERT)',
      'het certificaat van de ontvanger wordt niet vertrouwd (DEPTH_ZERO_SELF_SIGNED_CERT)',
    ],
    ['HTTP 503: ', 'le destinataire a répondu HTTP 503', 'de ontvanger antwoordde HTTP 503'],
    ['HTTP 422', 'le destinataire a répondu HTTP 422', 'de ontvanger antwoordde HTTP 422'],
    ['no answer within 10000 ms', 'pas de réponse dans les 10000 ms', 'geen antwoord binnen 10000 ms'],
    ['no healthdata endpoint configured', 'aucune adresse configurée pour healthdata', 'geen adres ingesteld voor healthdata'],
    [
      'gave up after 10 days; last error no answer within 10000 ms',
      'abandonné après 10 jours ; dernière erreur : pas de réponse dans les 10000 ms',
      'opgegeven na 10 dagen; laatste fout: geen antwoord binnen 10000 ms',
    ],
  ])('%s', (stored, fr, nl) => {
    expect(deliveryErrorSentence('fr', stored)).toBe(fr);
    expect(deliveryErrorSentence('nl', stored)).toBe(nl);
  });

  test('no error is no sentence', () => {
    expect(deliveryErrorSentence('fr', null)).toBe('');
  });
});
