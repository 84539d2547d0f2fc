/**
 * Clinical realism for demo data, so that the quality dashboard shows a cath lab as one looks:
 * a mix of indications, radial access for most procedures, mostly drug-eluting stents, STEMI
 * times that follow one story (symptoms → first ECG → arrival → wire crossing), mortality and
 * complications at the rates PCI registries report, and four operators of different volumes,
 * one of them with more access-site complications. Rates are approximate and ours.
 */
import { formOf, PCI_BLOCKS, type TypeCode, type Value } from '../registry/index.js';
import type { Data } from '../validation/index.js';
import type { Random } from './random.js';

const DAY = 86_400_000;
// Days as text through a cache: a bulk demo tells a million stories over a few thousand days.
const days = new Map<number, string>();
const isoDay = (day: number) => {
  let s = days.get(day);
  if (s === undefined) {
    s = new Date(day * DAY).toISOString().slice(0, 10);
    days.set(day, s);
  }
  return s;
};
const hhmm = (minuteOfDay: number) =>
  `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;

/** A weighted choice: [value, weight] pairs. */
function weighted<T>(r: Random, pairs: readonly (readonly [T, number])[]): T {
  const total = pairs.reduce((t, [, w]) => t + w, 0);
  let x = r.next() * total;
  for (const [v, w] of pairs) if ((x -= w) < 0) return v;
  return pairs.at(-1)![0];
}

/** A positive value around a median, skewed to the right (a log-normal draw). */
function skewed(r: Random, median: number, spread = 0.5): number {
  const u = Math.max(1e-9, r.next());
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.next());
  return median * Math.exp(spread * z);
}

const INDICATIONS: Record<'pci' | 'ffr' | 'h', readonly (readonly [string, number])[]> = {
  pci: [
    ['1', 15],
    ['2', 1],
    ['3', 2],
    ['4', 12],
    ['5', 11],
    ['6', 6],
    ['7', 2],
    ['8', 8],
    ['9', 4],
    ['10', 30],
    ['11', 6],
    ['12', 3],
  ],
  ffr: [
    ['10', 55],
    ['11', 12],
    ['12', 8],
    ['9', 5],
    ['5', 10],
    ['6', 10],
  ],
  h: [
    ['10', 40],
    ['4', 15],
    ['5', 15],
    ['8', 15],
    ['11', 15],
  ],
};

/** The per-stay story the answers follow. */
export interface ClinicalPlan {
  indication: string;
  group: 'stemi' | 'nstemi' | 'elective' | 'other';
  dies: boolean;
  /** Dates and times of the STEMI section and the first wire crossing. */
  timeline: Record<string, string>;
}

const GROUP = (i: string): ClinicalPlan['group'] =>
  ['1', '2', '3'].includes(i)
    ? 'stemi'
    : ['4', '5', '6'].includes(i)
      ? 'nstemi'
      : ['9', '10', '11', '12'].includes(i)
        ? 'elective'
        : 'other';
const DEATH = { stemi: 0.06, nstemi: 0.02, elective: 0.004, other: 0.12 };

/** A new stay's story: its indication drawn from the mix of its type, then storyOf. */
export function clinicalPlan(r: Random, type: TypeCode, admission: number): ClinicalPlan {
  return storyOf(r, weighted(r, INDICATIONS[type === 'P' || type === 'FP' ? 'pci' : type === 'F' ? 'ffr' : 'h']), admission);
}

/** The story of a stay with a given indication admitted on a day (ms since 1970): its outcome and its STEMI times. */
export function storyOf(r: Random, indication: string, admission: number): ClinicalPlan {
  const group = GROUP(indication);
  const transfer = r.chance(0.35);
  // Minutes from midnight of the admission day: wire crossing, then back to arrival, ECG, symptoms.
  // A patient diagnosed by the ambulance goes straight to the lab; a transferred one first waits
  // for the transfer (most within the ESC targets, a tail beyond them).
  const wire = r.int(0, 1439);
  const arrival = wire - Math.round(skewed(r, transfer ? 22 : 30, 0.45));
  const diagnosis = arrival - Math.round(skewed(r, transfer ? 50 : 16, 0.5));
  const onset = diagnosis - Math.round(skewed(r, 95, 0.7));
  const dayOf = (m: number) => isoDay(Math.floor(admission / DAY) + Math.floor(m / 1440));
  const timeOf = (m: number) => hhmm(((m % 1440) + 1440) % 1440);
  return {
    indication,
    group,
    dies: r.chance(DEATH[group]),
    timeline: {
      CD_TRFR_HOSP_TO_PCI: transfer ? '1' : '0',
      T_WICR_1: timeOf(wire),
      T_PCI_CENT: timeOf(arrival),
      DT_FIRST_DIAGS: dayOf(diagnosis),
      T_FIRST_DIAGS: timeOf(diagnosis),
      DT_FIRST_SYMP: dayOf(onset),
      T_FIRST_SYMP: timeOf(onset),
    },
  };
}

/** Demo operators and how often each is the first operator (the fourth one has more access-site complications). */
const OPERATOR_SHARE = [0.36, 0.3, 0.2, 0.14];
const ISCHAEMIA = ['FL_EXEC_ECG_STRESS', 'FL_EXEC_ECHO_STRESS', 'FL_EXEC_SPECT', 'FL_EXEC_NMR', 'FL_EXEC_FUNC_MSMENT'];

type Weights<T> = readonly (readonly [T, number])[];
/** The mixes the answers are drawn from, made once: a bulk demo draws them a million times. */
const MIX = {
  accessStemi: [
    ['3', 80],
    ['1', 19],
    ['2', 1],
  ],
  access: [
    ['3', 89],
    ['1', 10],
    ['2', 1],
  ],
  material: [
    ['4', 88],
    ['1', 5],
    ['2', 5],
    ['3', 1],
    ['6', 1],
  ],
  timiAfter: [
    ['4', 95],
    ['3', 3],
    ['2', 1],
    ['1', 1],
  ],
  timiBeforeStemi: [
    ['1', 60],
    ['2', 15],
    ['3', 15],
    ['4', 10],
  ],
  timiBefore: [
    ['4', 80],
    ['3', 15],
    ['2', 5],
  ],
  treatment: [
    ['1', 80],
    ['2', 12],
    ['3', 8],
  ],
  causeOfDeath: [
    ['3', 85],
    ['2', 5],
    ['4', 10],
  ],
  destination: [
    ['1', 85],
    ['2', 8],
    ['3', 5],
    ['4', 1],
    ['5', 1],
  ],
} satisfies Record<string, Weights<string>>;
const STENTS: Weights<number> = [
  [1, 60],
  [2, 30],
  [3, 10],
];
const operatorMix = new WeakMap<readonly string[], Weights<string>>();
const operatorsOf = (physicians: readonly string[]) => {
  let mix = operatorMix.get(physicians);
  if (!mix) {
    mix = physicians.slice(0, 4).map((p, i) => [p, OPERATOR_SHARE[i]!] as const);
    operatorMix.set(physicians, mix);
  }
  return mix;
};

/**
 * The answer the plan gives a field, or undefined to let the generic generator answer it. `data`
 * holds the answers given so far (the form's order: history before PCI, PCI before discharge).
 */
export function clinicalValue(id: string, plan: ClinicalPlan, data: Data, r: Random, physicians: readonly string[]): Value | undefined {
  if (id in plan.timeline) return plan.timeline[id];
  // A PCI block's field ends in _1 … _5.
  const block = id.length > 2 && id[id.length - 2] === '_' && id[id.length - 1]! >= '0' && id[id.length - 1]! <= '9';
  const base = block ? id.slice(0, -2) : id;
  const n = block ? id.slice(-1) : '1';
  switch (base) {
    case 'CD_INDICATN':
      return plan.indication;
    case 'CD_REPERF':
      return plan.indication === '2' ? '2' : plan.indication === '1' ? (r.chance(0.97) ? '1' : '2') : r.chance(0.5) ? '1' : '4';
    case 'CD_DOCTOR_INTVNT_CARDIOL':
      return n === '1' ? weighted(r, operatorsOf(physicians)) : data.CD_DOCTOR_INTVNT_CARDIOL_1;
    case 'CD_PLC_INTDCR':
      return weighted(r, plan.group === 'stemi' ? MIX.accessStemi : MIX.access);
    case 'CD_COMPLIC_PLC_INS': {
      const fourth = physicians.indexOf(String(data.CD_DOCTOR_INTVNT_CARDIOL_1)) === 3;
      const risk = (data[`CD_PLC_INTDCR_${n}`] === '3' ? 0.008 : 0.035) * (fourth ? 4 : 1);
      return r.chance(risk) ? [r.pick(['3', '4', '5', '6'])] : ['0'];
    }
    case 'CD_BLEEDG':
      return r.chance(plan.group === 'stemi' ? 0.03 : 0.01) ? r.pick(['1', '2', '3', '4']) : '0';
    case 'CD_HOSPZ_ICU':
      return r.chance(plan.group === 'stemi' ? 0.08 : 0.015) ? '1' : '0';
    case 'CD_DIALY_REQE':
      return r.chance(0.003) ? '1' : '0';
    case 'CD_NPCI':
      return r.chance(0.1) ? '1' : '0';
    case 'CD_MAT':
      return weighted(r, MIX.material);
    case 'NR_DES':
    case 'NR_BMS':
      return weighted(r, STENTS);
    case 'MS_STE_AFTER_PCI':
      return r.chance(0.05) ? r.int(20, 50) : r.int(0, 15);
    case 'CD_TIMI_AFTER_PCI':
      return weighted(r, MIX.timiAfter);
    case 'CD_TIMI_BEF_PCI':
      return weighted(r, plan.group === 'stemi' ? MIX.timiBeforeStemi : MIX.timiBefore);
    case 'NR_CONVOL_PROC_ML':
      return Math.min(600, Math.max(20, Math.round(skewed(r, Number(data.MS_RECNT_EGFR) < 30 ? 90 : 140, 0.35))));
    case 'MS_RECNT_EGFR':
      return r.chance(0.06) ? r.int(12, 29) : r.int(35, 110);
    case 'CD_WHICH_TST_EXEC':
      if (plan.group !== 'elective') return r.chance(0.7) ? ['FL_EXEC_TROP', 'FL_EXEC_ECG_REST'] : ['FL_EXEC_ECG_REST'];
      return r.chance(0.62) ? [r.pick(ISCHAEMIA)] : r.chance(0.5) ? ['FL_NO_TST_EXEC'] : ['FL_EXEC_ECG_REST', 'FL_EXEC_CT'];
    case 'CD_STA_DISCH':
      return plan.dies ? '1' : '2';
    case 'CD_DEATH_CATHLAB':
      return r.chance(0.12) ? '1' : '0';
    case 'CD_OYFFRPCI':
      return r.chance(0.09) ? '1' : '0';
    case 'CD_CABG_EXECF':
      return r.chance(0.02) ? '1' : '0';
    case 'CD_CARDIOGE_SHOCK_HOSPZ':
      return r.chance(plan.group === 'stemi' ? 0.06 : 0.005) ? '1' : '0';
    default:
      return undefined;
  }
}

/** Per PCI block, the ids of the answers a stay's story may draw again, made once. */
const BLOCK_IDS = Array.from({ length: PCI_BLOCKS }, (_, i) => {
  const n = i + 1;
  return {
    date: `DT_PCI_${n}`,
    operator: `CD_DOCTOR_INTVNT_CARDIOL_${n}`,
    // None of these shows or hides another field.
    others: [
      'CD_PLC_INTDCR',
      'CD_BLEEDG',
      'CD_HOSPZ_ICU',
      'CD_DIALY_REQE',
      'MS_STE_AFTER_PCI',
      'CD_TIMI_AFTER_PCI',
      'NR_CONVOL_PROC_ML',
    ].map((id) => `${id}_${n}`),
    site: `CD_COMPLIC_PLC_INS_${n}`,
    treatment: `CD_TREAT_${n}`,
  };
});
const STAY_DEPENDENTS = { dead: ['CD_COD', 'CD_DEATH_CATHLAB'], alive: ['CD_DESTI_AFTER_DISCH'] } as const;

const required = new Map<string, boolean>();
/** Whether the catalogue requires a field (when shown) in a type; looked up once per field. */
function requiredIn(type: TypeCode, id: string): boolean {
  const key = `${type} ${id}`;
  let is = required.get(key);
  if (is === undefined) {
    const r = formOf(type).byId.get(id)?.required;
    is = typeof r === 'object' ? !!r[type] : !!r;
    required.set(key, is);
  }
  return is;
}

/**
 * A bulk demo registration made from a template (demo/bulk-demo.ts) gets its own story: the first
 * operator, access site, complications, angiographic result, contrast volume, tests before an
 * elective PCI, STEMI times and the status at discharge are drawn again for it, so that rates
 * vary per registration and per operator as in a real lab rather than repeating a few templates.
 * Only answers the template already has are drawn again; when an answer shows or hides others
 * (death: cause and place; an access-site complication: its treatment), those are set or removed
 * with it. Returns the change in the number of required answers (filled and required alike) and
 * whether the patient died.
 */
export function varyStay(type: TypeCode, data: Data, r: Random, physicians: readonly string[]): { delta: number; dies: boolean } {
  if ((type !== 'P' && type !== 'FP') || typeof data.CD_INDICATN !== 'string' || typeof data.DT_HOSPZ !== 'string')
    return { delta: 0, dies: false };
  const plan = storyOf(r, data.CD_INDICATN, Date.parse(data.DT_HOSPZ));
  const has = (id: string) => data[id] !== undefined;
  let delta = 0;
  // A removed answer is set undefined rather than deleted (it is not written): deleting a
  // property makes every later access to the object slow, a million times over.
  const set = (id: string, v: Value | undefined) => {
    const had = has(id);
    if (!had && v === undefined) return;
    if (had !== (v !== undefined) && requiredIn(type, id)) delta += had ? -1 : 1;
    data[id] = v;
  };
  const redraw = (id: string) => {
    if (has(id)) data[id] = clinicalValue(id, plan, data, r, physicians) ?? data[id];
  };
  for (const id in plan.timeline) if (has(id)) data[id] = plan.timeline[id];
  redraw('CD_WHICH_TST_EXEC');
  for (const b of BLOCK_IDS) {
    if (!has(b.date)) continue;
    redraw(b.operator);
    for (const id of b.others) redraw(id);
    if (has(b.site)) {
      redraw(b.site);
      const complication = (data[b.site] as string[]).some((c) => c !== '0');
      set(b.treatment, complication ? (data[b.treatment] ?? weighted(r, MIX.treatment)) : undefined);
    }
  }
  if (has('CD_STA_DISCH')) {
    data.CD_STA_DISCH = plan.dies ? '1' : '2';
    for (const id of STAY_DEPENDENTS[plan.dies ? 'alive' : 'dead']) set(id, undefined);
    if (plan.dies) {
      set('CD_COD', data.CD_COD ?? weighted(r, MIX.causeOfDeath));
      set('CD_DEATH_CATHLAB', clinicalValue('CD_DEATH_CATHLAB', plan, data, r, physicians));
    } else set('CD_DESTI_AFTER_DISCH', data.CD_DESTI_AFTER_DISCH ?? weighted(r, MIX.destination));
  }
  return { delta, dies: plan.dies && data.CD_STA_DISCH === '1' };
}
