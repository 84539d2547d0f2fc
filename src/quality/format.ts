/**
 * A report as text for a terminal, as CSV and as JSON. A figure without a value (nothing to
 * divide by, nothing to take the median of) is written "—" in text and left empty in CSV.
 */
import { stringify } from 'csv-stringify/sync';
import type { Lang } from '../registry/index.js';
import type { Figure, OperatorResult, Report } from './compute.js';
import { indicatorById, INDICATORS, type Indicator, type Section } from './indicators.js';

export const SECTION_TITLE: Record<Section, string> = {
  volume: 'Volumes',
  process: 'Process',
  stemi: 'STEMI primary PCI',
  outcome: 'Outcomes (in hospital)',
  'follow-up': 'One-year follow-up',
};

/** A figure's value as people read it: 87.3 %, 64 min, 140 ml, 1,204; "—" when there is none. */
export function valueText(ind: Pick<Indicator, 'kind' | 'unit'>, value: number | null): string {
  if (value === null) return '—';
  if (ind.kind === 'rate') return `${(value * 100).toFixed(1)} %`;
  if (ind.kind === 'median') return `${Math.round(value)} ${ind.unit}`;
  return value.toLocaleString('en');
}

/** What a figure counted: numerator/denominator (or n for a median) and the exclusions. */
export function detailText(ind: Indicator, f: Figure): string {
  const excluded = f.excluded ? `; ${f.excluded} excl.` : '';
  if (ind.kind === 'rate') return `${f.numerator ?? 0}/${f.denominator ?? 0}${excluded}`;
  if (ind.kind === 'median') return `n ${f.denominator ?? 0}${excluded}`;
  return '';
}

const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

/** The report as a text table for a terminal. */
export function reportText(r: Report, lang: Lang = 'en'): string {
  const lines = [`ANGIO quality report · ${r.period.from} to ${r.period.to} · as of ${r.asOf}`, ''];
  if (r.by === 'operator') return [...lines, ...operatorsText(r, lang), '', ...dataQualityText(r)].join('\n');
  lines.push(`${''.padEnd(45)}${'overall'.padEnd(24)}${r.buckets.map((b) => b.padEnd(9)).join('')}`.trimEnd());
  let section: Section | undefined;
  for (const res of r.indicators) {
    const ind = indicatorById(res.id)!;
    if (ind.section !== section) {
      section = ind.section;
      lines.push(SECTION_TITLE[section]);
    }
    const overall = `${valueText(ind, res.overall.value)} ${detailText(ind, res.overall) ? `(${detailText(ind, res.overall)})` : ''}`;
    lines.push(
      `  ${pad(ind.title[lang], 42)} ${pad(overall, 24)}${res.buckets.map((b) => pad(valueText(ind, b.figure.value), 9)).join('')}`.trimEnd(),
    );
  }
  return [...lines, '', ...dataQualityText(r)].join('\n');
}

function operatorsText(r: Report, lang: Lang): string[] {
  if (!r.operators.length) return ['No PCI with a first operator in this period.'];
  const ids = r.operators[0]!.rates.map((x) => x.id);
  const head = `${'first operator'.padEnd(28)}${'stays'.padStart(7)}${'proc.'.padStart(7)}  ${ids.map((id) => pad(indicatorById(id)!.title[lang].split(' (')[0]!, 16)).join('')}`;
  return [
    head.trimEnd(),
    ...r.operators.map((o) => {
      const cells = o.rates.map((x) => pad(`${valueText({ kind: 'rate', unit: '%' }, x.figure.value)}${mark(x.position)}`, 16)).join('');
      return `${pad(operatorLabel(o), 28)}${String(o.stays).padStart(7)}${String(o.procedures).padStart(7)}  ${cells}`.trimEnd();
    }),
    `lab rate: ${r.operators[0]!.rates.map((x) => `${indicatorById(x.id)!.title[lang].split(' (')[0]} ${valueText({ kind: 'rate', unit: '%' }, x.lab)}`).join(' · ')}`,
    '▲/▼ outside the 99.8 % funnel limits (flagged), △/▽ between the 95 % and 99.8 % limits (binomial, around the lab rate)',
  ];
}

