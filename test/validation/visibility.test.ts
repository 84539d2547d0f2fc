import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { codeListOf, fieldsOf, formOf, holds, TYPE_CODES, type Field, type Form } from '../../src/registry/index.js';
import {
  applyDerived,
  completeness,
  isAnswerable,
  isEmpty,
  validate,
  visibilityOf,
  visibleFields,
  type Data,
} from '../../src/validation/index.js';
import { generateData } from '../../src/demo/generate.js';
import { createRandom } from '../../src/demo/random.js';
import { completeP, NOW, TODAY } from '../helpers/fixtures.js';
import { systemFields } from '../../src/transmit/index.js';

/** The display rules read directly from the catalogue's condition trees, one pass in form order. */
function visibleByTheBook(form: Form, data: Data): Set<string> {
  const visible = new Set<string>();
  for (const f of form.fields) if (!f.show || holds(f.show, (id) => (visible.has(id) ? data[id] : undefined))) visible.add(f.id);
  return visible;
}

/** Records that exercise the conditions: each controlling field gets a code of its list, a set of them, a number, or nothing. */
function records(form: Form) {
  const controllers = [
    ...new Set(form.fields.flatMap((f) => [f.show, f.requiredWhen, f.optionalWhen].flatMap((c) => (c ? fieldsOf(c) : [])))),
  ].filter((id) => form.byId.has(id));
  const valueOf = (id: string) => {
    const codes = codeListOf(form.byId.get(id)!)?.codes.map((c) => c.code) ?? ['1', '0'];
    return fc.oneof(fc.constantFrom(...codes), fc.subarray(codes), fc.constant(1), fc.constant(''), fc.constant(null));
  };
  return fc.record(Object.fromEntries(controllers.map((id) => [id, valueOf(id)])), { requiredKeys: [] }) as fc.Arbitrary<Data>;
}

describe('display conditions compiled once per form decide as the catalogue says', () => {
  test.each(TYPE_CODES)('form %s: the same fields apply, whatever the answers', (type) => {
    const form = formOf(type);
    fc.assert(
      fc.property(records(form), (data) => {
        expect([...visibleFields(form, data)]).toEqual([...visibleByTheBook(form, data)]);
      }),
      { numRuns: 300 },
    );
  });

  test.each(TYPE_CODES)('form %s: completeness counts the required answers that apply', (type) => {
    const form = formOf(type);
    const countable = (f: Field) => isAnswerable(f) || f.kind === 'computed' || f.kind === 'generated';
    fc.assert(
      fc.property(records(form), (data) => {
        const visible = visibleByTheBook(form, data);
        const get = (id: string) => (visible.has(id) ? data[id] : undefined);
        const counted = form.valueFields.filter(
          (f) =>
            visible.has(f.id) &&
            countable(f) &&
            !(f.optionalWhen && holds(f.optionalWhen, get)) &&
            (f.required || (!!f.requiredWhen && holds(f.requiredWhen, get))),
        );
        expect(completeness(form, data)).toEqual({ total: counted.length, filled: counted.filter((f) => !isEmpty(data[f.id])).length });
      }),
      { numRuns: 200 },
    );
  });

  test.each(TYPE_CODES)('form %s: complete validation asks for exactly the required answers that apply and are missing', (type) => {
    const form = formOf(type);
    const countable = (f: Field) => isAnswerable(f) || f.kind === 'computed' || f.kind === 'generated';
    fc.assert(
      fc.property(records(form), (data) => {
        const problems = validate(form, data, 'complete', { today: TODAY });
        const visible = visibleByTheBook(form, data);
        // Required-when conditions read only answers that apply and passed their own checks.
        const checked = new Set(validate(form, data, 'draft').map((p) => p.field));
        const get = (id: string) => (visible.has(id) && !checked.has(id) ? data[id] : undefined);
        const missing = form.valueFields.filter(
          (f) =>
            visible.has(f.id) &&
            countable(f) &&
            !(f.optionalWhen && holds(f.optionalWhen, get)) &&
            (f.required || (!!f.requiredWhen && holds(f.requiredWhen, get))) &&
            isEmpty(data[f.id]),
        );
        expect(
          problems
            .filter((p) => p.code === 'required')
            .map((p) => p.field)
            .sort(),
        ).toEqual(missing.map((f) => f.id).sort());
      }),
      { numRuns: 200 },
    );
  });

  test.each(TYPE_CODES)(
    'form %s: the fields a send adds are never counted and no condition reads them, so completeness can be counted before the send',
    (type) => {
      const form = formOf(type);
      const added = Object.keys(systemFields(type, 'AG-0000-0001-1', 'key'));
      expect(added.length).toBeGreaterThan(0);
      for (const id of added) {
        const f = form.byId.get(id)!;
        expect(f.kind === 'hidden' || (!f.required && !f.requiredWhen), id).toBe(true);
      }
      const read = form.fields.flatMap((f) => [...(f.show ? fieldsOf(f.show) : []), ...(f.requiredWhen ? fieldsOf(f.requiredWhen) : [])]);
      expect(read.filter((id) => added.includes(id))).toEqual([]);
    },
  );

  test.each(TYPE_CODES)('form %s: validation from the answers by position finds what walking the answers finds', (type) => {
    const form = formOf(type);
    const title = form.fields.find((f) => f.kind === 'title')!.id;
    const r = createRandom(7);
    const generated = fc.constantFrom(
      ...Array.from({ length: 20 }, (_, i) => generateData({ type, random: r, today: Date.parse(NOW), complete: i % 2 === 0, user: 'u' })),
    );
    const extra = fc.record(
      { NOT_A_FIELD: fc.constant('x'), [title]: fc.constant('1'), MS_PAT_HGHT: fc.constantFrom(170, 'tall', -3) },
      { requiredKeys: [] },
    );
    const key = (p: { field: string; code: string }) => `${p.field}:${p.code}`;
    fc.assert(
      fc.property(fc.oneof(records(form), generated), extra, (answers, more) => {
        const data = { ...answers, ...more } as Data;
        const walked = validate(form, data, 'complete', { today: TODAY }).map(key).sort();
        expect(
          validate(form, data, 'complete', { today: TODAY, visibility: visibilityOf(form, data) })
            .map(key)
            .sort(),
        ).toEqual(walked);
      }),
      { numRuns: 200 },
    );
  });

  test('a complete P registration has every required answer that applies', () => {
    const form = formOf('P');
    const { filled, total } = completeness(form, applyDerived(form, completeP()));
    expect(total).toBeGreaterThan(20);
    expect(filled).toBe(total);
  });
});
