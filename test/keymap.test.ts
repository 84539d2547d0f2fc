import { describe, expect, test } from 'vitest';
import { actionFor, BINDINGS, footerHints, matches, type Scope } from '../src/keymap.js';

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

  test('footers are generated from the keymap and fit 80 columns', () => {
    for (const scope of ['table', 'form', 'picker', 'review', 'list', 'search', 'view', 'confirm'] as Scope[]) {
      expect(footerHints(scope).length, scope).toBeLessThanOrEqual(79);
    }
    expect(footerHints('table')).toContain('s:send');
  });

  test('a disabled action says why', () => {
    const del = BINDINGS.find((b) => b.id === 'table.delete')!;
    expect(del.whyDisabled!({ status: 'sent' })).toMatch(/Only an Open registration can be deleted/);
    expect(del.whyDisabled!({ status: 'open' })).toBeUndefined();
  });
});
