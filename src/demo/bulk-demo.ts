/**
 * Demo data at scale: a million registrations. A few hundred registrations are generated in full
 * (demo/generate.ts) as templates; each demo registration is a template with its own patient (NISS
 * or pseudocode, birth date, sex), its own dates and its own clinical story (clinical.ts), written
 * in bulk. Sent ones have their registration code, business key, audit entries and delivered
 * outbox items, so the database is what a busy registry looks like after years.
 */
import { systemClock, type Clock } from '../clock.js';
import { formOf, FU_PCI_DATE, keyDateOf, type Form, type TypeCode } from '../registry/index.js';
import { createBulkWriter, factsOf, PAYLOAD_RETENTION_DAYS, PRUNED_PAYLOAD, type Db } from '../store/index.js';
import { lastPciDateOf } from '../store/rows.js';
import { billingMessage, businessKeyOf, healthdataPayload, type Pseudonymiser } from '../transmit/index.js';
import { completeness, pseudocode, type Counts, type Data } from '../validation/index.js';
import { varyStay } from './clinical.js';
import { DEMO_PHYSICIANS, demoNiss, followUpPatient, FU_PATIENT_FIELDS, generateData } from './generate.js';
import { createRandom } from './random.js';
import type { DemoResult } from './demo.js';

const DAY = 86_400_000;
const MIX: TypeCode[] = ['P', 'P', 'P', 'FP', 'F', 'H', 'P', 'FP'];
const TEMPLATES_PER_KIND = 24;
const NAMES = ['PEETERS', 'JANSSENS', 'MAES', 'DUBOIS', 'LAMBERT', 'CLAES', 'WILLEMS', 'DUPONT'];

interface Template {
  type: TypeCode;
  complete: boolean;
  data: Data;
  dates: string[];
  admission: number;
  /** Its required answers, filled and in all, with a national number or without one (then a name and pseudocode). */
  counts: Record<'niss' | 'noNiss', Counts>;
}

/** The answers that say who the patient is, which each demo registration replaces by its own. */
const PATIENT_IDS = ['IDC_PAT', 'LOC_NO_NISS', 'TX_IDC_PAT_GENER', 'TX_PAT_FIRST_NAM', 'TX_PAT_LAST_NAM'];

/** The counts of a template's required answers with either kind of patient identification (names and pseudocode show only without a NISS). */
function patientCounts(form: Form, data: Data): Template['counts'] {
  const rest = Object.fromEntries(Object.entries(data).filter(([k]) => !PATIENT_IDS.includes(k)));
  return {
    niss: completeness(form, { ...rest, IDC_PAT: 'x' }),
    noNiss: completeness(form, { ...rest, LOC_NO_NISS: '1', TX_IDC_PAT_GENER: 'x', TX_PAT_FIRST_NAM: 'x', TX_PAT_LAST_NAM: 'x' }),
  };
}

