/**
 * Cross-field rules of complete validation. Official: the DES-only billing rule (F-§05), consent
 * for optional registrations, the first day of stay of this DCD version. Derived (our proposals,
 * docs/registry.md#official-versus-derived-rules): date orders, blood pressure, operators,
 * stenosis, exclusive choices, NISS consistency. Each check's severity is its policy
 * (registry/policy.ts): derived ones warn unless the value is impossible.
 */
import {
  DATE_ORDERS,
  PCI_BLOCKS,
  REGISTRY_VERSION_FROM,
  type DateOrder,
  type Field,
  type Form,
  type TypeCode,
  type Value,
} from '../registry/index.js';
import { parseNiss } from './niss.js';
import { POSTAL_CODES } from '../registry/data/postal-codes.js';
import type { ReferenceLookup } from './reference.js';
import { CONSENT_FIELD, optionalReason } from './optional.js';
import { problem, type Problem } from './problems.js';
import { formPlanOf } from './visibility.js';

const blocks = Array.from({ length: PCI_BLOCKS }, (_, i) => i + 1);

/**
 * The ids each PCI block's rules read, made once: an id built anew for every lookup is a new
 * string to hash each time (the rules run for every row of an import).
 */
const BLOCK_IDS = blocks.map((n) => ({
  n,
  operator: `CD_DOCTOR_INTVNT_CARDIOL_${n}`,
  secondOperator: `CD_SECON_OPR_${n}`,
  stenosisBefore: `MS_STE_BEF_PCI_${n}`,
  stenosisAfter: `MS_STE_AFTER_PCI_${n}`,
  material: `CD_MAT_${n}`,
  otherModelType: `CD_MODEL_OTH_TPE_${n}`,
}));

const STENT_OF_MATERIAL: Record<string, string> = { '3': 'BMS', '5': 'BVS' };
const OTHER_NON_DES: Record<string, string> = { '1': 'BMS', '3': 'BVS' };
export const DES_ONLY_ITEMS = ['159014-159025', '159036-159040'];

export interface RuleContext {
  form: Form;
  type: TypeCode;
  /** Value of a field if it is visible, else undefined. */
  get: (id: string) => Value;
  /** The same by field position (the rules that walk many fields read them so, without a lookup by id). */
  at: (position: number) => Value;
  today: string;
  lists?: ReferenceLookup;
}

const fmt = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** A field and its position in the form. */
interface Placed {
  f: Field;
  at: number;
}

/**
 * The fields each rule looks at, found once per form, with their positions. Date order pairs
 * whose two fields are not both on the form are left out: one of them would never have a value.
 */
interface RulePlan {
  dates: Placed[];
  exclusive: Placed[];
  referenced: Placed[];
  dateOrder: { early: Placed; late: Placed; rule: DateOrder }[];
  /** The admission date, checked against the first day this DCD version registers. */
  admission: Placed | undefined;
}
const plans = new WeakMap<Form, RulePlan>();
function planOf(form: Form): RulePlan {
  let p = plans.get(form);
  if (!p) {
    const { index } = formPlanOf(form);
    const placed = (f: Field): Placed => ({ f, at: index.get(f.id)! });
    const byId = (id: string) => {
      const f = form.byId.get(id);
      return f && placed(f);
    };
    p = {
      dates: form.valueFields.filter((f) => f.kind === 'date').map(placed),
      exclusive: form.valueFields.filter((f) => f.exclusiveCode).map(placed),
      referenced: form.valueFields.filter((f) => f.codeList === 'PLACE_OF_RESIDENCE' || f.kind === 'hcp' || f.validity).map(placed),
      dateOrder: DATE_ORDERS.flatMap((rule) => {
        const early = byId(rule.early);
        const late = byId(rule.late);
        return early && late ? [{ early, late, rule }] : [];
      }),
      admission: byId('DT_HOSPZ'),
    };
    plans.set(form, p);
  }
  return p;
}

