/**
 * A quality report: every indicator over the period and per bucket (quarter or month), and the
 * rates per first operator with their funnel limits. Reads the facts (sums.ts, read.ts) once, then
 * adds up in memory. A rate whose denominator is 0 has no value (null, shown "—"), never 0 %.
 */
import type { Db } from '../store/index.js';
import { funnelLimits, funnelPosition, type FunnelLimits } from './funnel.js';
import { INDICATORS, type Indicator } from './indicators.js';
import { bucketsOf, monthEnd, type Bucketing, type Period } from './periods.js';
import { medianOf, readContrast, readDue, readStemi, type DueRow, type HistogramRow, type StemiRow } from './read.js';
import { addSums, readCells, zeroSums, type Cell, type Sums } from './sums.js';
import { readDataQuality, type DataQuality } from './data-quality.js';

export interface Figure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  excluded: number | null;
}

export interface IndicatorResult {
  id: string;
  overall: Figure;
  buckets: { key: string; figure: Figure }[];
}

export interface OperatorRate {
  id: string;
  figure: Figure;
  /** The lab's rate over all operators, the funnel's centre. */
  lab: number | null;
  limits: FunnelLimits | null;
  position: ReturnType<typeof funnelPosition> | null;
}

export interface OperatorResult {
  operator: string;
  name: string | undefined;
  stays: number;
  procedures: number;
  rates: OperatorRate[];
  /** Whether one of its rates lies outside the 99.8 % limits. */
  flagged: boolean;
}

export interface ReportQuery {
  period: Period;
  by: Bucketing | 'operator';
  /** Today, as the report sees it: follow-ups fall due up to it, Open registrations age to it. */
  asOf: string;
  /** The current instant (deliveries pending for long). */
  now: string;
}

export interface Report {
  period: Period;
  by: Bucketing | 'operator';
  asOf: string;
  buckets: string[];
  indicators: IndicatorResult[];
  operators: OperatorResult[];
  dataQuality: DataQuality;
}

interface Sources {
  cells: Cell[];
  stemi: StemiRow[];
  contrast: HistogramRow[];
  due: DueRow[];
}

type Slice = (month: string, operator: string) => boolean;

const EMPTY: Figure = { value: null, numerator: null, denominator: null, excluded: null };
const ratio = (num: number, den: number) => (den > 0 ? num / den : null);

/**
 * The sums of a population (types and groups) in a slice, added up once per sources, slice and
 * population: most indicators share theirs (the PCI stays), and a report asks for each one per
 * bucket and per operator.
 */
const populations = new WeakMap<Sources, WeakMap<Slice, Map<string, Sums>>>();
function populationOf(ind: Indicator, s: Sources, inSlice: Slice): Sums {
  let bySlice = populations.get(s);
  if (!bySlice) populations.set(s, (bySlice = new WeakMap()));
  let byPopulation = bySlice.get(inSlice);
  if (!byPopulation) bySlice.set(inSlice, (byPopulation = new Map()));
  const key = `${ind.types.join()}|${ind.groups?.join() ?? '*'}`;
  let pop = byPopulation.get(key);
  if (!pop) {
    pop = s.cells
      .filter((c) => inSlice(c.month, c.operator) && ind.types.includes(c.type as never) && (!ind.groups || ind.groups.includes(c.grp)))
      .reduce((acc, c) => addSums(acc, c), zeroSums());
    byPopulation.set(key, pop);
  }
  return pop;
}

/** One indicator over the registrations of a slice (months, and an operator or all). */
export function evaluate(ind: Indicator, s: Sources, inSlice: Slice): Figure {
  const pop = populationOf(ind, s, inSlice);
  switch (ind.from) {
    case 'cells': {
      const num = ind.numerator!(pop);
      if (ind.kind === 'count') return { value: num, numerator: num, denominator: null, excluded: null };
      const den = ind.denominator!(pop);
      return { value: ratio(num, den), numerator: num, denominator: den, excluded: ind.excluded!(pop) };
    }
    case 'stemi': {
      const v = ind.values!;
      const rows = s.stemi.filter((r) => inSlice(r.month, r.operator) && (v.transfer === undefined || r.transfer === v.transfer));
      const values = rows.map((r) => r[v.column as 'diagnosis_to_wire']).filter((x): x is number => x !== null);
      const excluded = rows.length - values.length;
      if (ind.within !== undefined) {
        const num = values.filter((x) => x <= ind.within!).length;
        return { value: ratio(num, values.length), numerator: num, denominator: values.length, excluded };
      }
      return { value: medianOf(values.map((value) => ({ value, n: 1 }))) ?? null, numerator: null, denominator: values.length, excluded };
    }
    case 'contrast': {
      const rows = s.contrast.filter((r) => inSlice(r.month, '') && (!ind.values?.egfrLow || r.egfr_low === 1));
      const n = rows.reduce((t, r) => t + r.n, 0);
      const population = ind.values?.egfrLow ? pop.egfr_low : pop.n;
      return { value: medianOf(rows) ?? null, numerator: null, denominator: n, excluded: Math.max(0, population - n) };
    }
    case 'due': {
      const rows = s.due.filter((r) => inSlice(r.month, ''));
      const due = rows.reduce((t, r) => t + r.due, 0);
      const done = rows.reduce((t, r) => t + r.done, 0);
      return { value: ratio(done, due), numerator: done, denominator: due, excluded: null };
    }
  }
}

