/**
 * Every rule a form is checked with, made from the catalogue and the policy (policy.ts): what it
 * checks, on which fields, how severe it is, where it comes from and why. `angio rules` prints it,
 * so that a registry manager can audit in one page what angio blocks and what it only warns about.
 */
import { fieldsOf } from './conditions.js';
import { PCI_BLOCKS } from './dcd-v2/steps.js';
import { CHECKS, DATE_ORDERS, REGISTRY_VERSION_FROM, type CheckCode, type Severity } from './policy.js';
import type { Form } from './catalogue.js';
import type { Condition, Field, RuleSource } from './types.js';

export interface RuleRow {
  /** What is checked, in a few words. */
  rule: string;
  /** The problem code it reports (the message of each language is the validation's). */
  code: CheckCode;
  fields: string[];
  severity: Severity;
  source: RuleSource;
  reason: string;
  /**
   * The rule and the reason as ids of the doors' message catalogue with the values they take, so a
   * door says them in the user's language; `rule` and `reason` above are their English words.
   */
  says: { rule: RuleWords; reason: RuleWords };
}

/** A text of the reference as a message id (`rules.rule.*`, `rules.reason.*`) and its values. */
export interface RuleWords {
  id: string;
  values?: Record<string, string | number>;
  /** A condition, said in the door's words (conditionText) as the value {condition}. */
  condition?: Condition;
}

/** The fields of the checks every answer goes through, whatever its field. */
export const EVERY_ANSWER = '(every answer)';

const blocks = Array.from({ length: PCI_BLOCKS }, (_, i) => i + 1);
const eachBlock = (...templates: string[]) => blocks.flatMap((n) => templates.map((t) => t.replace('_n', `_${n}`)));

/**
 * The rules that read several fields (validation/rules.ts), with the fields they read: the
 * reference's own description of them; a test holds it to what validation reports.
 */
const CROSS_FIELD: { rule: string; code: CheckCode; fields: string[]; values?: RuleWords['values'] }[] = [
  { rule: 'systolic above diastolic', code: 'systolic_not_above_diastolic', fields: ['MS_SYS_BP_HOSPZ', 'MS_DIA_BP_HOSPZ'] },
  {
    rule: 'second operator differs from the first',
    code: 'same_operator',
    fields: eachBlock('CD_DOCTOR_INTVNT_CARDIOL_n', 'CD_SECON_OPR_n'),
  },
  { rule: 'stenosis reduced by the PCI', code: 'stenosis_not_reduced', fields: eachBlock('MS_STE_BEF_PCI_n', 'MS_STE_AFTER_PCI_n') },
  { rule: 'birth date as in the national number', code: 'niss_birth_date_mismatch', fields: ['IDC_PAT', 'DT_PAT_DOB'] },
  { rule: 'sex as in the national number', code: 'niss_sex_mismatch', fields: ['IDC_PAT', 'CD_PAT_SEX'] },
  { rule: 'DES-only billing items', code: 'des_only', fields: ['CD_PREST_PCI', ...eachBlock('CD_MAT_n', 'CD_MODEL_OTH_TPE_n')] },
  { rule: 'consent of an optional registration', code: 'consent_required', fields: ['LOC_CONSENT', 'CD_PREST_PCI', 'CD_PRES_FFR'] },
  {
    rule: 'consent missing from a file or payload: kept Open',
    code: 'awaiting_consent',
    fields: ['LOC_CONSENT', 'CD_PREST_PCI', 'CD_PRES_FFR'],
  },
  {
    rule: `stay from ${REGISTRY_VERSION_FROM} (this DCD version)`,
    code: 'before_registry_version',
    fields: ['DT_HOSPZ'],
    values: { date: REGISTRY_VERSION_FROM },
  },
  {
    rule: 'device on its nominative list',
    code: 'device_unknown',
    fields: eachBlock('CD_MODEL_DEB_n', 'CD_MODEL_BMS_n', 'CD_MODEL_DES_n', 'CD_MODEL_BVS_n'),
  },
  {
    rule: 'device valid on the date of its PCI',
    code: 'device_not_valid',
    fields: eachBlock('CD_MODEL_DEB_n', 'CD_MODEL_BMS_n', 'CD_MODEL_DES_n', 'CD_MODEL_BVS_n'),
  },
  {
    rule: 'physician on the hospital’s list',
    code: 'physician_unknown',
    fields: ['CD_RIZIV_TREAT_PHYS', 'CD_DOCTOR_FFR', ...eachBlock('CD_DOCTOR_INTVNT_CARDIOL_n', 'CD_SECON_OPR_n')],
  },
  { rule: 'known Belgian postal code', code: 'postal_unknown', fields: ['CD_PAT_PLC_RESDC'] },
  { rule: 'a follow-up from a file or payload finds its hospitalisation', code: 'follow_up_unlinked', fields: ['DT_CONSULT'] },
  { rule: 'a follow-up from a file or payload fits one hospitalisation', code: 'follow_up_ambiguous', fields: ['DT_CONSULT'] },
];

