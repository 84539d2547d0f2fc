/** Answers carried from one registration to a new one (a follow-up starts from its hospitalisation). */
import type { Form } from '../registry/index.js';
import type { Data } from './visibility.js';

/** The patient-step answers of `data` (made on `from`) that exist in form `to`. */
export function patientAnswers(from: Form, to: Form, data: Data): Data {
  const out: Data = {};
  for (const f of from.fields) {
    if (f.step !== 'patient' || data[f.id] === undefined) continue;
    const target = to.byId.get(f.id);
    if (target && target.step === 'patient') out[f.id] = data[f.id];
  }
  return out;
}
