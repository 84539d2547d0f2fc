import { describe, expect, test } from 'vitest';
import { actionFor, BINDINGS, bindingsFor, descriptionOf, footerHints, keysLabel, matches } from '../src/keymap.js';
import { LANGS } from '../src/registry/index.js';
import { HELP_KEYS } from '../src/screens/help-overlay.js';
import { expectEach } from './helpers/expect-each.js';

describe('the keymap', () => {
  test('every action has a description and at least one key', () => {
    expect(BINDINGS.length).toBeGreaterThan(50);
    for (const b of BINDINGS) {
      expect(b.description.length, b.id).toBeGreaterThan(3);
      expect(b.keys.length, b.id).toBeGreaterThan(0);
    }
  });

  test('no two actions of one scope share a key, nor shadow a global one unintentionally', () => {
    const scopes = new Set(BINDINGS.map((b) => b.scope));
    for (const scope of scopes) {
      const seen = new Map<string, string>();
      for (const b of BINDINGS.filter((x) => x.scope === scope)) {
        for (const k of b.keys) {
          expect(seen.get(k), `${scope}: ${k} of ${b.id} already bound to ${seen.get(k)}`).toBeUndefined();
          seen.set(k, b.id);
        }
      }
    }
  });

  test('keys resolve to actions; Ctrl and special keys are told apart from letters', () => {
    expect(actionFor('table', 'j', {})).toBe('table.down');
    expect(actionFor('table', '', { downArrow: true })).toBe('table.down');
    expect(actionFor('table', 'd', {})).toBe('table.delete');
    expect(actionFor('table', 'd', { ctrl: true })).toBe('table.pageDown');
    expect(actionFor('form', 's', { ctrl: true })).toBe('form.save');
    expect(actionFor('form', '', { tab: true, shift: true })).toBe('form.prev');
    expect(actionFor('table', '?', {})).toBe('app.help');
    expect(matches('form.toggle', ' ', {})).toBe(true);
  });

  test('footers are generated from the keymap, in each language, and fit 80 columns with every pair', () => {
    const scopes = [...new Set(BINDINGS.map((b) => b.scope))].filter((s) => s !== 'global');
    expect(scopes.length).toBeGreaterThan(10);
    for (const lang of LANGS)
      for (const scope of scopes) {
        const footer = footerHints(scope, lang);
        expect([...footer].length, `${lang} ${scope}: ${footer}`).toBeLessThanOrEqual(79);
        const pairs = bindingsFor(scope).filter((b) => b.footer).length;
        expect(footer.split(' ').filter((w) => w.includes(':')).length, `${lang} ${scope}: ${footer}`).toBe(pairs);
      }
    expect(footerHints('table', 'en')).toContain('s:send');
    expect(footerHints('table', 'nl')).toContain('s:verzend');
    expect(footerHints('table', 'fr')).toContain('s:envoi');
  });

  test("every description fits the help's line at 80 columns, in each language", () => {
    // The help's box: border and padding on both sides, the keys column, then the description.
    const room = 80 - 4 - HELP_KEYS;
    expectEach(
      BINDINGS.flatMap((b) => LANGS.map((lang) => descriptionOf(b, lang))),
      (d) => [...d].length <= room,
      'description',
    );
    for (const lang of LANGS) expect(Math.max(...BINDINGS.map((b) => keysLabel(b, 4, lang).length))).toBeLessThan(HELP_KEYS);
  });

  test('a disabled action says why', () => {
    const del = BINDINGS.find((b) => b.id === 'table.delete')!;
    expect(del.whyDisabled!({ status: 'sent' }, 'en')).toBe('Only an Open registration can be deleted; this one is Sent.');
    expect(del.whyDisabled!({ status: 'sent' }, 'fr')).toBe('Seul un enregistrement Ouvert peut être supprimé ; celui-ci est Envoyé.');
    expect(del.whyDisabled!({ status: 'open' }, 'nl')).toBeUndefined();
  });
});
