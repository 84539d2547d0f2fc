/**
 * A follow-up that arrives by CSV or API is linked to the hospitalisation it follows up: the same
 * patient's P or FP hospitalisation whose last PCI is the latest before the consultation (or the
 * one its file names with LOC_FU_PCI_DATE). When none fits, or several fit equally, it is kept
 * unlinked with a warning that says so, and those hospitalisations stay in the follow-ups due.
 */
import { FU_PCI_DATE } from '../registry/index.js';
import type { FollowUpParent, RegistrationStore } from '../store/index.js';
import { patientKeyOf, problem, type Data, type Problem } from '../validation/index.js';

export type FollowUpLink = { parent: FollowUpParent; warning?: undefined } | { parent?: undefined; warning?: Problem };

const fmt = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export function linkFollowUp(store: RegistrationStore, data: Data): FollowUpLink {
  const patient = patientKeyOf(data);
  if (!patient) return {};
  const named = typeof data[FU_PCI_DATE] === 'string' ? (data[FU_PCI_DATE] as string) : undefined;
  const consult = typeof data.DT_CONSULT === 'string' ? data.DT_CONSULT : undefined;
  const parents = store.followUpParentsOf(patient);
  const fitting = named
    ? parents.filter((p) => p.lastPciDate === named)
    : consult
      ? parents.filter((p) => p.lastPciDate <= consult)
      : parents.filter((p) => p.followUpId === undefined);
  if (!fitting.length) {
    return { warning: problem('DT_CONSULT', 'follow_up_unlinked', { date: consult ? fmt(consult) : '…' }) };
  }
  // With a date, the latest PCI before it; without one, the only hospitalisation still waiting.
  const best = named || consult ? fitting.filter((p) => p.lastPciDate === fitting.at(-1)!.lastPciDate) : fitting;
  if (best.length > 1) return { warning: problem('DT_CONSULT', 'follow_up_ambiguous', { ids: best.map((p) => `#${p.id}`).join(', ') }) };
  return { parent: best[0]! };
}
