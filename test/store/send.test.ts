import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  answersOf,
  createSender,
  hmacPseudonymiser,
  loadOrCreateSecret,
  newRegistrationCode,
  outboxPayloads,
  parseRegistrationCode,
  prepareSend,
  systemFields,
} from '../../src/transmit/index.js';
import { formOf } from '../../src/registry/index.js';
import { visibilityOf } from '../../src/validation/index.js';
import { completeP } from '../helpers/fixtures.js';
import { freshStore, tempDir } from '../helpers/db.js';
import { checkInvariants, jsonText } from '../../src/store/index.js';

const secret = Buffer.alloc(32, 7);

function setup(newCode?: () => string) {
  const { db, store } = freshStore();
  const sender = createSender(db, store, hmacPseudonymiser(secret), { ...(newCode ? { newCode } : {}) });
  return { db, store, sender };
}

describe('registration codes', () => {
  test('look like AG-XXXX-XXXX-C, letters and digits only, and carry a valid check symbol', () => {
    for (let i = 0; i < 200; i++) {
      const code = newRegistrationCode();
      expect(code).toMatch(/^AG-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/);
      expect(parseRegistrationCode(code)).toBe(code);
    }
  });

  test('a mistyped symbol or two swapped symbols are detected; case, dashes, O/I/L are forgiven', () => {
    const code = newRegistrationCode(() => Buffer.from([0x12, 0x34, 0x56, 0x78, 0x9a]));
    const body = code.replace(/-/g, '');
    const swapped = body.slice(0, 3) + body[4] + body[3] + body.slice(5);
    if (body[3] !== body[4]) expect(parseRegistrationCode(swapped)).toBeUndefined();
    const typo = body.slice(0, 5) + (body[5] === 'A' ? 'B' : 'A') + body.slice(6);
    expect(parseRegistrationCode(typo)).toBeUndefined();
    expect(parseRegistrationCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
  });
});

describe('sending', () => {
  test('an incomplete record stays Open and gets the list of what is missing', () => {
    const { store, sender } = setup();
    const r = store.create({ type: 'P', data: { DT_HOSPZ: '2026-03-10' }, user: 'nurse' });
    const res = sender.send(r.id, { user: 'nurse' });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.problems.some((p) => p.field === 'CD_PREST_PCI' && p.code === 'required')).toBe(true);
    expect(store.mustGet(r.id)).toMatchObject({ status: 'open', registrationCode: null, rowVersion: 1 });
  });

  test('a complete record becomes Sent with a code and a business key, in the audit log, frozen', () => {
    const { store, sender } = setup();
    const r = store.create({ type: 'P', data: { ...completeP(), CD_LVEF: '4' }, user: 'nurse' });
    const res = sender.send(r.id, { user: 'doctor' });
    expect(res.ok).toBe(true);
    const sent = store.mustGet(r.id);
    expect(sent.status).toBe('sent');
    expect(parseRegistrationCode(sent.registrationCode!)).toBe(sent.registrationCode);
    expect(sent.data.TX_REGN_CD).toBe(sent.registrationCode);
    // the value of a field that no longer applied (LVEF % without measurement) is not sent
    expect(sent.data.MS_LVEF).toBeUndefined();
    // the business key carries a pseudonym, never the NISS
    expect(sent.businessKey).toMatch(/^P\|[0-9a-f]{32}\|2026-03-10$/);
    expect(sent.businessKey).not.toContain('85040216932');
    expect(store.history(r.id).at(-1)).toMatchObject({ action: 'send', user: 'doctor' });
    expect(() => store.patch(r.id, { changes: { MS_PAT_HGHT: 150 }, rowVersion: sent.rowVersion, user: 'x' })).toThrow(
      /can no longer be edited/,
    );
    expect(() => store.delete(r.id, { user: 'x' })).toThrow(/only an Open/);
  });

  test('sending twice never yields two codes', () => {
    const { store, sender } = setup();
    const r = store.create({ type: 'P', data: completeP(), user: 'nurse' });
    const first = sender.send(r.id, { user: 'nurse' });
    const second = sender.send(r.id, { user: 'nurse' });
    expect(second).toMatchObject({ ok: true, alreadySent: true });
    expect(second.registration.registrationCode).toBe(first.registration.registrationCode);
    expect(store.history(r.id).filter((h) => h.action === 'send')).toHaveLength(1);
  });

  test('a code already in use is drawn again', () => {
    const codes = ['AG-0000-0001-1', 'AG-0000-0001-1', 'AG-0000-0002-2'];
    const { store, sender } = setup(() => codes.shift()!);
    const a = store.create({ type: 'P', data: completeP(), user: 'n' });
    const b = store.create({ type: 'P', data: { ...completeP(), DT_HOSPZ: '2026-03-09', DT_PCI_1: '2026-03-09' }, user: 'n' });
    sender.send(a.id, { user: 'n' });
    sender.send(b.id, { user: 'n' });
    expect([store.mustGet(a.id).registrationCode, store.mustGet(b.id).registrationCode]).toEqual(['AG-0000-0001-1', 'AG-0000-0002-2']);
  });

  test('a record created and sent at once (an imported row) whose drawn code is taken gets another, written once', () => {
    const codes = ['AG-0000-0001-1', 'AG-0000-0001-1', 'AG-0000-0002-2'];
    const { db, store, sender } = setup(() => codes.shift()!);
    const other = { ...completeP(), DT_HOSPZ: '2026-03-09', DT_PCI_1: '2026-03-09' };
    const [a, b] = db.transaction(() => [sender.createAndSend('P', completeP(), 'n'), sender.createAndSend('P', other, 'n')])();
    expect([a!.registrationCode, b!.registrationCode]).toEqual(['AG-0000-0001-1', 'AG-0000-0002-2']);
    expect(store.mustGet(b!.id).data.TX_REGN_CD).toBe('AG-0000-0002-2');
    expect(store.list({ status: 'all' })).toHaveLength(2);
    expect(checkInvariants(db)).toEqual([]);
  });
});

