/** The README says what the code does: its table of keys is the keymap's. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BINDINGS, descriptionOf } from '../src/keymap.js';
import { withKeyTable } from '../src/keymap-table.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('the README', () => {
  test('its table of keys is the one the keymap makes (npm run docs:keys rewrites it)', () => {
    expect(readme).toBe(withKeyTable(readme));
  });

  test('the table names every action of the keymap', () => {
    expect(BINDINGS.length).toBeGreaterThan(50);
    for (const b of BINDINGS) expect(readme, b.id).toContain(descriptionOf(b, 'en'));
  });
});