/** The checks every answer goes through, whatever its field (draft validation), in a few words. */
const ON_EVERY_ANSWER: Partial<Record<CheckCode, string>> = {
  unknown_field: 'a field of the form',
  invalid_type: 'of its field’s type',
  invalid_code: 'a code of its list',
  invalid_date: 'a real date',
  invalid_time: 'a real time of day',
  invalid_number: 'a number',
  not_integer: 'a whole number (device counts)',
  too_long: 'text of at most 1,000 characters',
  control_characters: 'no control characters',
  invalid_utf8: 'text read from UTF-8 (a file in another encoding loses its accents)',
  invalid_niss: 'a valid national number',
  invalid_postal_code: 'a postal code',
  invalid_hcp: 'a valid RIZIV/INAMI number',
  duplicate_code: 'each choice once',
  iso_date_accepted: 'dates written dd/mm/yyyy in a CSV file',
  date_in_future: 'no date after today',
};

type Over = Partial<Pick<RuleRow, 'severity' | 'reason' | 'source'>> & { ruleWords?: RuleWords; reasonWords?: RuleWords };

const row = (rule: string, code: CheckCode, fields: string[], over: Over = {}): RuleRow => ({
  rule,
  code,
  fields,
  severity: over.severity ?? CHECKS[code].severity,
  source: over.source ?? CHECKS[code].source,
  reason: over.reason ?? CHECKS[code].reason,
  says: { rule: over.ruleWords ?? { id: `rules.rule.${code}` }, reason: over.reasonWords ?? { id: `rules.reason.${code}` } },
});

/** The words a condition is said with, in one language; the doors give theirs from the catalogue. */
export interface ConditionWords {
  or: string;
  and: string;
  oneOf: (field: string, codes: string) => string;
  has: (field: string, code: string) => string;
  empty: (field: string) => string;
  otherThan: (field: string, code: string) => string;
}

const ENGLISH: ConditionWords = {
  or: 'or',
  and: 'and',
  oneOf: (field, codes) => `${field} in ${codes}`,
  has: (field, code) => `${field} has ${code}`,
  empty: (field) => `${field} is not answered`,
  otherThan: (field, code) => `${field} has a choice other than ${code}`,
};

/** A condition in words: `CD_LVEF = 5`, `CD_INDICATN in 1, 2, 3`, `CD_ANGIO_STE has … or is empty`. */
export function conditionText(c: Condition, w: ConditionWords = ENGLISH): string {
  const say = (x: Condition) => conditionText(x, w);
  if ('any' in c) return c.any.map(say).join(` ${w.or} `);
  if ('all' in c) return c.all.map((x) => ('any' in x ? `(${say(x)})` : say(x))).join(` ${w.and} `);
  if ('eq' in c) return `${c.field} = ${c.eq}`;
  if ('ne' in c) return `${c.field} ≠ ${c.ne}`;
  if ('oneOf' in c) return w.oneOf(c.field, c.oneOf.join(', '));
  if ('has' in c) return w.has(c.field, c.has);
  if ('empty' in c) return w.empty(c.field);
  return w.otherThan(c.field, c.hasOtherThan);
}