describe('a send prepared ahead (in the reading thread of an import)', () => {
  const p = hmacPseudonymiser(secret);
  const hospital = { name: 'AZ Test', inami: '71000000' };
  const form = formOf('P');

  test('writes the same answers and messages as a send made in place, with system fields from a file left out', () => {
    const variants = [
      completeP(),
      { ...completeP(), TX_REGN_CD: 'AG-FROM-FILE-0', CD_NIC_TPE: 'X', TX_DCD: 'P' },
      { ...completeP(), TX_AUTHOR: 'Dr "Q" \\ a line\nand é', TX_IDC_PAT_INT: 'int-7', LOC_CONSENT: '1', TX_COAUTHOR: '' },
    ];
    // Serialised from the answers object, or (as an import does) from the same answers by field position.
    for (const [data, values] of variants.flatMap(
      (d) =>
        [
          [d, undefined],
          [d, visibilityOf(form, d).values],
        ] as const,
    )) {
      const prepared = prepareSend(form, data, 'AG-0000-0001-1', { pseudonymiser: p, hospital }, { filled: 1, total: 2 }, values)!;
      const businessKey = prepared.row.businessKey;
      const { TX_REGN_CD: _c, CD_NIC_TPE: _t, TX_DCD: _d, ...answers } = data;
      const final = { ...answers, ...systemFields('P', 'AG-0000-0001-1', businessKey) };
      const rowText = jsonText(prepared.row.data);
      expect(JSON.parse(rowText)).toEqual(final);
      expect(rowText.match(/"TX_REGN_CD"/g)).toHaveLength(1); // a file's code is left out, not overwritten
      expect(answersOf(prepared)).toEqual(answers);
      const ref = { type: 'P' as const, formVersion: form.version, registrationCode: 'AG-0000-0001-1', businessKey, submission: 1 };
      const expected = outboxPayloads(ref, final, p, hospital, 'registration');
      expect(expected.map((i) => i.destination)).toEqual(['healthdata', 'cin']);
      expect(prepared.outbox.map((i) => ({ ...i, payload: JSON.parse(jsonText(i.payload)) }))).toEqual(
        JSON.parse(JSON.stringify(expected)),
      );
      expect(prepared.row).toMatchObject({
        patientKey: '85040216932',
        keyDate: data.DT_HOSPZ,
        lastPciDate: data.DT_PCI_1,
        filled: 1,
        total: 2,
      });
    }
  });

  test('whose code was taken meanwhile is sent under another, its answers read back from what was prepared', () => {
    const codes = ['AG-0000-0001-1', 'AG-0000-0002-2'];
    const { db, store, sender } = setup(() => codes.shift()!);
    const other = { ...completeP(), DT_HOSPZ: '2026-03-09', DT_PCI_1: '2026-03-09' };
    const prepared = prepareSend(form, other, 'AG-0000-0001-1', { pseudonymiser: p, hospital: {} })!;
    const [a, b] = db.transaction(() => [
      sender.createAndSend('P', completeP(), 'n'),
      sender.createAndSend('P', undefined, 'n', undefined, prepared),
    ])();
    expect([a!.registrationCode, b!.registrationCode]).toEqual(['AG-0000-0001-1', 'AG-0000-0002-2']);
    expect(store.mustGet(b!.id).data).toEqual({ ...other, ...systemFields('P', 'AG-0000-0002-2', prepared.row.businessKey) });
    expect(checkInvariants(db)).toEqual([]);
  });
});

describe('the installation secret', () => {
  test('is created once with mode 0600 and then reused', () => {
    const path = join(tempDir(), 'angio.secret');
    const a = loadOrCreateSecret(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(loadOrCreateSecret(path).equals(a)).toBe(true);
    expect(hmacPseudonymiser(a).pseudonym('85040216932')).toMatch(/^[0-9a-f]{32}$/);
  });
});
