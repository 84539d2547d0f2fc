/**
 * State of an indicator's page: its figures in the dashboard's period, and the registrations
 * behind its numerator (the qualityBehind operation), with the cursor and scroll window of that
 * list. Read again each time the page shows, so a registration changed meanwhile is seen.
 */
import type { Clock } from '../../clock.js';
import type { Operations } from '../../operations/index.js';
import type { BehindRow, IndicatorResult, Period } from '../../quality/index.js';
import type { Lang } from '../../registry/index.js';
import { createObservable } from '../observable.js';
import { errorText } from '../refusals.js';

/** The most registrations listed: the newest, enough to see why a figure is what it is. */
export const BEHIND_LIMIT = 200;

export interface IndicatorState {
  rows: BehindRow[];
  error: string | undefined;
  cursor: number;
  top: number;
  height: number;
}

export interface IndicatorPage {
  result: IndicatorResult;
  period: Period;
  /** The period as the dashboard writes it. */
  label: string;
}

export function createIndicatorController(
  deps: { ops: Operations; user: string; clock: Clock; lang: Lang },
  page: IndicatorPage,
  height: number,
) {
  const o = createObservable<IndicatorState>({ rows: [], error: undefined, cursor: 0, top: 0, height });
  const s = () => o.get();
  const moveTo = (cursor: number) => {
    const c = Math.max(0, Math.min(s().rows.length - 1, cursor));
    const h = s().height;
    const top = c < s().top ? c : c >= s().top + h ? c - h + 1 : s().top;
    o.set({ ...s(), cursor: Math.max(0, c), top: Math.max(0, top) });
  };
  return {
    observable: o,
    page,
    load() {
      try {
        const rows = deps.ops.qualityBehind(deps.user, {
          indicator: page.result.id,
          period: page.period,
          asOf: deps.clock.today(),
          limit: BEHIND_LIMIT,
        });
        const cursor = Math.min(s().cursor, Math.max(0, rows.length - 1));
        o.set({ ...s(), rows, error: undefined, cursor, top: Math.min(s().top, cursor) });
      } catch (e) {
        o.set({ ...s(), rows: [], error: errorText(deps.lang, e) });
      }
    },
    setHeight(h: number) {
      if (h === s().height) return;
      o.set({ ...s(), height: h });
      moveTo(s().cursor);
    },
    down: () => moveTo(s().cursor + 1),
    up: () => moveTo(s().cursor - 1),
    pageDown: () => moveTo(s().cursor + Math.max(1, s().height - 1)),
    pageUp: () => moveTo(s().cursor - Math.max(1, s().height - 1)),
    selected: (): BehindRow | undefined => s().rows[s().cursor],
  };
}

export type IndicatorController = ReturnType<typeof createIndicatorController>;
