/**
 * Realistic demo registrations, driven by the catalogue: every field that applies gets a value of
 * its kind, code list and range, while dates follow one coherent story per stay (birth < symptoms
 * ≤ admission ≤ FFR/PCI ≤ discharge) and the NISS matches the birth date and sex. The answers the
 * quality report reads follow the stay's clinical story (clinical.ts).
 */
import { codeListOf, formOf, type Field, type TypeCode } from '../registry/index.js';
import {
  applyDerived,
  DES_ONLY_ITEMS,
  isAnswerable,
  nissCheckDigits,
  patientAnswers,
  visibleFields,
  type Data,
} from '../validation/index.js';
import { clinicalPlan, clinicalValue } from './clinical.js';
import type { Random } from './random.js';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const FIRST = ['Jan', 'Marie', 'Luc', 'Sofie', 'Ahmed', 'Fatima', 'Pieter', 'Anne', 'José', 'Élise', 'Koen', 'Nadia'];
const LAST = ['Peeters', 'Janssens', 'Maes', 'Dubois', 'Lambert', 'Claes', 'Willems', 'Dupont', 'El Amrani', 'Van den Broeck'];
const POSTAL = ['1000', '1050', '2000', '2600', '3000', '3500', '4000', '5000', '6000', '7000', '8000', '8500', '9000', '9999'];
/** Demo physicians: RIZIV/INAMI numbers with valid check digits (cardiology qualification 580). */
export const DEMO_PHYSICIANS = ['10012378580', '10023464580', '10034550580', '10045636580', '10056722580'];
const DEVICES: Record<string, string[]> = {
  QERMID_IMPLT_32401: ['BMS-1001', 'BMS-1002'],
  QERMID_IMPLT_32402: ['DES-2001', 'DES-2002', 'DES-2003'],
  QERMID_IMPLT_32403: ['BVS-3001'],
  QERMID_IMPLT_32404: ['DEB-4001', 'DEB-4002'],
};

/** Typical values (not just the allowed range) for the measurements a reader looks at first. */
const TYPICAL: Record<string, [number, number]> = {
  MS_PAT_HGHT: [150, 195],
  MS_PAT_WGHT: [50, 110],
  MS_RECNT_EGFR: [40, 110],
  MS_RECNT_SERM_CREAN: [0.6, 1.6],
  MS_HF_HOSPZ: [55, 100],
  MS_LVEF: [30, 65],
  MS_MAX_DMTR_BLDVES: [2.25, 4],
  NR_TOT_LEN: [8, 38],
  NR_CONVOL_PROC_ML: [50, 250],
};

export interface DemoOptions {
  type: TypeCode;
  random: Random;
  today: number;
  complete: boolean;
  user: string;
}

/** A NISS for a birth date and sex (ordinary number, valid check digits). */
export function demoNiss(birthDate: string, sex: 'M' | 'F', random: Random): string {
  const yymmdd = birthDate.slice(2, 4) + birthDate.slice(5, 7) + birthDate.slice(8, 10);
  let seq = random.int(1, 498) * 2;
  if (sex === 'M') seq -= 1;
  const first9 = yymmdd + String(seq).padStart(3, '0');
  const cc = nissCheckDigits(first9, Number(birthDate.slice(0, 4)) >= 2000 ? 2000 : 1900);
  return first9 + String(cc).padStart(2, '0');
}

export function generateData(o: DemoOptions): Data {
  const { random: r } = o;
  const form = formOf(o.type);
  const admission = o.today - r.int(20, 900) * DAY;
  const stay = r.int(0, 6);
  const sex = r.pick(['M', 'F'] as const);
  const dob = iso(admission - r.int(40 * 365, 90 * 365) * DAY);
  const noNiss = r.chance(0.03);
  const dates: Record<string, string> = {
    DT_HOSPZ: iso(admission),
    DT_DISCH: iso(admission + stay * DAY),
    DT_FFR: iso(admission),
    DT_FIRST_SYMP: iso(admission - DAY),
    DT_FIRST_DIAGS: iso(admission - DAY),
    DT_EXEC_CABG: iso(admission + stay * DAY),
    DT_CONSULT: iso(Math.min(o.today, admission + r.int(350, 400) * DAY)),
    DT_EXEC_CABG_FU: iso(admission + 200 * DAY),
  };
  for (let n = 1; n <= 5; n++) dates[`DT_PCI_${n}`] = iso(admission + Math.min(stay, n - 1) * DAY);

  const data: Data = {
    TX_AUTHOR_GR: 'Cardiology',
    TX_AUTHOR: `${o.user}@hospital.example`,
    TX_COAUTHOR: 'coauthor@hospital.example',
    CD_NIC_TPE: 'NI0001',
    DT_PAT_DOB: dob,
    CD_PAT_SEX: sex,
  };
  if (noNiss) {
    Object.assign(data, { LOC_NO_NISS: '1', TX_PAT_FIRST_NAM: r.pick(FIRST), TX_PAT_LAST_NAM: r.pick(LAST) });
  } else {
    data.IDC_PAT = demoNiss(dob, sex, r);
  }
  // The stay's clinical story (indication, outcome, STEMI times, operator) answers its fields first.
  const plan = clinicalPlan(r, o.type, admission);
  // Walk the form in order, answering what applies; an incomplete record stops part-way.
  const answerable = form.fields.filter((f) => isAnswerable(f) && !f.local && !(f.id in data));
  const stopAt = o.complete ? Infinity : r.int(3, 30);
  let answered = 0;
  for (const f of answerable) {
    if (answered >= stopAt) break;
    if (!visibleFields(form, data).has(f.id)) continue;
    const v = clinicalValue(f.id, plan, data, r, DEMO_PHYSICIANS) ?? valueFor(f, o, dates);
    if (v !== undefined) {
      data[f.id] = v;
      answered++;
    }
  }
  fixBilling(data);
  if (o.type === 'H' || data.CD_PREST_PCI === 'BI0153' || data.CD_PRES_FFR === 'BI0152') data.LOC_CONSENT = '1';
  return applyDerived(form, data);
}