export function crossFieldRules(ctx: RuleContext): Problem[] {
  const { form, get, at } = ctx;
  const plan = planOf(form);
  const out: Problem[] = [];
  const num = (id: string) => {
    const v = get(id);
    return typeof v === 'number' ? v : undefined;
  };
  const label = (id: string) => form.byId.get(id)?.label.en ?? id;

  const dateAt = (i: number) => {
    const v = at(i);
    return typeof v === 'string' ? v : undefined;
  };
  for (const { f, at: i } of plan.dates) {
    const d = dateAt(i);
    if (d && d > ctx.today) out.push(problem(f.id, 'date_in_future'));
  }
  for (const { early, late, rule } of plan.dateOrder) {
    const a = dateAt(early.at);
    const b = dateAt(late.at);
    if (!a || !b || a <= b) continue;
    // `otherField` lets each reader see the other field's label in their language; `other` keeps the English.
    if (rule.on === 'late')
      out.push(problem(late.f.id, 'date_before', { other: label(early.f.id), otherField: early.f.id, otherValue: fmt(a) }, rule.severity));
    else out.push(problem(early.f.id, 'date_after', { other: label(late.f.id), otherField: late.f.id, otherValue: fmt(b) }, rule.severity));
  }
  const admitted = plan.admission && dateAt(plan.admission.at);
  if (admitted && admitted < REGISTRY_VERSION_FROM)
    out.push(problem('DT_HOSPZ', 'before_registry_version', { from: fmt(REGISTRY_VERSION_FROM) }));

  const sys = num('MS_SYS_BP_HOSPZ');
  const dia = num('MS_DIA_BP_HOSPZ');
  if (sys !== undefined && dia !== undefined && sys <= dia)
    out.push(problem('MS_SYS_BP_HOSPZ', 'systolic_not_above_diastolic', { other: dia }));

  for (const b of BLOCK_IDS) {
    const first = get(b.operator);
    const second = get(b.secondOperator);
    if (first && second && first === second) out.push(problem(b.secondOperator, 'same_operator'));
    const before = num(b.stenosisBefore);
    const after = num(b.stenosisAfter);
    if (before !== undefined && after !== undefined && after >= before && before > 0) {
      out.push(problem(b.stenosisAfter, 'stenosis_not_reduced', { other: before }));
    }
  }

  for (const { f, at: i } of plan.exclusive) {
    const v = at(i);
    const only = f.exclusiveCode!;
    if (Array.isArray(v) && v.length > 1 && v.includes(only)) out.push(problem(f.id, 'exclusive_code', { value: only }));
  }

  out.push(...nissConsistency(get));
  out.push(...referenceRules(ctx, plan.referenced));
  out.push(...desOnly(get));
  const why = optionalReason(ctx.type, { CD_PREST_PCI: get('CD_PREST_PCI'), CD_PRES_FFR: get('CD_PRES_FFR') });
  if (why && get(CONSENT_FIELD) !== '1') out.push(problem(CONSENT_FIELD, 'consent_required', { why }));
  return out;
}

const POSTAL = new Set(POSTAL_CODES.map(([code]) => code));

/**
 * Answers checked against reference lists (docs/registry.md#reference-lists): an unknown Belgian
 * postal code and a physician missing from the HPIN list are warnings (the lists lack some
 * entries); a device that is not on its nominative list, or not valid on the date of its
 * procedure, is an error: it is not reimbursable.
 */
function referenceRules(ctx: RuleContext, fields: Placed[]): Problem[] {
  const out: Problem[] = [];
  const { get, at, lists } = ctx;
  for (const { f, at: i } of fields) {
    const v = at(i);
    if (typeof v !== 'string' || !v) continue;
    // 9999 (residence not in Belgium) is a code of the DCD, in no list of Belgian postal codes.
    if (f.codeList === 'PLACE_OF_RESIDENCE' && /^\d{4}$/.test(v) && v !== '9999') {
      const known = lists?.isLoaded('PLACE_OF_RESIDENCE') ? lists.get('PLACE_OF_RESIDENCE', v) !== undefined : POSTAL.has(v);
      if (!known) out.push(problem(f.id, 'postal_unknown', { value: v }));
    }
    if (!lists || !f.codeList || !lists.isLoaded(f.codeList)) continue;
    const entry = lists.get(f.codeList, v);
    if (f.kind === 'hcp' && !entry) out.push(problem(f.id, 'physician_unknown', { value: v }));
    if (f.validity) {
      if (!entry) {
        out.push(problem(f.id, 'device_unknown', { value: v, list: f.codeList }));
        continue;
      }
      const date = get(`DT_PCI_${f.block}`);
      if (typeof date === 'string' && ((entry.validFrom && date < entry.validFrom) || (entry.validTo && date > entry.validTo))) {
        out.push(
          problem(f.id, 'device_not_valid', {
            value: `${v} (${entry.name})`,
            date: fmt(date),
            from: entry.validFrom ? fmt(entry.validFrom) : '…',
            to: entry.validTo ? fmt(entry.validTo) : '…',
          }),
        );
      }
    }
  }
  return out;
}

/** Birth date and sex should match what the NISS encodes; warnings, as registers hold exceptions. */
function nissConsistency(get: RuleContext['get']): Problem[] {
  const niss = get('IDC_PAT');
  const info = typeof niss === 'string' ? parseNiss(niss) : undefined;
  if (!info) return [];
  const out: Problem[] = [];
  const dob = get('DT_PAT_DOB');
  if (info.birthDate && typeof dob === 'string' && dob !== info.birthDate) {
    out.push(problem('DT_PAT_DOB', 'niss_birth_date_mismatch', { other: fmt(info.birthDate) }));
  }
  const sex = get('CD_PAT_SEX');
  if (info.sex && info.kind !== 'bis-sex-unknown' && (sex === 'M' || sex === 'F') && sex !== info.sex) {
    out.push(problem('CD_PAT_SEX', 'niss_sex_mismatch', { other: info.sex }));
  }
  return out;
}

/** F-§05: items 159014-159025 and 159036-159040 require that only drug-eluting stents were used. */
function desOnly(get: RuleContext['get']): Problem[] {
  const item = get('CD_PREST_PCI');
  if (typeof item !== 'string' || !DES_ONLY_ITEMS.includes(item)) return [];
  for (const b of BLOCK_IDS) {
    const mat = get(b.material);
    if (typeof mat !== 'string') continue;
    const bad = STENT_OF_MATERIAL[mat] ?? (mat === '6' ? OTHER_NON_DES[String(get(b.otherModelType))] : undefined);
    if (bad) return [problem('CD_PREST_PCI', 'des_only', { block: b.n, other: bad })];
  }
  return [];
}
