/**
 * The policy holds: our own (derived) rules warn and block only what is impossible; a registration
 * whose measurements are anywhere within what is physically possible, and whose dates keep the
 * order of a stay, is never refused by a rule of ours.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CHECKS, DATE_ORDERS, formOf, type CheckCode, type TypeCode } from '../../src/registry/index.js';
import { applyDerived, messageOf, validate, visibleFields, type Data } from '../../src/validation/index.js';
import { generateData } from '../../src/demo/generate.js';
import { createRandom } from '../../src/demo/random.js';
import { completeP, NOW, TODAY } from '../helpers/fixtures.js';
import { freshCore } from '../helpers/db.js';
import { manualClock } from '../../src/clock.js';

/** The derived checks that block: each says why the value is impossible rather than unusual. */
const IMPOSSIBLE: CheckCode[] = ['beyond_limits', 'date_in_future', 'too_long', 'control_characters'];

describe('the policy of every check', () => {
  test('every check says where it comes from, how severe it is and why; derived ones block only the impossible', () => {
    const checks = Object.entries(CHECKS);
    expect(checks.length).toBeGreaterThan(30);
    for (const [code, p] of checks) expect(p.reason.length, code).toBeGreaterThan(20);
    const blockingOfOurs = checks.filter(([, p]) => p.source === 'derived' && p.severity === 'error').map(([code]) => code);
    expect(blockingOfOurs.sort()).toEqual([...IMPOSSIBLE].sort());
  });

  test('the date orders that block are the impossible ones: a life before birth, a discharge or a procedure outside its stay', () => {
    const blocking = DATE_ORDERS.filter((o) => o.severity === 'error').map((o) => `${o.early}<${o.late}`);
    expect(blocking.length).toBeGreaterThan(0);
    for (const o of blocking) expect(o).toMatch(/^(DT_PAT_DOB<|DT_HOSPZ<(DT_DISCH|DT_FFR|DT_PCI_\d)$|(DT_FFR|DT_PCI_\d)<DT_DISCH$)/);
    expect(DATE_ORDERS.filter((o) => o.severity === 'warning').map((o) => `${o.early}<${o.late}`)).toContain('DT_FIRST_SYMP<DT_HOSPZ');
  });
});

describe('registrations within physiological limits are never refused by a rule of ours', () => {
  test.each(['P', 'FP', 'F', 'H'] as TypeCode[])('form %s', (type) => {
    const form = formOf(type);
    const measured = form.valueFields.filter((f) => f.limits);
    expect(measured.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: measured.length, maxLength: measured.length }),
        (seed, fractions) => {
          const data: Data = generateData({ type, random: createRandom(seed), today: Date.parse(NOW), complete: true, user: 'u' });
          const visible = visibleFields(form, data);
          measured.forEach((f, i) => {
            if (!visible.has(f.id) || data[f.id] === undefined) return;
            const { min, max } = f.limits!;
            const v = min + fractions[i]! * (max - min);
            data[f.id] = f.kind === 'integer' ? Math.round(v) : Math.round(v * 1000) / 1000;
          });
          const problems = validate(form, applyDerived(form, data), 'complete', { today: TODAY });
          const ours = problems.filter((p) => p.severity === 'error' && CHECKS[p.code].source === 'derived');
          expect(ours).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('"today" is the date in Belgium', () => {
  test('a PCI at 00:30 on 1 March (Brussels) is sent on 1 March, while the server’s UTC date is still 28 February', () => {
    const clock = manualClock('2026-02-28T23:30:00Z');
    const { ops } = freshCore({ clock });
    const onTheFirst = { ...completeP(), DT_HOSPZ: '2026-03-01', DT_PCI_1: '2026-03-01', T_WICR_1: '00:30', DT_DISCH: '2026-03-01' };
    const r = ops.createRegistration('nurse', { type: 'P', data: onTheFirst });
    expect(ops.sendRegistration('nurse', { id: r.id }).ok).toBe(true);
    const tomorrow = ops.createRegistration('nurse', {
      type: 'P',
      data: { ...onTheFirst, IDC_PAT: '93051822361', DT_PAT_DOB: '1993-05-18', DT_DISCH: '2026-03-02' },
    });
    const res = ops.sendRegistration('nurse', { id: tomorrow.id });
    expect(res.ok ? [] : res.problems.map((p) => `${p.field}:${p.code}`)).toEqual(['DT_DISCH:date_in_future']);
  });
});

describe('a warning says its numbers as the language writes them', () => {
  test('an unusual creatinine: 0.1–20 in English, 0,1–20 in Dutch and French', () => {
    const warning = validate(formOf('P'), { ...completeP(), MS_RECNT_SERM_CREAN: 25 }, 'complete', { today: TODAY }).find(
      (p) => p.field === 'MS_RECNT_SERM_CREAN',
    );
    expect(warning?.code).toBe('out_of_range');
    expect(messageOf(warning!, 'en')).toContain('0.1–20');
    expect(messageOf(warning!, 'nl')).toContain('0,1–20');
    expect(messageOf(warning!, 'fr')).toContain('0,1–20');
  });
});

describe('a date order names the other field in the reader’s language', () => {
  test('an admission before the birth date: "Date of birth", "Geboortedatum", "Date de naissance"', () => {
    const p = validate(formOf('P'), { ...completeP(), DT_PAT_DOB: '2030-01-01' }, 'complete', { today: '2031-01-01' }).find(
      (x) => x.code === 'date_before' || x.code === 'date_after',
    );
    expect(p).toBeDefined();
    expect(messageOf(p!, 'en')).toContain('Date of birth (01/01/2030)');
    expect(messageOf(p!, 'nl')).toContain('Geboortedatum (01/01/2030)');
    expect(messageOf(p!, 'fr')).toContain('Date de naissance (01/01/2030)');
  });
});

describe('a place of residence', () => {
  const residence = (code: string) =>
    validate(formOf('P'), { ...completeP(), CD_PAT_PLC_RESDC: code }, 'complete', { today: TODAY })
      .filter((p) => p.field === 'CD_PAT_PLC_RESDC')
      .map((p) => p.code);
  test('abroad (9999) and missing (999) are the DCD’s own codes, never "not in the list"; an unknown Belgian code warns', () => {
    expect(residence('9999')).toEqual([]);
    expect(residence('999')).toEqual([]);
    expect(residence('1000')).toEqual([]);
    expect(residence('1001')).toEqual(['postal_unknown']);
  });
});
