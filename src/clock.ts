/**
 * The one source of "now" for the core. Every timestamp written (audit entries, outbox items,
 * tokens) and every "today" a rule compares with comes from a Clock that the caller passes in, so
 * a test fixes the time instead of depending on the day it runs (docs/decisions.md#injected-clock).
 */

export interface Clock {
  /** The current instant. */
  now(): Date;
  /** Today's date in Belgium (Europe/Brussels), as yyyy-mm-dd: registrations are dated in Belgian local time. */
  today(): string;
}

const BELGIAN_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date of an instant in Belgium, yyyy-mm-dd. */
export function belgianDate(at: Date): string {
  return BELGIAN_DATE.format(at);
}

const BELGIAN_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The time of day of an instant in Belgium, hh:mm. */
export function belgianTime(at: Date): string {
  return BELGIAN_TIME.format(at);
}

/** A clock over a function giving the time in milliseconds. */
export function clockOf(nowMs: () => number): Clock {
  // The date is formatted again at most once a second: an import validates rows far more often
  // than that, and each asks for today.
  let cached = { at: Number.NaN, iso: '' };
  return {
    now: () => new Date(nowMs()),
    today() {
      const at = nowMs();
      if (!(at - cached.at < 1000 && at >= cached.at)) cached = { at, iso: belgianDate(new Date(at)) };
      return cached.iso;
    },
  };
}

/** The machine's clock: what production uses. */
export const systemClock: Clock = clockOf(Date.now);

/** A clock that only moves when told to: tests, and replaying what happened at a given time. */
export interface ManualClock extends Clock {
  /** Moves the time forward (or back, with a negative number) by `ms`. */
  advance(ms: number): void;
  /** Sets the time. */
  set(at: string | Date): void;
}

export function manualClock(start: string | Date): ManualClock {
  let t = new Date(start).getTime();
  if (!Number.isFinite(t)) throw new Error(`manualClock: "${String(start)}" is not a date`);
  const base = clockOf(() => t);
  return {
    ...base,
    advance(ms: number) {
      t += ms;
    },
    set(at: string | Date) {
      t = new Date(at).getTime();
    },
  };
}
