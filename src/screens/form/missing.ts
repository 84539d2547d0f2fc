/**
 * Where the cursor goes to answer what a registration still lacks before it can be sent: the
 * fields with an error of complete validation (a required answer missing, a rule broken), in form
 * order, among those the cursor stops on. Pure: the form passes the steps' problems it shows.
 */
import type { Field, Form } from '../../registry/index.js';
import type { StepStatus } from '../../validation/index.js';
import { isFocusable } from './field-kinds.js';

const positions = new WeakMap<Form, Map<string, number>>();

function positionOf(form: Form, id: string): number {
  let m = positions.get(form);
  if (!m) {
    m = new Map(form.fields.map((f, i) => [f.id, i]));
    positions.set(form, m);
  }
  return m.get(id) ?? -1;
}

/** The fields still lacking an answer, in form order, that the cursor can stop on and that are shown. */
export function missingFields(form: Form, steps: readonly StepStatus[], visible: ReadonlySet<string>): Field[] {
  const seen = new Set<string>();
  const out: Field[] = [];
  for (const step of steps) {
    for (const p of step.problems) {
      const f = form.byId.get(p.field);
      if (!f || seen.has(f.id) || !visible.has(f.id) || !isFocusable(f)) continue;
      seen.add(f.id);
      out.push(f);
    }
  }
  return out.sort((a, b) => positionOf(form, a.id) - positionOf(form, b.id));
}

/**
 * The next field lacking an answer after a field (after a whole step when `afterStep`), going
 * round to the start of the form; undefined when nothing is missing but that field itself.
 */
export function nextMissing(form: Form, missing: readonly Field[], from: Field | undefined, afterStep = false): Field | undefined {
  if (!from) return missing[0];
  const stepOrder = form.steps.map((s) => s.id);
  const stepAt = (f: Field) => stepOrder.indexOf(f.step);
  const after = (f: Field) =>
    afterStep
      ? stepAt(f) > stepAt(from)
      : stepAt(f) > stepAt(from) || (f.step === from.step && positionOf(form, f.id) > positionOf(form, from.id));
  return missing.find(after) ?? missing.find((f) => f.id !== from.id);
}
