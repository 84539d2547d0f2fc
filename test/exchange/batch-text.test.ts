/**
 * The long strings of a batch of prepared sends cross from the import's reading thread to its
 * writer as UTF-8 in one transferred buffer; the writer gives SQLite the bytes as they are.
 */
import { describe, expect, test } from 'vitest';
import { TextPacker, unpackSend } from '../../src/exchange/batch-text.js';
import { formOf } from '../../src/registry/index.js';
import { checkInvariants, jsonText } from '../../src/store/index.js';
import { answersOf, createSender, hmacPseudonymiser, prepareSend, type PreparedSend } from '../../src/transmit/index.js';
import type { Data } from '../../src/validation/index.js';
import { completeP } from '../helpers/fixtures.js';
import { freshStore } from '../helpers/db.js';

const p = hmacPseudonymiser(Buffer.alloc(32, 9));
const form = formOf('P');
const prepare = (data: Data, code: string) => prepareSend(form, data, code, { pseudonymiser: p, hospital: { name: 'AZ Test' } })!;
const asText = (s: PreparedSend) => ({
  row: { ...s.row, data: jsonText(s.row.data) },
  outbox: s.outbox.map((i) => ({ ...i, payload: jsonText(i.payload) })),
});

/** What crosses the thread boundary: a structured clone of the rows, the buffer transferred. */
function cross(packer: TextPacker, sends: PreparedSend[]) {
  const packed = sends.map((s) => packer.pack(s));
  const text = packer.take();
  const received = structuredClone({ packed, text }, { transfer: [text] });
  expect(text.byteLength).toBe(0); // transferred, not copied
  return received.packed.map((s) => unpackSend(s, Buffer.from(received.text)));
}

describe('a batch of prepared sends between threads', () => {
  test('arrives with the same columns and the same JSON, accents, quotes, line breaks and emoji included', () => {
    const sends = [
      prepare(completeP(), 'AG-0000-0001-1'),
      prepare(
        { ...completeP(), TX_AUTHOR: 'Dr "Q" \\ a line\nand é, ß, 漢字 and 🫀', IDC_PAT: '93051822361', DT_PAT_DOB: '1993-05-18' },
        'AG-0000-0002-2',
      ),
      prepare({ ...completeP(), CD_PREST_PCI: 'BI0153' }, 'AG-0000-0003-3'), // nothing billed: one outbox item
    ];
    const arrived = cross(new TextPacker(), sends);
    expect(arrived.map((s) => s.outbox.length)).toEqual([2, 2, 1]);
    expect(arrived.map(asText)).toEqual(sends);
    expect(arrived[1]!.row.data).toBeInstanceOf(Uint8Array); // bytes, read by SQLite as they are
    expect(answersOf(arrived[1]!).TX_AUTHOR).toBe('Dr "Q" \\ a line\nand é, ß, 漢字 and 🫀');
  });

  test('a batch larger than the buffer grows it; a buffer given back is used again', () => {
    const packer = new TextPacker();
    const long = 'é'.repeat(1_500_000); // 3 MB of UTF-8 each
    const sends = [1, 2, 3].map((n) => prepare({ ...completeP(), TX_AUTHOR: `${n}${long}` }, `AG-0000-000${n}-${n}`));
    expect(cross(packer, sends).map(asText)).toEqual(sends);

    const first = packer.take();
    packer.giveBack(first);
    packer.take();
    expect(packer.take()).toBe(first);
  });

  test('written as bytes, the rows are stored as text, exactly as sent as strings', () => {
    const { db, store } = freshStore();
    const sender = createSender(db, store, p);
    const sends = [
      prepare(completeP(), 'AG-0000-0001-1'),
      prepare({ ...completeP(), TX_AUTHOR: 'é "q"', IDC_PAT: '93051822361', DT_PAT_DOB: '1993-05-18' }, 'AG-0000-0002-2'),
    ];
    const ids = db.transaction(() =>
      cross(new TextPacker(), sends).map((s) => sender.createAndSend('P', undefined, 'importer', undefined, s).id),
    )();
    const stored = (sql: string) => db.prepare(sql).all() as { type: string; text: string }[];
    expect(stored('SELECT typeof(data) AS type, data AS text FROM registrations ORDER BY id')).toEqual(
      sends.map((s) => ({ type: 'text', text: s.row.data })),
    );
    expect(stored("SELECT typeof(changes) AS type, changes AS text FROM audit_log WHERE action = 'create' ORDER BY id")).toEqual(
      sends.map((s) => ({ type: 'text', text: s.row.data })),
    );
    expect(stored('SELECT typeof(payload) AS type, payload AS text FROM outbox ORDER BY id')).toEqual(
      sends.flatMap((s) => s.outbox.map((i) => ({ type: 'text', text: i.payload }))),
    );
    expect(store.mustGet(ids[1]!).data.TX_AUTHOR).toBe('é "q"');
    expect(checkInvariants(db)).toEqual([]);
  });

  test('bytes that are not JSON are refused like a string that is not, and nothing is written', () => {
    const { db, store } = freshStore();
    const sender = createSender(db, store, p);
    const [bad] = cross(new TextPacker(), [prepare(completeP(), 'AG-0000-0001-1')]);
    bad!.row.data = Buffer.from('{"TX_AUTHOR":"cut sho');
    expect(() => db.transaction(() => sender.createAndSend('P', undefined, 'importer', undefined, bad))()).toThrow(/CHECK constraint/);
    expect(
      db
        .prepare('SELECT (SELECT count(*) FROM registrations) + (SELECT count(*) FROM audit_log) + (SELECT count(*) FROM outbox) AS n')
        .get(),
    ).toEqual({ n: 0 });
  });
});
