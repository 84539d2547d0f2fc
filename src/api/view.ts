/** What the API answers about one registration: its state, what it still lacks, its warnings. */
import { getForm, type Lang } from '../registry/index.js';
import { editableData, sentWarningsOf } from '../store/index.js';
import { formatProblems, patientLabel, readinessProblems, warningProblem } from '../validation/index.js';
import type { Core } from '../operations/index.js';

/** The view of registration `id` (which must exist), as every route that answers one shows it. */
export function registrationView(core: Core, lang: Lang, id: number) {
  const { store } = core;
  const r = store.mustGet(id);
  const form = getForm(r.type, r.formVersion)!;
  const missing =
    r.status === 'open' || r.correctionData
      ? formatProblems(readinessProblems(form, editableData(r), { lists: store.lists, today: store.clock.today() }), lang)
      : [];
  return {
    id: r.id,
    type: r.type,
    version: r.formVersion,
    status: r.status,
    registrationCode: r.registrationCode,
    delivery: r.delivery,
    patient: patientLabel(r.patientKey),
    parentId: r.parentId,
    submissions: r.submissions,
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    updatedAt: r.updatedAt,
    updatedBy: r.updatedBy,
    rowVersion: r.rowVersion,
    data: r.data,
    missing,
    ...(r.status === 'sent' ? { sentWithWarnings: formatProblems(sentWarningsOf(store.history(r.id)).map(warningProblem), lang) } : {}),
  };
}
