/**
 * The facts the quality indicators read (docs/quality.md), taken from a registration's answers
 * once, when it is written: a few numbers per registration that SQL can add up, so that a report
 * over a million registrations never parses their JSON. Pure; the writer is facts-writer.ts.
 *
 * A fact is null when the answers it needs are missing: the indicator then leaves the
 * registration out of its denominator (an exclusion it counts), never counts it as a zero.
 */
import { PCI_BLOCKS, type TypeCode } from '../registry/index.js';
import type { Data } from '../validation/index.js';

/** The facts of one registration in column order (FACT_COLUMNS): plain values, cheap to send between threads and to bind. */
export type FactValues = (string | number | null)[];

/** The columns factsOf fills, in order; the writer adds the registration's id, type, status, parent and sending date. */
export const FACT_COLUMNS = [
  'month',
  'operator',
  'grp',
  'period',
  'discharge',
  'procedures',
  'access_known',
  'radial',
  'success_known',
  'success',
  'stents',
  'des',
  'contrast',
  'egfr_low',
  'died',
  'died_in_lab',
  'access_complication',
  'bleeding',
  'icu',
  'dialysis',
  'ischaemia_test',
  'physiology',
  'stemi',
  'transfer',
  'diagnosis_to_wire',
  'arrival_to_wire',
  'onset_to_wire',
  'fu_due',
  'new_pci',
  'new_cabg',
] as const;

/** Indication groups of CD_INDICATN (CA_REASON_PCI): STEMI 1-3, NSTEMI 4-6, elective 9-12; arrest (7) and unstable angina (8) are "other". */
export const INDICATION_GROUP: Record<string, 'stemi' | 'nstemi' | 'elective' | 'other'> = {
  '1': 'stemi',
  '2': 'stemi',
  '3': 'stemi',
  '4': 'nstemi',
  '5': 'nstemi',
  '6': 'nstemi',
  '7': 'other',
  '8': 'other',
  '9': 'elective',
  '10': 'elective',
  '11': 'elective',
  '12': 'elective',
};

/** Tests of CD_WHICH_TST_EXEC that show ischaemia or measure it (not a resting ECG, troponin, IVUS or an anatomical CT). */
export const ISCHAEMIA_TESTS = ['FL_EXEC_FUNC_MSMENT', 'FL_EXEC_ECG_STRESS', 'FL_EXEC_ECHO_STRESS', 'FL_EXEC_SPECT', 'FL_EXEC_NMR'];

const BLOCKS = Array.from({ length: PCI_BLOCKS }, (_, i) => i + 1);
const f = (id: string) => BLOCKS.map((n) => `${id}_${n}`);
const ID = {
  date: f('DT_PCI'),
  wire: f('T_WICR'),
  access: f('CD_PLC_INTDCR'),
  contrast: f('NR_CONVOL_PROC_ML'),
  icu: f('CD_HOSPZ_ICU'),
  dialysis: f('CD_DIALY_REQE'),
  site: f('CD_COMPLIC_PLC_INS'),
  bleeding: f('CD_BLEEDG'),
  material: f('CD_MAT'),
  des: f('NR_DES'),
  bms: f('NR_BMS'),
  bvs: f('NR_BVS'),
  residual: f('MS_STE_AFTER_PCI'),
  timi: f('CD_TIMI_AFTER_PCI'),
};

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const yes = (v: unknown): number | null => (v === '1' ? 1 : v === '0' ? 0 : null);

/** Minutes since 1970 of a date (yyyy-mm-dd) and a wall-clock time (hh:mm), both local: only their differences are used. */
function minutesOf(date: unknown, time: unknown): number | null {
  const d = text(date);
  const t = text(time);
  if (!d || !t || !/^\d{4}-\d{2}-\d{2}$/.test(d) || !/^\d{2}:\d{2}$/.test(t)) return null;
  return Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 60_000 + +t.slice(0, 2) * 60 + +t.slice(3, 5);
}

/** A delay in whole minutes; a negative one is an error of dates or times, left out (null) rather than counted. */
const delay = (from: number | null, to: number | null): number | null => (from === null || to === null || to < from ? null : to - from);

/** The date a year after another (a 29 February falls due on 1 March). */
export function oneYearAfter(iso: string): string {
  const d = new Date(Date.UTC(+iso.slice(0, 4) + 1, +iso.slice(5, 7) - 1, +iso.slice(8, 10)));
  return d.toISOString().slice(0, 10);
}

