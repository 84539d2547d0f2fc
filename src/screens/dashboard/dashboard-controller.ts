/**
 * State of the quality dashboard: the period, the section shown, the report of the period (from
 * the qualityReport operation), the cursor and the scroll window of each list. It lives in the
 * screen stack's entry, so the dashboard is as the user left it when they come back from an
 * indicator or a registration; the report is read again only when the period changes or the data
 * may have (docs/architecture.md#operations: the screen computes nothing itself).
 */
import type { Clock } from '../../clock.js';
import type { MessageId } from '../../messages.js';
import type { Operations } from '../../operations/index.js';
import { INDICATORS, type Report } from '../../quality/index.js';
import type { Lang } from '../../registry/index.js';
import { createObservable } from '../observable.js';
import { errorText } from '../refusals.js';
import type { IndicatorPage } from './indicator-controller.js';
import { defaultEnd, endForSpan, moveEnd, periodLabel, periodOf, SPANS, type Span } from './period.js';

export type Section = 'indicators' | 'quality' | 'operators';
export const SECTIONS: readonly Section[] = ['indicators', 'quality', 'operators'];

export interface DashboardState {
  span: Span;
  /** The period's last month (yyyy-mm). */
  end: string;
  section: Section;
  report: Report | undefined;
  /** Why there is no report (a refusal of the operation). */
  error: string | undefined;
  notice: MessageId | undefined;
  /** The selected indicator (index in the report's list) and the first line shown. */
  cursor: number;
  top: number;
  /** The selected operator and the first one shown. */
  opCursor: number;
  opTop: number;
  /** Lines the lists have. */
  height: number;
}

export interface DashboardDeps {
  ops: Operations;
  user: string;
  /** The language a refusal is said in. */
  lang: Lang;
  clock: Clock;
  /** Changes when another process commits (store.dataVersion). */
  dataVersion: () => number;
}

/** The lines of the indicator list: a heading before each section's first indicator. */
export function indicatorLines(): ({ heading: (typeof INDICATORS)[number]['section'] } | { index: number })[] {
  const lines: ({ heading: (typeof INDICATORS)[number]['section'] } | { index: number })[] = [];
  INDICATORS.forEach((ind, index) => {
    if (index === 0 || INDICATORS[index - 1]!.section !== ind.section) lines.push({ heading: ind.section });
    lines.push({ index });
  });
  return lines;
}

const LINES = indicatorLines();
const lineOf = (index: number) => LINES.findIndex((l) => 'index' in l && l.index === index);

/** The first line to show so that `line` (and the heading just above it) is in a window of `height`. */
function windowTop(top: number, line: number, height: number, total: number): number {
  const wanted = line > 0 && 'heading' in (LINES[line - 1] ?? {}) ? line - 1 : line;
  let next = top;
  if (wanted < next) next = wanted;
  if (line >= next + height) next = line - height + 1;
  return Math.max(0, Math.min(next, Math.max(0, total - height)));
}

export function createDashboardController(deps: DashboardDeps, height: number) {
  const today = deps.clock.today();
  const o = createObservable<DashboardState>({
    span: 'quarter',
    end: defaultEnd(today),
    section: 'indicators',
    report: undefined,
    error: undefined,
    notice: undefined,
    cursor: 0,
    top: 0,
    opCursor: 0,
    opTop: 0,
    height,
  });
  const s = () => o.get();
  let seenVersion = deps.dataVersion();
  let stale = false;

  const load = (next: Partial<DashboardState> = {}) => {
    const state = { ...s(), ...next };
    const { period, by } = periodOf(state.span, state.end);
    seenVersion = deps.dataVersion();
    stale = false;
    try {
      const report = deps.ops.qualityReport(deps.user, { period, by, asOf: deps.clock.today() });
      const opCursor = Math.min(state.opCursor, Math.max(0, report.operators.length - 1));
      o.set({ ...state, report, error: undefined, opCursor, opTop: Math.min(state.opTop, opCursor) });
    } catch (e) {
      o.set({ ...state, report: undefined, error: errorText(deps.lang, e) });
    }
  };

  const moveIndicator = (cursor: number) => {
    const c = Math.max(0, Math.min(INDICATORS.length - 1, cursor));
    o.set({ ...s(), cursor: c, top: windowTop(s().top, lineOf(c), s().height, LINES.length), notice: undefined });
  };
  const moveOperator = (cursor: number) => {
    const n = s().report?.operators.length ?? 0;
    const c = Math.max(0, Math.min(n - 1, cursor));
    const h = operatorRows(s().height, s().report?.operators[0]?.rates.length ?? 0);
    const top = c < s().opTop ? c : c >= s().opTop + h ? c - h + 1 : s().opTop;
    o.set({ ...s(), opCursor: Math.max(0, c), opTop: Math.max(0, top), notice: undefined });
  };
  const move = (by: number) => (s().section === 'operators' ? moveOperator(s().opCursor + by) : moveIndicator(s().cursor + by));

  return {
    observable: o,
    /** Reads the report now. */
    load: () => load(),
    /** Reads the report again if the data may have changed since it was read (by another process, or by the user through a registration opened from here). */
    refreshIfStale() {
      if (stale || deps.dataVersion() !== seenVersion || !s().report) load();
    },
    /** The user opened a registration from here: it may change before they come back. */
    markStale() {
      stale = true;
    },
    setHeight(h: number) {
      if (h !== s().height) o.set({ ...s(), height: h, top: windowTop(s().top, lineOf(s().cursor), h, LINES.length) });
    },
    down: () => move(1),
    up: () => move(-1),
    pageDown: () => move(Math.max(1, s().height - 1)),
    pageUp: () => move(-Math.max(1, s().height - 1)),
    nextSection: (by: 1 | -1 = 1) =>
      o.set({ ...s(), section: SECTIONS[(SECTIONS.indexOf(s().section) + by + SECTIONS.length) % SECTIONS.length]!, notice: undefined }),
    /** One period earlier or later (never past the current month). */
    shift(step: -1 | 1) {
      const current = deps.clock.today().slice(0, 7);
      if (step === 1 && s().end >= current) return o.set({ ...s(), notice: 'dashboard.latest' });
      load({ end: moveEnd(s().span, s().end, step, current), notice: undefined });
    },
    /** Four quarters, twelve months, a calendar year, in turn. */
    cycleSpan() {
      const span = SPANS[(SPANS.indexOf(s().span) + 1) % SPANS.length]!;
      load({ span, end: endForSpan(span, s().end, deps.clock.today().slice(0, 7)), notice: undefined });
    },
    /** The indicator under the cursor, with its figures in the report. */
    selected() {
      const r = s().report;
      return r?.indicators[s().cursor];
    },
    /** The page of the indicator under the cursor: its figures and the period they are of. */
    page(): IndicatorPage | undefined {
      const r = s().report;
      const result = r?.indicators[s().cursor];
      if (!r || !result) return undefined;
      return { result, period: r.period, label: periodLabel(s().span, r.buckets, r.period) };
    },
  };
}

/** The operator list's rows: below it, the selected operator's name and a line per rate with its limits. */
export function operatorRows(height: number, rates: number): number {
  return Math.max(1, height - rates - 1);
}

export type DashboardController = ReturnType<typeof createDashboardController>;
