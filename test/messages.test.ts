/** The message catalogue: every message in English, Dutch and French, with the same placeholders in each. */
import { describe, expect, test } from 'vitest';
import { MESSAGES, say, type MessageId } from '../src/messages.js';
import { CLI_MESSAGES } from '../src/messages/cli.js';
import { FORM_MESSAGES } from '../src/messages/form.js';
import { DELIVERY_MESSAGES } from '../src/messages/delivery.js';
import { INTEGRITY_MESSAGES } from '../src/messages/integrity.js';
import { KEY_MESSAGES } from '../src/messages/keys.js';
import { REFUSAL_MESSAGES } from '../src/messages/refusals.js';
import { REPORT_MESSAGES } from '../src/messages/report.js';
import { RULE_MESSAGES } from '../src/messages/rules.js';
import { SCREEN_MESSAGES } from '../src/messages/screens.js';
import { LANGS } from '../src/registry/index.js';
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

  test('a message has exactly the three languages, and one said in any of them is said in all', () => {
    // Said only where it is needed: the note that an indicator's definition is in English.
    const onlyWhereNeeded = new Set<string>(['indicator.inEnglish']);
    expectEach(entries, ([, m]) => JSON.stringify(Object.keys(m).sort()) === JSON.stringify([...LANGS].sort()), 'message');
    expectEach(
      entries.filter(([id]) => !onlyWhereNeeded.has(id)),
      ([, m]) => LANGS.every((l) => typeof m[l] === 'string' && m[l].trim() !== ''),
      'message',
    );
  });

  test("the catalogue's parts do not overwrite each other's ids", () => {
    const parts = {
      KEY_MESSAGES,
      SCREEN_MESSAGES,
      FORM_MESSAGES,
      CLI_MESSAGES,
      REPORT_MESSAGES,
      RULE_MESSAGES,
      INTEGRITY_MESSAGES,
      REFUSAL_MESSAGES,
      DELIVERY_MESSAGES,
    };
    const ids = Object.values(parts).flatMap((p) => Object.keys(p));
    expect(ids.length).toBeGreaterThan(300);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    // What a part says is what the catalogue says: no later entry took its id.
    expectEach(
      Object.values(parts).flatMap((p) => Object.entries(p)),
      ([id, m]) => MESSAGES[id as MessageId] === m,
      'message of a part',
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
