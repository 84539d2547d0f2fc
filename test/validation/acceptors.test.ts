import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { codeListOf, formOf } from '../../src/registry/index.js';
import { acceptorOf, valueSchema } from '../../src/validation/field-schemas.js';
import { completeP } from '../helpers/fixtures.js';

const form = formOf('FP');

/** Values near the edges of every kind: codes of the field's list, dates, numbers, junk. */
function candidates(fieldId: string) {
  const f = form.byId.get(fieldId)!;
  const codes = codeListOf(f)?.codes.map((c) => c.code) ?? [];
  const scalar = fc.oneof(
    fc.constantFrom(
      ...(codes.length ? codes : ['x']),
      '',
      ' ',
      '2026-02-29',
      '2024-02-29',
      '2026-13-01',
      '10:61',
      '23:59',
      '85040216932',
      '10012378580',
      '9000',
      '999',
      '12a',
    ),
    fc.string({ maxLength: 20 }),
    fc.double({ noNaN: false }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
  );
  return fc.oneof(scalar, fc.array(scalar, { maxLength: 4 }));
}

describe('fast acceptors are never more lenient than the zod schemas', () => {
  test.each(form.valueFields.filter((f) => f.kind !== 'title' && f.kind !== 'info').map((f) => f.id))('%s', (id) => {
    const f = form.byId.get(id)!;
    const accept = acceptorOf(f);
    const schema = valueSchema(f);
    fc.assert(
      fc.property(candidates(id), (v) => !accept(v) || schema.safeParse(v).success),
      { numRuns: 60 },
    );
  });

  test('and they accept the values of a complete registration', () => {
    const p = formOf('P');
    for (const [id, v] of Object.entries(completeP())) expect(acceptorOf(p.byId.get(id)!)(v), id).toBe(true);
  });
});
