/**
 * A report as text for a terminal, as CSV and as JSON. A figure without a value (nothing to
 * divide by, nothing to take the median of) is written "—" in text and left empty in CSV.
 */
import { stringify } from 'csv-stringify/sync';
import { numberText, percentText, type Lang } from '../registry/index.js';
import type { Figure, OperatorResult, Report } from './compute.js';
import { type OPEN_AGES } from './data-quality.js';
import { indicatorById, INDICATORS, type Indicator, type Section } from './indicators.js';
import { word, WORD_KEYS, type WordKey } from './words.js';

/** The title of a section in a language. */
export const sectionTitle = (section: Section, lang: Lang = 'en') => word(lang, `section.${section}`);

/** The sections' titles in English (sectionTitle gives them in every language). */
export const SECTION_TITLE: Record<Section, string> = {
  volume: sectionTitle('volume'),
  process: sectionTitle('process'),
  stemi: sectionTitle('stemi'),
  outcome: sectionTitle('outcome'),
  'follow-up': sectionTitle('follow-up'),
};

const AGE_WORD: Record<(typeof OPEN_AGES)[number], WordKey> = {
  '≤ 30 days': 'age.30',
  '31–90 days': 'age.90',
  '91–365 days': 'age.365',
  '> 1 year': 'age.more',
  'no discharge date': 'age.none',
};

/** An age band of Open registrations (OPEN_AGES) in a language. */
export const ageText = (age: (typeof OPEN_AGES)[number], lang: Lang = 'en') => word(lang, AGE_WORD[age]);

/** A figure's value as people read it in `lang`: 87.3 % (87,3 %), 64 min, 140 ml, 1204; "—" when there is none. */
export function valueText(ind: Pick<Indicator, 'kind' | 'unit'>, value: number | null, lang: Lang = 'en'): string {
  if (value === null) return '—';
  if (ind.kind === 'rate') return percentText(value, lang);
  if (ind.kind === 'median') return `${numberText(Math.round(value), lang)} ${ind.unit}`;
  return numberText(value, lang);
}

/** What a figure counted: numerator/denominator (or n for a median) and the exclusions. */
export function detailText(ind: Indicator, f: Figure, lang: Lang = 'en'): string {
  const excluded = f.excluded ? `; ${word(lang, 'excluded', { n: f.excluded })}` : '';
  if (ind.kind === 'rate') return `${f.numerator ?? 0}/${f.denominator ?? 0}${excluded}`;
  if (ind.kind === 'median') return `n ${f.denominator ?? 0}${excluded}`;
  return '';
}

const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

/** The report as a text table for a terminal. */
export function reportText(r: Report, lang: Lang = 'en'): string {
  const lines = [word(lang, 'heading', { title: word(lang, 'title'), from: r.period.from, to: r.period.to, asOf: r.asOf }), ''];
  if (r.by === 'operator') return [...lines, ...operatorsText(r, lang), '', ...dataQualityText(r, lang)].join('\n');
  lines.push(`${''.padEnd(45)}${word(lang, 'overall').padEnd(32)}${r.buckets.map((b) => b.padEnd(9)).join('')}`.trimEnd());
  let section: Section | undefined;
  for (const res of r.indicators) {
    const ind = indicatorById(res.id)!;
    if (ind.section !== section) {
      section = ind.section;
      lines.push(sectionTitle(section, lang));
    }
    const detail = detailText(ind, res.overall, lang);
    const overall = `${valueText(ind, res.overall.value, lang)} ${detail ? `(${detail})` : ''}`;
    lines.push(
      `  ${pad(ind.title[lang], 42)} ${pad(overall, 31)} ${res.buckets.map((b) => pad(valueText(ind, b.figure.value, lang), 9)).join('')}`.trimEnd(),
    );
  }
  return [...lines, '', ...dataQualityText(r, lang)].join('\n');
}

/** The short title of a per-operator rate, for a column: its own word, else its title. */
function shortTitle(id: string, lang: Lang): string {
  const key = `short.${id}`;
  return (WORD_KEYS as readonly string[]).includes(key) ? word(lang, key as WordKey) : indicatorById(id)!.title[lang].split(' (')[0]!;
}

function operatorsText(r: Report, lang: Lang): string[] {
  if (!r.operators.length) return [word(lang, 'no.operators')];
  const ids = r.operators[0]!.rates.map((x) => x.id);
  const head = `${word(lang, 'operator').padEnd(28)}${word(lang, 'stays').padStart(7)}${word(lang, 'procedures.short').padStart(7)}  ${ids.map((id) => pad(shortTitle(id, lang), 16)).join('')}`;
  return [
    head.trimEnd(),
    ...r.operators.map((o) => {
      const cells = o.rates
        .map((x) => pad(`${valueText({ kind: 'rate', unit: '%' }, x.figure.value, lang)}${mark(x.position)}`, 16))
        .join('');
      return `${pad(operatorLabel(o), 28)}${String(o.stays).padStart(7)}${String(o.procedures).padStart(7)}  ${cells}`.trimEnd();
    }),
    `${word(lang, 'lab.rate')}: ${r.operators[0]!.rates.map((x) => `${indicatorById(x.id)!.title[lang].split(' (')[0]} ${valueText({ kind: 'rate', unit: '%' }, x.lab, lang)}`).join(' · ')}`,
    word(lang, 'funnel.legend'),
    word(lang, 'funnel.caution'),
  ];
}

/** The mark of a funnel position: ▲ ▼ outside 99.8 %, △ ▽ outside 95 %. */
export function mark(position: OperatorResult['rates'][number]['position']): string {
  return { high: ' ▲', low: ' ▼', 'alert-high': ' △', 'alert-low': ' ▽', within: '' }[position ?? 'within'];
}

export const operatorLabel = (o: Pick<OperatorResult, 'operator' | 'name'>) => (o.name ? `${o.name} (${o.operator})` : o.operator);

function dataQualityText(r: Report, lang: Lang): string[] {
  const q = r.dataQuality;
  const pct = (v: number | null) => (v === null ? '—' : percentText(v, lang));
  const median = q.timeliness.medianDays === null ? '—' : word(lang, 'days', { n: q.timeliness.medianDays });
  const warnings = q.warnings.length ? q.warnings.map((w) => `${w.field} ${w.code} ${w.n}`).join(' · ') : word(lang, 'none');
  return [
    word(lang, 'dq.title'),
    `  ${word(lang, 'dq.open')}: ${q.open.map((o) => `${ageText(o.age, lang)} ${o.n}`).join(' · ')}`,
    `  ${word(lang, 'dq.timeliness', { median, share: pct(q.timeliness.share30), within: q.timeliness.within30, sent: q.timeliness.sent })}`,
    `  ${word(lang, 'dq.overdue', { n: q.followUpsOverdue.n, over90: q.followUpsOverdue.over90 })}`,
    `  ${word(lang, 'dq.deliveries', { failed: q.deliveries.failed, pending: q.deliveries.pendingOver48h })}`,
    `  ${word(lang, 'dq.warnings')}: ${warnings}`,
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
