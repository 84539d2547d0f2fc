/**
 * `angio demo`: fills a database with realistic registrations of all five types: Open ones both
 * incomplete and complete, Deleted ones, P/FP hospitalisations with and without their follow-up.
 * Deterministic for a given seed.
 */
import { FU_PCI_DATE, type TypeCode } from '../registry/index.js';
import type { RegistrationStore } from '../store/index.js';
import type { Sender } from '../transmit/index.js';
import { FU_PATIENT_FIELDS, followUpPatient, generateData } from './generate.js';
import { createRandom } from './random.js';

export interface DemoResult {
  created: number;
  byType: Record<TypeCode, number>;
  sent: number;
  deleted: number;
  followUps: number;
}

const MIX: TypeCode[] = ['P', 'P', 'P', 'FP', 'F', 'H', 'P', 'FP'];

export function fillDemo(store: RegistrationStore, sender: Sender, o: { records: number; seed: number; user: string }): DemoResult {
  const r = createRandom(o.seed);
  const today = store.clock.now().getTime();
  const result: DemoResult = { created: 0, byType: { H: 0, P: 0, F: 0, FP: 0, FU: 0 }, sent: 0, deleted: 0, followUps: 0 };
  const send = (id: number) => {
    if (sender.send(id, { user: o.user }).ok) result.sent++;
  };
  while (result.created < o.records) {
    const type = r.pick(MIX);
    const complete = r.chance(0.6);
    const data = generateData({ type, random: r, today, complete, user: o.user });
    const reg = store.create({ type, data, user: o.user });
    result.created++;
    result.byType[type]++;
    if (!complete && r.chance(0.1)) {
      store.delete(reg.id, { user: o.user });
      result.deleted++;
      continue;
    }
    if (complete && r.chance(0.6)) send(reg.id);
    // A patient who died in hospital has no follow-up.
    const died = reg.data.CD_STA_DISCH === '1';
    if ((type === 'P' || type === 'FP') && complete && !died && r.chance(0.4) && result.created < o.records) {
      const fu = generateData({ type: 'FU', random: r, today, complete: true, user: o.user });
      for (const k of FU_PATIENT_FIELDS) delete fu[k];
      Object.assign(fu, followUpPatient(reg));
      if (reg.lastPciDate) fu[FU_PCI_DATE] = reg.lastPciDate;
      const child = store.create({ type: 'FU', data: fu, parentId: reg.id, user: o.user });
      if (r.chance(0.5)) send(child.id);
      result.created++;
      result.byType.FU++;
      result.followUps++;
    }
  }
  return result;
}