/** The mark of a funnel position: ▲ ▼ outside 99.8 %, △ ▽ outside 95 %. */
export function mark(position: OperatorResult['rates'][number]['position']): string {
  return { high: ' ▲', low: ' ▼', 'alert-high': ' △', 'alert-low': ' ▽', within: '' }[position ?? 'within'];
}

export const operatorLabel = (o: Pick<OperatorResult, 'operator' | 'name'>) => (o.name ? `${o.name} (${o.operator})` : o.operator);

function dataQualityText(r: Report): string[] {
  const q = r.dataQuality;
  const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);
  return [
    'Data quality',
    `  Open, days since discharge: ${q.open.map((o) => `${o.age} ${o.n}`).join(' · ')}`,
    `  Discharge → sent: median ${q.timeliness.medianDays === null ? '—' : `${q.timeliness.medianDays} days`}, within 30 days ${pct(q.timeliness.share30)} (${q.timeliness.within30}/${q.timeliness.sent})`,
    `  Follow-ups overdue: ${q.followUpsOverdue.n} (more than 90 days: ${q.followUpsOverdue.over90})`,
    `  Deliveries: ${q.deliveries.failed} failed, ${q.deliveries.pendingOver48h} pending for more than 48 h`,
    `  Warnings most often sent despite: ${q.warnings.length ? q.warnings.map((w) => `${w.field} ${w.code} ${w.n}`).join(' · ') : 'none'}`,
  ];
}

/** The report as CSV: one row per indicator and bucket ("all" for the whole period), or per operator and rate. */
export function reportCsv(r: Report, lang: Lang = 'en'): string {
  const num = (v: number | null) => (v === null ? '' : String(+v.toFixed(6)));
  if (r.by === 'operator') {
    const rows = r.operators.flatMap((o) =>
      o.rates.map((x) => [
        x.id,
        o.operator,
        o.name ?? '',
        o.stays,
        num(x.figure.value),
        num(x.figure.numerator),
        num(x.figure.denominator),
        num(x.lab),
        num(x.limits?.lower95 ?? null),
        num(x.limits?.upper95 ?? null),
        num(x.limits?.lower998 ?? null),
        num(x.limits?.upper998 ?? null),
        x.position ?? '',
      ]),
    );
    const header = [
      'indicator',
      'operator',
      'name',
      'stays',
      'value',
      'numerator',
      'denominator',
      'lab',
      'lower95',
      'upper95',
      'lower998',
      'upper998',
      'position',
    ];
    return stringify([header, ...rows]);
  }
  const rows = r.indicators.flatMap((res) => {
    const ind = indicatorById(res.id)!;
    const row = (bucket: string, f: Figure) => [
      ind.id,
      ind.title[lang],
      ind.kind,
      ind.unit,
      bucket,
      num(f.value),
      num(f.numerator),
      num(f.denominator),
      num(f.excluded),
    ];
    return [row('all', res.overall), ...res.buckets.map((b) => row(b.key, b.figure))];
  });
  return stringify([['indicator', 'title', 'kind', 'unit', 'bucket', 'value', 'numerator', 'denominator', 'excluded'], ...rows]);
}

/** The report as JSON, each indicator with its definition. */
export function reportJson(r: Report, lang: Lang = 'en'): object {
  return {
    ...r,
    indicators: r.indicators.map((res) => {
      const ind = indicatorById(res.id)!;
      return {
        id: ind.id,
        title: ind.title[lang],
        section: ind.section,
        kind: ind.kind,
        unit: ind.unit,
        definition: ind.definition,
        fields: ind.fields,
        source: ind.source,
        overall: res.overall,
        buckets: res.buckets,
      };
    }),
  };
}

export { INDICATORS };
