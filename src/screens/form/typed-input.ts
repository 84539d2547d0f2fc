/**
 * Short typing in the form, read before an answer is checked like any other input
 * (validation/input.ts): a date typed `ddmm` or `dd/mm` falls in the year of the registration's
 * key date (the admission), or in today's year for the key date itself; `t` is today, `=` the
 * date the form offers; a time typed `hhmm`. And which characters a date, time or number field can
 * never take, so the form ignores them instead of refusing the answer on Enter. Pure functions: the
 * form passes today (from the injected clock) and the dates it knows.
 */
import type { Field } from '../../registry/index.js';

export interface DateContext {
  /** Today, yyyy-mm-dd. */
  today: string;
  /** The year a day and month typed without a year fall in. */
  year: string;
  /** The date `=` takes (yyyy-mm-dd), when the form offers one. */
  offered: string | undefined;
}

/** What typed text stands for. */
export type Reading =
  /** Not read here: checked as typed (and refused there when it is no date or time). */
  | { kind: 'as-typed' }
  /** A date or time, and its full text (dd/mm/yyyy, hh:mm). */
  | { kind: 'full'; text: string }
  /** A day the month does not have (29/02 of a year that is not a leap year, 31/04). */
  | { kind: 'no-such-day'; text: string; day: number; month: number; year: number; days: number }
  /** `=` where the form offers no date. */
  | { kind: 'nothing-offered' };

const pad = (n: number | string) => String(n).padStart(2, '0');
const dmy = (d: number, m: number, y: number) => `${pad(d)}/${pad(m)}/${y}`;
const isoToText = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The number of days of a month (1–12) of a year of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A day, month and year read as a date: its full text, or the day the month lacks. */
function dateOf(day: number, month: number, year: number): Reading {
  const text = dmy(day, month, year);
  // A month or day no calendar has (13, 32) is the ordinary "not a valid date" of the field.
  if (month < 1 || month > 12 || day < 1 || day > 31) return { kind: 'as-typed' };
  const days = daysInMonth(year, month);
  return day > days ? { kind: 'no-such-day', text, day, month, year, days } : { kind: 'full', text };
}

const SHORT_DATE = /^(\d{1,2})\/(\d{1,2})\/?$|^(\d{2})(\d{2})$/;
/** The full forms the import coercion reads (validation/coerce.ts), to say when the day does not exist. */
const FULL_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$|^(\d{2})(\d{2})(\d{4})$/;

/** What the text typed in a date field stands for. */
export function readDate(text: string, ctx: DateContext): Reading {
  const s = text.trim();
  if (s === 't' || s === 'T') return { kind: 'full', text: isoToText(ctx.today) };
  if (s === '=') return ctx.offered ? { kind: 'full', text: isoToText(ctx.offered) } : { kind: 'nothing-offered' };
  const short = SHORT_DATE.exec(s);
  if (short) {
    const [d, m] = short[1] !== undefined ? [short[1], short[2]!] : [short[3]!, short[4]!];
    return dateOf(Number(d), Number(m), Number(ctx.year));
  }
  const full = FULL_DATE.exec(s);
  if (full) {
    const [d, m, y] = full[1] !== undefined ? [full[1], full[2]!, full[3]!] : [full[4]!, full[5]!, full[6]!];
    return dateOf(Number(d), Number(m), Number(y));
  }
  return { kind: 'as-typed' };
}

/** What the text typed in a time field stands for: `hhmm` (or `hmm`) is hh:mm. */
export function readTime(text: string): Reading {
  const m = /^(\d{1,2})(\d{2})$/.exec(text.trim());
  return m ? { kind: 'full', text: `${pad(m[1]!)}:${m[2]}` } : { kind: 'as-typed' };
}

/** What the text typed in a field stands for (short forms exist for dates and times only). */
export function readTyped(field: Field, text: string, ctx: DateContext): Reading {
  if (field.kind === 'date') return readDate(text, ctx);
  if (field.kind === 'time') return readTime(text);
  return { kind: 'as-typed' };
}

/** Why a character is ignored: what the field takes instead. */
export type Refusal = 'date' | 'date-command' | 'time' | 'whole' | 'decimal';

/** Characters that are part of some answer of the field's kind (a date also takes `t` and `=`). */
const TAKES: Partial<Record<Field['kind'], RegExp>> = {
  date: /^[0-9/.-]$/,
  time: /^[0-9:.hH]$/,
  integer: /^[0-9]$/,
  number: /^[0-9.,]$/,
};

/** Whether the field can hold a value below zero (its possible range, else its usual one, allows it). */
const signed = (f: Field) => (f.limits ? f.limits.min < 0 : f.min === undefined || f.min < 0);

const isCommand = (s: string) => s === 't' || s === 'T' || s === '=';

/**
 * Whether a character typed into a field can be part of its answer; if not, what the field takes.
 * `before` is the text the field holds; `fresh` says the user typed none of it since the field was
 * focused: only then do `t` and `=` stand for a whole date (and nothing follows them). Fields of
 * other kinds take any character.
 */
export function refusal(field: Field, ch: string, before: string, fresh: boolean): Refusal | undefined {
  const takes = TAKES[field.kind];
  if (!takes) return undefined;
  if (field.kind === 'date') {
    if (!fresh && isCommand(before.trim())) return 'date-command';
    if (isCommand(ch)) return fresh || before === '' ? undefined : 'date-command';
    return takes.test(ch) ? undefined : 'date';
  }
  if (takes.test(ch)) return undefined;
  if ((field.kind === 'number' || field.kind === 'integer') && ch === '-' && signed(field)) return undefined;
  if (field.kind === 'time') return 'time';
  return field.kind === 'integer' ? 'whole' : 'decimal';
}
