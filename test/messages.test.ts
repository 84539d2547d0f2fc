/** The message catalogue: every message in English, Dutch and French, with the same placeholders in each. */
import { describe, expect, test } from 'vitest';
import { MESSAGES, say, type MessageId } from '../src/messages.js';
import { expectEach } from './helpers/expect-each.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const entries = Object.entries(MESSAGES) as [MessageId, Record<'en' | 'nl' | 'fr', string>][];

describe('the message catalogue', () => {
  test('a message said in English has its Dutch and French', () => {
    expectEach(
      entries.filter(([, m]) => m.en !== ''),
      ([, m]) => m.nl.trim() !== '' && m.fr.trim() !== '',
      'message',
    );
  });

  test('every language of a message has the same placeholders', () => {
    expectEach(
      entries,
      ([, m]) =>
        JSON.stringify(placeholders(m.nl)) === JSON.stringify(placeholders(m.en)) &&
        JSON.stringify(placeholders(m.fr)) === JSON.stringify(placeholders(m.en)),
      'message',
    );
  });

  test('say fills the placeholders it is given and leaves the others visible', () => {
    expect(say('nl', 'dashboard.asOf', { date: '26/11/2026' })).toBe('op 26/11/2026');
    expect(say('fr', 'dashboard.asOf')).toBe('au {date}');
  });
});