/** The facts of a registration's answers (those that apply: the caller prunes hidden answers of an Open draft). */
export function factsOf(type: TypeCode, data: Data): FactValues {
  const hospital = type !== 'FU';
  const pci = type === 'P' || type === 'FP';
  const period = text(hospital ? data.DT_HOSPZ : data.DT_CONSULT);
  const indication = text(data.CD_INDICATN);
  const grp = hospital && indication ? (INDICATION_GROUP[indication] ?? '') : '';
  const p = pci ? procedureFacts(data) : undefined;
  const died = hospital ? (data.CD_STA_DISCH === '1' ? 1 : data.CD_STA_DISCH === '2' ? 0 : null) : null;
  const egfr = num(data.MS_RECNT_EGFR);
  const stemi = pci && indication === '1' && data.CD_REPERF === '1';
  const wire = stemi ? minutesOf(data.DT_PCI_1, data.T_WICR_1) : null;
  const pciDate = p?.lastDate ?? null;
  return [
    period ? period.slice(0, 7) : '',
    pci ? (text(data.CD_DOCTOR_INTVNT_CARDIOL_1) ?? '') : '',
    grp,
    period,
    hospital ? text(data.DT_DISCH) : null,
    p?.procedures ?? null,
    p?.accessKnown ?? null,
    p?.radial ?? null,
    p?.successKnown ?? null,
    p?.success ?? null,
    p?.stents ?? null,
    p?.des ?? null,
    p?.contrast ?? null,
    hospital && egfr !== null ? (egfr < 30 ? 1 : 0) : null,
    died,
    died === 1 ? (data.CD_DEATH_CATHLAB === '1' ? 1 : 0) : died,
    p?.site ?? null,
    p?.bleeding ?? null,
    p?.icu ?? null,
    p?.dialysis ?? null,
    hospital ? ischaemiaTested(type, data) : null,
    hospital ? (type === 'F' || type === 'FP' || listed(data.CD_WHICH_TST_EXEC, 'FL_EXEC_FUNC_MSMENT') ? 1 : 0) : null,
    stemi ? 1 : null,
    stemi ? yes(data.CD_TRFR_HOSP_TO_PCI) : null,
    stemi ? delay(minutesOf(data.DT_FIRST_DIAGS, data.T_FIRST_DIAGS), wire) : null,
    stemi ? arrivalToWire(data.T_PCI_CENT, data.T_WICR_1) : null,
    stemi ? delay(minutesOf(data.DT_FIRST_SYMP, data.T_FIRST_SYMP), wire) : null,
    pciDate ? oneYearAfter(pciDate) : null,
    type === 'FU' ? yes(data.CD_OYFFRPCI) : null,
    type === 'FU' ? yes(data.CD_CABG_EXECF) : null,
  ];
}

const listed = (v: unknown, code: string) => Array.isArray(v) && v.includes(code);

/** 1 when a test showing or measuring ischaemia was done (or physiology, in an FP stay), 0 when the tests were answered without one, null when unanswered. */
function ischaemiaTested(type: TypeCode, data: Data): number | null {
  const tests = data.CD_WHICH_TST_EXEC;
  if (type === 'FP' || ISCHAEMIA_TESTS.some((t) => listed(tests, t))) return 1;
  return Array.isArray(tests) && tests.length > 0 ? 0 : null;
}

/**
 * Arrival at the PCI centre to wire crossing. The DCD records the arrival as a time without a
 * date: it is taken as the last such time at or before the wire crossing (a delay under 24 h).
 */
function arrivalToWire(arrival: unknown, wire: unknown): number | null {
  const a = minutesOf('1970-01-01', arrival);
  const w = minutesOf('1970-01-01', wire);
  return a === null || w === null ? null : (w - a + 1440) % 1440;
}

/** What the PCI blocks of a stay add up to. Per-block counts cover the blocks that answer the question; flags are per stay. */
function procedureFacts(data: Data) {
  let procedures = 0;
  let accessKnown = 0;
  let radial = 0;
  let successKnown = 0;
  let success = 0;
  let stents = 0;
  let des = 0;
  let contrast: number | null = 0;
  let lastDate: string | null = null;
  const flags = {
    site: null as number | null,
    bleeding: null as number | null,
    icu: null as number | null,
    dialysis: null as number | null,
  };
  const flag = (key: keyof typeof flags, v: number | null) => {
    if (v !== null) flags[key] = Math.max(flags[key] ?? 0, v);
  };
  for (let i = 0; i < PCI_BLOCKS; i++) {
    const date = text(data[ID.date[i]!]);
    if (!date) continue;
    procedures++;
    if (!lastDate || date > lastDate) lastDate = date;
    const access = text(data[ID.access[i]!]);
    if (access) {
      accessKnown++;
      if (access === '3') radial++;
    }
    const residual = num(data[ID.residual[i]!]);
    const timi = text(data[ID.timi[i]!]);
    if (residual !== null && timi) {
      successKnown++;
      if (residual < 20 && timi === '4') success++;
    }
    const material = text(data[ID.material[i]!]);
    const count = (id: string) => num(data[id]) ?? 0;
    if (material === '3') stents += count(ID.bms[i]!);
    if (material === '5') stents += count(ID.bvs[i]!);
    if (material === '4') {
      stents += count(ID.des[i]!);
      des += count(ID.des[i]!);
    }
    const ml = num(data[ID.contrast[i]!]);
    contrast = ml === null || contrast === null ? null : contrast + ml;
    const site = data[ID.site[i]!];
    flag('site', Array.isArray(site) && site.length ? (site.some((c) => c !== '0') ? 1 : 0) : null);
    const bleeding = text(data[ID.bleeding[i]!]);
    flag('bleeding', bleeding === null ? null : bleeding === '0' ? 0 : 1);
    flag('icu', yes(data[ID.icu[i]!]));
    flag('dialysis', yes(data[ID.dialysis[i]!]));
  }
  return {
    procedures,
    accessKnown,
    radial,
    successKnown,
    success,
    stents,
    des,
    contrast: procedures ? contrast : null,
    lastDate,
    ...flags,
  };
}