const inMonths =
  (from: string, to: string): Slice =>
  (month) =>
    month >= from && month <= to;

/** The rows of the sources in some months. */
const sliceOf = (s: Sources, inSlice: Slice): Sources => ({
  cells: s.cells.filter((c) => inSlice(c.month, c.operator)),
  stemi: s.stemi.filter((r) => inSlice(r.month, r.operator)),
  contrast: s.contrast.filter((r) => inSlice(r.month, '')),
  due: s.due.filter((r) => inSlice(r.month, '')),
});

/** The report of a period (docs/quality.md): indicators overall and per bucket, operators, data quality. */
export function computeReport(db: Db, q: ReportQuery, names: (operator: string) => string | undefined = () => undefined): Report {
  const { from, to } = q.period;
  const dueTo = monthEnd(to) < q.asOf ? monthEnd(to) : q.asOf;
  const sources: Sources = {
    cells: readCells(db, from, to),
    stemi: readStemi(db, from, to),
    contrast: readContrast(db, from, to),
    due: readDue(db, `${from}-01`, dueTo),
  };
  const buckets = q.by === 'operator' ? [] : bucketsOf(q.period, q.by);
  const all = inMonths(from, to);
  // Each bucket's rows are picked out once, not once per indicator: at a million registrations
  // the STEMI delays alone are tens of thousands of rows.
  const slices = buckets.map((b) => ({ key: b.key, sources: sliceOf(sources, inMonths(b.from, b.to)) }));
  return {
    period: q.period,
    by: q.by,
    asOf: q.asOf,
    buckets: buckets.map((b) => b.key),
    indicators: INDICATORS.map((ind) => ({
      id: ind.id,
      overall: evaluate(ind, sources, all),
      buckets: slices.map((b) => ({ key: b.key, figure: evaluate(ind, b.sources, all) })),
    })),
    operators: operatorsOf(sources, all, names),
    dataQuality: readDataQuality(db, q),
  };
}

/** Per first operator of the PCI: volumes and each per-operator rate beside the lab's, with funnel limits. */
function operatorsOf(s: Sources, all: Slice, names: (operator: string) => string | undefined): OperatorResult[] {
  const perOperator = INDICATORS.filter((i) => i.perOperator);
  const lab = new Map(perOperator.map((i) => [i.id, evaluate(i, s, all).value]));
  const operators = [...new Set(s.cells.filter((c) => c.operator && (c.type === 'P' || c.type === 'FP')).map((c) => c.operator))].sort();
  const stays = INDICATORS.find((i) => i.id === 'volume.pci')!;
  const procedures = INDICATORS.find((i) => i.id === 'volume.procedures')!;
  return operators
    .map((op) => {
      const mine: Slice = (month, operator) => all(month, operator) && operator === op;
      const rates = perOperator.map((i): OperatorRate => {
        const figure = evaluate(i, s, mine);
        const theta = lab.get(i.id) ?? null;
        const limits = theta !== null && figure.denominator ? funnelLimits(figure.denominator, theta) : null;
        return {
          id: i.id,
          figure,
          lab: theta,
          limits,
          position: limits && figure.value !== null ? funnelPosition(figure.value, limits) : null,
        };
      });
      return {
        operator: op,
        name: names(op),
        stays: evaluate(stays, s, mine).value ?? 0,
        procedures: evaluate(procedures, s, mine).value ?? 0,
        rates,
        flagged: rates.some((r) => r.position === 'high' || r.position === 'low'),
      };
    })
    .sort((a, b) => b.stays - a.stays || a.operator.localeCompare(b.operator));
}

export { EMPTY as NO_FIGURE };
