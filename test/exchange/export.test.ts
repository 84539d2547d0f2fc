import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exportCsv, PSEUDONYM_COLUMN } from '../../src/exchange/export.js';
import { createSender, hmacPseudonymiser } from '../../src/transmit/index.js';
import { completeP } from '../helpers/fixtures.js';
import { freshStore, tempDir } from '../helpers/db.js';

const pseudonymiser = hmacPseudonymiser(Buffer.alloc(32, 5));

describe('CSV export', () => {
  test('HD4DP format: ";" separator, ids as header, dd/mm/yyyy dates, codes, "|" for several', async () => {
    const { store } = freshStore();
    store.create({
      type: 'P',
      user: 'a',
      data: { ...completeP(), CD_COMPLIC_PLC_INS_1: ['3', '4'], CD_TREAT_1: '1', TX_PAT_LAST_NAM: '=HYPERLINK("x")' },
    });
    const file = join(tempDir(), 'p.csv');
    expect(await exportCsv(store, file, { type: 'P' })).toBe(1);
    const [header, row] = readFileSync(file, 'utf8').trim().split('\n');
    const cols = header!.split(';');
    expect(cols).toContain('DT_HOSPZ');
    expect(cols).not.toContain('LOC_CONSENT');
    expect(cols).not.toContain('TX_TTL_PCI');
    const cell = (id: string) => row!.split(';')[cols.indexOf(id)];
    expect(cell('DT_HOSPZ')).toBe('10/03/2026');
    expect(cell('CD_COMPLIC_PLC_INS_1')).toBe('3|4');
    expect(cell('IDC_PAT')).toBe('85040216932');
    // formula injection neutralised
    expect(cell('TX_PAT_LAST_NAM')).toMatch(/^"?'=HYPERLINK/);
  });

  test('the coded export has a pseudonym and no identity, Sent registrations only', async () => {
    const { db, store } = freshStore();
    const sender = createSender(db, store, pseudonymiser);
    const sent = store.create({
      type: 'P',
      user: 'a',
      data: { ...completeP(), TX_PAT_FIRST_NAM: 'Zoltanius', TX_PAT_LAST_NAM: 'Quibbleworth', TX_IDC_PAT_INT: 'INT-998877' },
    });
    sender.send(sent.id, { user: 'a' });
    store.create({ type: 'P', user: 'a', data: { ...completeP(), TX_PAT_FIRST_NAM: 'Openonly' } });
    const file = join(tempDir(), 'coded.csv');
    expect(await exportCsv(store, file, { type: 'P', coded: { pseudonymiser } })).toBe(1);
    const text = readFileSync(file, 'utf8');
    for (const secret of ['85040216932', 'Zoltanius', 'Quibbleworth', 'INT-998877', 'Openonly']) expect(text).not.toContain(secret);
    const [header, row] = text.trim().split('\n');
    expect(header!.split(';').at(-1)).toBe(PSEUDONYM_COLUMN);
    expect(row!.split(';').at(-1)).toBe(pseudonymiser.pseudonym('85040216932'));
  });
});