export function fillDemoFast(
  db: Db,
  p: Pseudonymiser,
  newCode: () => string,
  o: { records: number; seed: number; user: string; clock?: Clock },
): DemoResult {
  const r = createRandom(o.seed);
  const today = (o.clock ?? systemClock).now().getTime();
  const templates = new Map<string, Template[]>();
  for (const type of [...new Set<TypeCode>([...MIX, 'FU'])]) {
    const form = formOf(type);
    const dateFields = form.valueFields.filter((f) => f.kind === 'date' && f.id !== 'DT_PAT_DOB').map((f) => f.id);
    for (const complete of [true, false]) {
      templates.set(
        `${type}${complete}`,
        Array.from({ length: TEMPLATES_PER_KIND }, () => {
          const data = generateData({ type, random: r, today, complete, user: o.user });
          const admission = Date.parse(keyDateOf(type, data) ?? new Date(today).toISOString().slice(0, 10));
          return { type, complete, data, dates: dateFields, admission, counts: patientCounts(form, data) };
        }),
      );
    }
  }
  const writer = createBulkWriter(db);
  const result: DemoResult = { created: 0, byType: { H: 0, P: 0, F: 0, FP: 0, FU: 0 }, sent: 0, deleted: 0, followUps: 0 };
  // Dates as day numbers, turned into text through a cache: a million registrations use a few
  // thousand distinct days, and formatting a Date for each would be a large share of the load.
  const isoCache = new Map<number, string>();
  const iso = (t: number) => {
    const day = Math.floor(t / DAY);
    let s = isoCache.get(day);
    if (!s) {
      s = new Date(day * DAY).toISOString().slice(0, 10);
      isoCache.set(day, s);
    }
    return s;
  };
  const dayOf = new Map<string, number>();
  const parseDay = (s: string) => {
    let d = dayOf.get(s);
    if (d === undefined) {
      d = Date.parse(s);
      dayOf.set(s, d);
    }
    return d;
  };

  /** A template made someone else's registration: a new patient, dates moved to a new stay. */
  const instantiate = (t: Template, patient?: Data): Data => {
    const data: Data = { ...t.data };
    const shift = today - r.int(20, 1100) * DAY - t.admission;
    for (const id of t.dates) {
      const v = data[id];
      if (typeof v === 'string') data[id] = iso(Math.min(today, parseDay(v) + shift));
    }
    if (patient) {
      for (const k of FU_PATIENT_FIELDS) delete data[k];
      return Object.assign(data, patient);
    }
    const sex = r.chance(0.5) ? 'M' : 'F';
    const dob = iso(parseDay(keyDateOf(t.type, data) ?? iso(today)) - r.int(40 * 365, 90 * 365) * DAY);
    Object.assign(data, { DT_PAT_DOB: dob, CD_PAT_SEX: sex });
    delete data.IDC_PAT;
    delete data.LOC_NO_NISS;
    delete data.TX_IDC_PAT_GENER;
    delete data.TX_PAT_FIRST_NAM;
    delete data.TX_PAT_LAST_NAM;
    if (r.chance(0.03)) {
      Object.assign(data, { LOC_NO_NISS: '1', TX_PAT_LAST_NAM: r.pick(NAMES), TX_PAT_FIRST_NAM: `Demo${r.int(1, 999)}` });
      data.TX_IDC_PAT_GENER = pseudocode({
        lastName: String(data.TX_PAT_LAST_NAM),
        firstName: String(data.TX_PAT_FIRST_NAM),
        birthDate: dob,
        sex,
      });
    } else {
      data.IDC_PAT = demoNiss(dob, sex, r);
    }
    return data;
  };

  const write = (t: Template, data: Data, status: 'open' | 'sent' | 'deleted', parentId: number | null, delta = 0): number => {
    // Registered some days after the discharge (a follow-up: after the consultation), most within
    // a month, a few months late for some, never after today: a demo database has a history and
    // its timeliness figures look like a real lab's.
    const keyDate = keyDateOf(t.type, data) ?? null;
    const end = typeof data.DT_DISCH === 'string' ? data.DT_DISCH : keyDate;
    const late = r.chance(0.75) ? r.int(1, 30) : r.chance(0.7) ? r.int(31, 90) : r.int(91, 300);
    const day = end ? iso(Math.min(today, parseDay(end) + late * DAY)) : iso(today);
    const at = `${day}T${String(r.int(7, 18)).padStart(2, '0')}:${String(r.int(10, 59))}:00.000Z`;
    // Delivered long ago: past the outbox's payload retention, so only the delivery record stays.
    const old = parseDay(day) < today - PAYLOAD_RETENTION_DAYS * DAY;
    const patientKey = (data.LOC_NO_NISS === '1' ? data.TX_IDC_PAT_GENER : data.IDC_PAT) as string;
    let code: string | null = null;
    let businessKey: string | null = null;
    const items: { destination: 'healthdata' | 'cin'; kind: string; key: string; payload: string }[] = [];
    if (status === 'sent') {
      code = newCode();
      businessKey = businessKeyOf(t.type, data, p) ?? null;
      Object.assign(data, { TX_REGN_CD: code, TX_BUSINESS_KEY: businessKey, TX_DCD: t.type });
      const ref = {
        type: t.type,
        formVersion: formOf(t.type).version,
        registrationCode: code,
        businessKey: businessKey ?? '',
        submission: 1,
      };
      items.push({
        destination: 'healthdata',
        kind: 'registration',
        key: `${code}/healthdata/1`,
        payload: old ? PRUNED_PAYLOAD : JSON.stringify(healthdataPayload(ref, data, p, 'registration')),
      });
      const billing = billingMessage(ref, data, {});
      if (billing)
        items.push({ destination: 'cin', kind: 'billing', key: `${code}/cin/1`, payload: old ? PRUNED_PAYLOAD : JSON.stringify(billing) });
    }
    // A follow-up takes its patient's answers from its stay, whatever they are: counted for itself (a small form).
    const counts = t.type === 'FU' ? completeness(formOf('FU'), data) : t.counts[data.LOC_NO_NISS === '1' ? 'noNiss' : 'niss'];
    const id = writer.insert(
      {
        type: t.type,
        formVersion: formOf(t.type).version,
        status,
        data: JSON.stringify(data),
        patientKey,
        keyDate,
        lastPciDate: lastPciDateOf(data) ?? null,
        parentId,
        registrationCode: code,
        businessKey,
        requiredFilled: counts.filled + delta,
        requiredTotal: counts.total + delta,
        at,
        user: o.user,
        delivery: status === 'sent' ? 'delivered' : 'none',
        facts: factsOf(t.type, data),
      },
      items,
    );
    result.created++;
    result.byType[t.type]++;
    if (status === 'sent') result.sent++;
    if (status === 'deleted') result.deleted++;
    return id;
  };

  writer.fast(() => {
    while (result.created < o.records) {
      writer.transaction(() => {
        for (let i = 0; i < 5000 && result.created < o.records; i++) {
          const type = r.pick(MIX);
          const complete = r.chance(0.6);
          const t = r.pick(templates.get(`${type}${complete}`)!);
          const data = instantiate(t);
          const story = varyStay(type, data, r, DEMO_PHYSICIANS);
          const status = !complete ? (r.chance(0.1) ? 'deleted' : 'open') : r.chance(0.6) ? 'sent' : 'open';
          const id = write(t, data, status, null, story.delta);
          // A patient who died in hospital has no follow-up.
          if ((type === 'P' || type === 'FP') && complete && !story.dies && r.chance(0.4) && result.created < o.records) {
            const fu = r.pick(templates.get(`FUtrue`)!);
            const pciDate = lastPciDateOf(data);
            const patient = { ...followUpPatient({ type, data }), ...(pciDate ? { [FU_PCI_DATE]: pciDate } : {}) };
            write(fu, instantiate(fu, patient), r.chance(0.5) ? 'sent' : 'open', id);
            result.followUps++;
          }
        }
      });
    }
  });
  return result;
}
