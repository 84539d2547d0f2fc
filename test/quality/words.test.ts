/**
 * The report explains itself: every indicator of the list is described in docs/quality.md, and
 * every word of the report exists in English, Dutch and French with the same placeholders.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { INDICATORS, word, WORD_KEYS } from '../../src/quality/index.js';
import { expectEach } from '../helpers/expect-each.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the words and the documentation of the quality report', () => {
  test('docs/quality.md names every indicator by its id', () => {
    const doc = readFileSync(new URL('../../docs/quality.md', import.meta.url), 'utf8');
    expectEach(INDICATORS, (i) => doc.includes(`\`${i.id}\``));
  });

  test('every word in EN, NL and FR, with the same placeholders in each', () => {
    expectEach(WORD_KEYS, (key) => {
      const [en, nl, fr] = (['en', 'nl', 'fr'] as const).map((lang) => word(lang, key));
      return [en, nl, fr].every((s) => s!.length > 0) && [nl, fr].every((s) => placeholders(s!).join() === placeholders(en!).join());
    });
  });

  test('placeholders are filled; an unknown one stays visible rather than vanishing', () => {
    expect(word('fr', 'days', { n: 3 })).toBe('3 jours');
    expect(word('en', 'days')).toBe('{n} days');
  });
});
