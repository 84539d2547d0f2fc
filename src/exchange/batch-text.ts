/**
 * The long strings of a batch of prepared sends (each row's answers JSON and its outbox payloads,
 * about 4 KB a row) as UTF-8 in one buffer, which the reading thread of an import hands to the
 * writer without copying it (a transfer, not a structured clone).
 *
 * Each row's strings go into the buffer as soon as its send is prepared, so they die young. Kept
 * as strings until their batch is posted, they would survive the young generation's collections
 * (each one copying them again), be copied into the message, decoded by the writer and encoded
 * again by the SQLite driver. The writer binds the bytes themselves instead (unpackSend).
 */
import type { TypeCode } from '../registry/index.js';
import type { Destination, Json, OutboxKind, SerialisedOutboxItem } from '../store/index.js';
import type { PreparedSend } from '../transmit/index.js';

/** Where a string lies in its batch's buffer: byte offsets, end excluded. */
export type TextRef = readonly [start: number, end: number];

/**
 * A prepared send whose long strings lie in its batch's buffer, as one flat array: its row's
 * columns, its quality facts, then five values per outbox item. An array of plain values crosses between threads at
 * a fraction of the cost of nested objects, whose every key is written and read again.
 */
export type PackedSend = (string | number | null)[];

/** Its row's columns come first, then how many quality facts follow, the facts, then its outbox items. */
const ROW_LENGTH = 11;
const ITEM_LENGTH = 5;

/** Room for a batch of 500 rows of a P form without growing. */
const INITIAL_BYTES = 4 * 1024 * 1024;
const encoder = new TextEncoder();

export class TextPacker {
  private bytes = new Uint8Array(INITIAL_BYTES);
  private at = 0;
  /** Buffers the writer gave back, used again: a new one per batch would cost page faults in both threads. */
  private spare: ArrayBuffer[] = [];

  put(json: Json): TextRef {
    // UTF-8 takes at most 3 bytes per UTF-16 unit: with that much room the string always fits.
    if (this.at + json.length * 3 > this.bytes.length) this.grow(json.length * 3);
    const start = this.at;
    if (typeof json === 'string') this.at += encoder.encodeInto(json, this.bytes.subarray(start)).written;
    else {
      this.bytes.set(json, start);
      this.at += json.length;
    }
    return [start, this.at];
  }

  pack({ row: r, outbox }: PreparedSend): PackedSend {
    const packed: PackedSend = [
      r.type,
      r.formVersion,
      ...this.put(r.data),
      r.patientKey,
      r.keyDate,
      r.lastPciDate,
      r.code,
      r.businessKey,
      r.filled,
      r.total,
      r.facts?.length ?? 0,
      ...(r.facts ?? []),
    ];
    for (const item of outbox) packed.push(item.destination, item.kind, item.idempotencyKey, ...this.put(item.payload));
    return packed;
  }

  /** The buffer of everything put since the last take (to be transferred); the next batch gets a spare one, or a new one. */
  take(): ArrayBuffer {
    const full = this.bytes.buffer;
    const used = this.at;
    const again = this.spare.pop();
    this.bytes = again ? new Uint8Array(again) : new Uint8Array(Math.max(INITIAL_BYTES, used));
    this.at = 0;
    return full;
  }

  /** A buffer the writer is done with (the rows that read from it are written). */
  giveBack(buffer: ArrayBuffer) {
    this.spare.push(buffer);
  }

  private grow(needed: number) {
    const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.at + needed));
    bigger.set(this.bytes.subarray(0, this.at));
    this.bytes = bigger;
  }
}

/**
 * The prepared send a packed one stands for. Its JSON stays bytes, views of the batch's buffer:
 * SQLite takes them as they are (see Json), where a string would be decoded here and encoded again
 * by the driver, and would stay in the young generation until its batch is written.
 */
export function unpackSend(p: PackedSend, text: Buffer): PreparedSend {
  const read = (at: number) => text.subarray(p[at] as number, p[at + 1] as number);
  const outbox: SerialisedOutboxItem[] = [];
  const facts = p[ROW_LENGTH] as number;
  for (let at = ROW_LENGTH + 1 + facts; at < p.length; at += ITEM_LENGTH) {
    outbox.push({
      destination: p[at] as Destination,
      kind: p[at + 1] as OutboxKind,
      idempotencyKey: p[at + 2] as string,
      payload: read(at + 3),
    });
  }
  return {
    row: {
      type: p[0] as TypeCode,
      formVersion: p[1] as string,
      data: read(2),
      patientKey: p[4] as string | null,
      keyDate: p[5] as string | null,
      lastPciDate: p[6] as string | null,
      code: p[7] as string,
      businessKey: p[8] as string,
      filled: p[9] as number,
      total: p[10] as number,
      ...(facts ? { facts: p.slice(ROW_LENGTH + 1, ROW_LENGTH + 1 + facts) } : {}),
    },
    outbox,
  };
}