function valueFor(f: Field, o: DemoOptions, dates: Record<string, string>): Data[string] {
  const r = o.random;
  switch (f.kind) {
    case 'date':
      return dates[f.id] ?? dates.DT_HOSPZ;
    case 'time':
      return `${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`;
    case 'number':
    case 'integer': {
      const typical = TYPICAL[f.id.replace(/_\d$/, '')];
      if (typical) {
        const d = f.kind === 'integer' ? 0 : (f.decimals ?? 0);
        return Math.round((typical[0] + r.next() * (typical[1] - typical[0])) * 10 ** d) / 10 ** d;
      }
      const min = f.min ?? 0;
      const max = f.max ?? 100;
      const span = f.id.startsWith('NR_') && f.id !== 'NR_CONVOL_PROC_ML_1' ? Math.min(max, min + 3) : max;
      const lo = f.id.startsWith('MS_FFR') || f.id.startsWith('MS_iFR') ? 0.6 : min + (max - min) * 0.2;
      const hi = Math.max(lo, (span - min) * 0.7 + min);
      const raw = lo + r.next() * (hi - lo);
      const d = f.kind === 'integer' ? 0 : (f.decimals ?? 0);
      const v = Math.round(raw * 10 ** d) / 10 ** d;
      if (f.id === 'MS_DIA_BP_HOSPZ') return r.int(60, 90);
      if (f.id === 'MS_SYS_BP_HOSPZ') return r.int(110, 170);
      if (f.id.startsWith('MS_STE_BEF')) return r.int(70, 99);
      if (f.id.startsWith('MS_STE_AFTER')) return r.int(0, 20);
      return v;
    }
    case 'yesno':
      if (f.id.startsWith('CD_NPCI_')) return r.chance(0.2) ? '1' : '0';
      if (f.id === 'LOC_NO_NISS') return undefined;
      return r.chance(0.25) ? '1' : '0';
    case 'code': {
      if (f.id === 'CD_STA_DISCH') return r.chance(0.97) ? '2' : '1';
      if (f.codeList === 'PLACE_OF_RESIDENCE') return r.pick(POSTAL);
      if (f.codeList === 'AUTHOR_GROUP') return 'Cardiology';
      const devices = f.codeList ? DEVICES[f.codeList] : undefined;
      if (devices) return r.pick(devices);
      const list = codeListOf(f);
      return list && list.codes.length ? r.pick(list.codes).code : undefined;
    }
    case 'codes': {
      const list = codeListOf(f);
      if (!list || !list.codes.length) return undefined;
      const choices = list.codes.map((c) => c.code).filter((c) => c !== f.exclusiveCode);
      if (f.exclusiveCode && r.chance(0.6)) return [f.exclusiveCode];
      const a = r.pick(choices);
      const b = r.pick(choices);
      return a === b ? [a] : [a, b];
    }
    case 'hcp': {
      if (f.id.startsWith('CD_SECON_OPR_')) return DEMO_PHYSICIANS[4];
      return r.pick(DEMO_PHYSICIANS.slice(0, 4));
    }
    case 'text':
      return f.id === 'TX_IDC_PAT_INT' ? `P${r.int(100000, 999999)}` : 'See patient file';
    default:
      return undefined;
  }
}

/** Keeps the PCI billing item consistent with the devices (the DES-only rule of F-§05). */
function fixBilling(data: Data) {
  if (typeof data.CD_PREST_PCI !== 'string' || !DES_ONLY_ITEMS.includes(data.CD_PREST_PCI)) return;
  for (let n = 1; n <= 5; n++) {
    const m = data[`CD_MAT_${n}`];
    if (m === '3' || m === '5' || m === '6') {
      data.CD_PREST_PCI = '158992-159003';
      return;
    }
  }
}

/** The patient answers a demo follow-up takes from its hospitalisation (those the FU form has). */
export function followUpPatient(parent: { type: TypeCode; data: Data }): Data {
  return patientAnswers(formOf(parent.type), formOf('FU'), parent.data);
}

/** The ids of the FU form's patient step, which a demo follow-up replaces by its parent's answers. */
export const FU_PATIENT_FIELDS: readonly string[] = formOf('FU')
  .fields.filter((f) => f.step === 'patient')
  .map((f) => f.id);
