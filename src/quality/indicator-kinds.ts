/**
 * The kinds of quality indicator and the builders the list (indicators.ts) is written with: what
 * every indicator states (population, numerator, denominator, exclusions, fields, source).
 */
import type { Lang, TypeCode } from '../registry/index.js';
import type { Sums } from './sums.js';

export type Section = 'volume' | 'process' | 'stemi' | 'outcome' | 'follow-up';

/** Where an indicator's values come from: the per-registration sums, the STEMI delays, the contrast volumes or the follow-ups falling due. */
export type Source = 'cells' | 'stemi' | 'contrast' | 'due';

export interface Indicator {
  id: string;
  section: Section;
  title: Record<Lang, string>;
  kind: 'count' | 'rate' | 'median';
  unit: '' | '%' | 'min' | 'ml';
  from: Source;
  /** The registrations counted: their types, and their indication groups (all when absent). */
  types: readonly TypeCode[];
  groups?: readonly string[];
  /** For cells: the numerator, denominator and exclusions from the sums of the population. */
  numerator?: (s: Sums) => number;
  denominator?: (s: Sums) => number;
  excluded?: (s: Sums) => number;
  /** For STEMI delays and contrast: the column whose values are summarised, and the filter on them. */
  values?: { column: 'diagnosis_to_wire' | 'arrival_to_wire' | 'onset_to_wire' | 'contrast'; transfer?: 0 | 1; egfrLow?: 1 };
  /** A share of values within a limit (minutes): the ESC targets. */
  within?: number;
  better?: 'higher' | 'lower';
  /** Whether it is shown per first operator, with funnel limits (rates only). */
  perOperator?: boolean;
  /** The registrations behind the numerator, as an SQL condition on registration_facts (a constant, never user input). */
  numeratorSql: string;
  definition: { numerator: string; denominator: string; exclusions: string };
  fields: readonly string[];
  source: string;
}

export const PCI: TypeCode[] = ['P', 'FP'];
export const HOSP: TypeCode[] = ['P', 'F', 'FP'];
export const t = (en: string, nl: string, fr: string) => ({ en, nl, fr });
export const PCI_STAY = "type IN ('P','FP')";

export const count = (
  id: string,
  title: Record<Lang, string>,
  types: TypeCode[],
  fields: string[],
  sum: (s: Sums) => number,
): Indicator => ({
  id,
  section: 'volume',
  title,
  kind: 'count',
  unit: '',
  from: 'cells',
  types,
  numerator: sum,
  numeratorSql: `type IN (${types.map((x) => `'${x}'`).join(',')})`,
  definition: {
    numerator: 'registrations (Open or Sent) of these types in the period',
    denominator: '—',
    exclusions: 'Deleted registrations',
  },
  fields,
  source: 'Volumes as every PCI registry reports them (BCIS national audit, NCDR CathPCI, SCAAR); ANGIO DCD types.',
});

export const rate = (i: Omit<Indicator, 'kind' | 'unit' | 'from'> & { from?: Source }): Indicator => ({
  kind: 'rate',
  unit: '%',
  from: 'cells',
  ...i,
});

export const death = (id: string, group: string | undefined, title: Record<Lang, string>): Indicator =>
  rate({
    id,
    section: 'outcome',
    title,
    types: PCI,
    ...(group ? { groups: [group] } : {}),
    numerator: (s) => s.died,
    denominator: (s) => s.died_n,
    excluded: (s) => s.n - s.died_n,
    better: 'lower',
    perOperator: !group,
    numeratorSql: `${PCI_STAY} AND died = 1${group ? ` AND grp = '${group}'` : ''}`,
    definition: {
      numerator: 'stays whose status at discharge is "dead"',
      denominator: `PCI stays${group ? ` with a ${group} indication` : ''} whose status at discharge is answered`,
      exclusions: 'status at discharge not answered (an Open registration not finished)',
    },
    fields: ['CD_STA_DISCH', 'CD_INDICATN'],
    source:
      'In-hospital mortality after PCI: NCDR CathPCI (all-cause death before discharge), BCIS national audit and SCAAR report it by indication; not risk-adjusted here.',
  });

export const complication = (
  id: string,
  key: 'site' | 'bleeding' | 'icu' | 'dialysis',
  title: Record<Lang, string>,
  field: string,
  what: string,
) =>
  rate({
    id,
    section: 'outcome',
    title,
    types: PCI,
    numerator: (s) => s[key],
    denominator: (s) => s[`${key}_n`],
    excluded: (s) => s.n - s[`${key}_n`],
    better: 'lower',
    perOperator: key === 'site' || key === 'bleeding',
    numeratorSql: `${PCI_STAY} AND ${{ site: 'access_complication', bleeding: 'bleeding', icu: 'icu', dialysis: 'dialysis' }[key]} = 1`,
    definition: {
      numerator: `PCI stays with ${what} in at least one procedure`,
      denominator: 'PCI stays where the question is answered for their procedures',
      exclusions: 'the question not answered in any procedure',
    },
    fields: [`${field}_n`],
    source:
      'In-hospital complications as NCDR CathPCI (bleeding, vascular complications, new dialysis) and BCIS report them; ANGIO DCD complication fields.',
  });

export const stemiDelay = (
  id: string,
  column: 'diagnosis_to_wire' | 'arrival_to_wire' | 'onset_to_wire',
  transfer: 0 | 1 | undefined,
  title: Record<Lang, string>,
  within?: number,
): Indicator => ({
  id,
  section: 'stemi',
  title,
  kind: within ? 'rate' : 'median',
  unit: within ? '%' : 'min',
  from: 'stemi',
  types: PCI,
  values: { column, ...(transfer === undefined ? {} : { transfer }) },
  ...(within ? { within, better: 'higher' as const } : {}),
  numeratorSql: `stemi = 1 AND ${column} IS NOT NULL${transfer === undefined ? '' : ` AND transfer = ${transfer}`}${within ? ` AND ${column} <= ${within}` : ''}`,
  definition: {
    numerator: within ? `primary PCIs with a delay of at most ${within} minutes` : 'the median delay, in minutes',
    denominator: `primary PCIs for STEMI${transfer === 1 ? ' transferred from another hospital or site' : transfer === 0 ? ' not transferred' : ''} whose times are answered`,
    exclusions: 'a time or date missing; a negative delay (the times contradict each other)',
  },
  fields: [
    'CD_INDICATN',
    'CD_REPERF',
    'CD_TRFR_HOSP_TO_PCI',
    'DT_FIRST_SYMP',
    'T_FIRST_SYMP',
    'DT_FIRST_DIAGS',
    'T_FIRST_DIAGS',
    'T_PCI_CENT',
    'DT_PCI_1',
    'T_WICR_1',
  ],
  source: within
    ? 'ESC 2017 STEMI guideline (kept in the 2023 ACS guideline): STEMI diagnosis to wire crossing ≤ 60 min in patients presenting at a PCI centre, ≤ 90 min when transferred.'
    : 'ESC STEMI / ACS guidelines (time components of reperfusion); NCDR CathPCI and BCIS report door-to-device and call-to-balloon times.',
});