const present = (form: Form) => (ids: string[]) => ids.filter((id) => form.byId.has(id));

/** Every rule the form is checked with, in the order: answers, fields, dates, several fields. */
export function rulesOf(form: Form): RuleRow[] {
  const out: RuleRow[] = [];
  const here = present(form);
  const valueFields = form.valueFields.filter((f) => f.kind !== 'hidden');
  for (const [code, what] of Object.entries(ON_EVERY_ANSWER) as [CheckCode, string][]) out.push(row(what, code, [EVERY_ANSWER]));
  const required = valueFields.filter((f) => f.required || f.requiredWhen);
  out.push(
    row(
      'answered when it applies',
      'required',
      required.map((f) => f.id),
    ),
  );
  for (const f of valueFields) out.push(...fieldRules(f));
  for (const o of DATE_ORDERS) {
    if (!form.byId.has(o.early) || !form.byId.has(o.late)) continue;
    out.push(
      row(`${o.early} on or before ${o.late}`, o.on === 'late' ? 'date_before' : 'date_after', [o.early, o.late], {
        ...o,
        ruleWords: { id: 'rules.rule.dateOrder', values: { early: o.early, late: o.late } },
        reasonWords: { id: `rules.reason.order.${o.why}` },
      }),
    );
  }
  const exclusive = valueFields.filter((f) => f.exclusiveCode);
  if (exclusive.length)
    out.push(
      row(
        '"none" alone',
        'exclusive_code',
        exclusive.map((f) => f.id),
      ),
    );
  for (const c of CROSS_FIELD) {
    const fields = here(c.fields);
    if (fields.length)
      out.push(row(c.rule, c.code, fields, c.values ? { ruleWords: { id: `rules.rule.${c.code}`, values: c.values } } : {}));
  }
  return out;
}

function fieldRules(f: Field): RuleRow[] {
  const out: RuleRow[] = [];
  if (f.show) {
    out.push(
      row(`applies when ${conditionText(f.show)}`, 'not_applicable', [f.id, ...fieldsOf(f.show)], {
        source: f.showSource ?? 'derived',
        ruleWords: { id: 'rules.rule.applies', condition: f.show },
      }),
    );
  }
  if (f.optionalWhen) {
    out.push(
      row(`required unless ${conditionText(f.optionalWhen)}`, 'required', [f.id, ...fieldsOf(f.optionalWhen)], {
        source: 'derived',
        reason: f.rule ?? 'our reading: the answer may be given, but not every case has it',
        ruleWords: { id: 'rules.rule.requiredUnless', condition: f.optionalWhen },
        reasonWords: { id: f.rule ? `rules.reason.field.${f.id}` : 'rules.reason.optionalWhen' },
      }),
    );
  }
  if (f.requiredWhen) {
    out.push(
      row(`required when ${conditionText(f.requiredWhen)}`, 'required', [f.id, ...fieldsOf(f.requiredWhen)], {
        source: 'derived',
        reason: f.rule ?? 'our reading of when the field is needed',
        ruleWords: { id: 'rules.rule.requiredWhen', condition: f.requiredWhen },
        reasonWords: { id: f.rule ? `rules.reason.field.${f.id}` : 'rules.reason.requiredWhen' },
      }),
    );
  }
  const unit = f.unit ? ` ${f.unit}` : '';
  if (f.min !== undefined || f.max !== undefined) {
    const values = { min: f.min ?? '…', max: f.max ?? '…', unit };
    out.push(
      row(`usually ${values.min}–${values.max}${unit}`, 'out_of_range', [f.id], { ruleWords: { id: 'rules.rule.usually', values } }),
    );
  }
  if (f.limits) {
    const values = { min: f.limits.min, max: f.limits.max, unit };
    out.push(
      row(`possible ${values.min}–${values.max}${unit}`, 'beyond_limits', [f.id], { ruleWords: { id: 'rules.rule.possible', values } }),
    );
  }
  return out;
}
