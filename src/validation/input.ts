/**
 * What the form makes of typed text: the same coercion as CSV and the API, then the draft check
 * of the field, so a value means the same whichever door it came through.
 */
import type { Field, Form, Value } from '../registry/index.js';
import { coerceValue } from './coerce.js';
import { parseNiss } from './niss.js';
import type { Problem } from './problems.js';
import { readinessProblems, validateField, type ValidateOptions } from './validate.js';
import type { Data } from './visibility.js';
import { visibleFields } from './visibility.js';

/** The value typed text stands for (undefined: the field is cleared), or the problems with it. */
export function interpretInput(form: Form, field: Field, text: string): { value?: Value; problems: Problem[] } {
  const c = coerceValue(form, field.id, text);
  const errors = c.problems.filter((p) => p.severity === 'error');
  if (errors.length) return { problems: errors };
  if (c.value === undefined) return { problems: [] };
  const problems = validateField(form, field, c.value);
  return problems.length ? { problems } : { value: c.value, problems: [] };
}

/** Birth date and sex that a valid NISS encodes, for whichever of the two is still empty. */
export function answersFromNiss(data: Data): Data {
  const info = typeof data.IDC_PAT === 'string' ? parseNiss(data.IDC_PAT) : undefined;
  if (!info) return {};
  const out: Data = {};
  if (info.birthDate && !data.DT_PAT_DOB) out.DT_PAT_DOB = info.birthDate;
  if (info.sex && !data.CD_PAT_SEX) out.CD_PAT_SEX = info.sex;
  return out;
}

export interface StepStatus {
  id: string;
  missing: number;
  problems: Problem[];
}

/**
 * The steps that apply to a record (a PCI block step only once it is open) with what each still
 * lacks before the record can be sent.
 */
export function stepStatuses(form: Form, data: Data, options: ValidateOptions = {}): StepStatus[] {
  const visible = visibleFields(form, data);
  const problems = readinessProblems(form, data, options).filter((p) => p.severity === 'error');
  const byStep = new Map<string, Problem[]>();
  for (const p of problems) {
    const step = form.byId.get(p.field)?.step ?? form.steps[0]!.id;
    (byStep.get(step) ?? byStep.set(step, []).get(step)!).push(p);
  }
  return form.steps
    .filter((s) => form.fields.some((f) => f.step === s.id && visible.has(f.id) && f.kind !== 'hidden' && f.kind !== 'title'))
    .map((s) => ({ id: s.id, missing: byStep.get(s.id)?.length ?? 0, problems: byStep.get(s.id) ?? [] }));
}
