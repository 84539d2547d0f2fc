/**
 * The policy of every check, in one table (docs/registry.md#official-versus-derived-rules):
 * official rules — the DCD's types, code lists and required-when-shown, the NISS and RIZIV check
 * digits, the official billing rules — are errors; our own (derived) rules are warnings, unless the
 * value is impossible (a date in the future, a birth after the admission, a pressure below zero).
 * Each check says where it comes from, how severe it is and why, in one line: validation takes the
 * severity from here, and `angio rules` prints the table.
 */
import { PCI_BLOCKS } from './dcd-v2/steps.js';
import type { RuleSource } from './types.js';

export type Severity = 'error' | 'warning';

export interface Policy {
  source: RuleSource;
  severity: Severity;
  /** Why, in one line (English; the problem's own message is in every language). */
  reason: string;
}

/** Every kind of check validation makes, with its policy. */
export const CHECKS = {
  unknown_field: { source: 'official', severity: 'error', reason: 'only the ids of the DCD are fields of a registration' },
  invalid_type: { source: 'official', severity: 'error', reason: "the DCD's data type of the field" },
  invalid_code: { source: 'official', severity: 'error', reason: "the field's code list in the DCD" },
  invalid_date: { source: 'official', severity: 'error', reason: 'a date of the calendar, dd/mm/yyyy' },
  invalid_time: { source: 'official', severity: 'error', reason: 'a time of day, hh:mm on 24 hours' },
  invalid_number: { source: 'official', severity: 'error', reason: "the DCD's data type is a number" },
  not_integer: { source: 'official', severity: 'error', reason: 'the DCD counts devices in whole numbers' },
  too_long: { source: 'derived', severity: 'error', reason: 'a free text of over 1,000 characters is not an answer but pasted content' },
  control_characters: {
    source: 'derived',
    severity: 'error',
    reason: 'control characters come from binary junk or injection, never from a person',
  },
  invalid_utf8: {
    source: 'derived',
    severity: 'warning',
    reason: 'a file not saved as UTF-8 (an older spreadsheet export) loses its accents; the rest of the answer stands',
  },
  invalid_niss: { source: 'official', severity: 'error', reason: 'the national number has 11 digits and a mod-97 check' },
  invalid_postal_code: { source: 'official', severity: 'error', reason: 'a Belgian postal code (4 digits), 999 missing or 9999 abroad' },
  invalid_hcp: { source: 'official', severity: 'error', reason: 'a RIZIV/INAMI number has 11 digits and its check digits' },
  duplicate_code: { source: 'official', severity: 'error', reason: 'a multiple choice lists each code once' },
  required: { source: 'official', severity: 'error', reason: "the DCD's required flag, when the field applies" },
  out_of_range: {
    source: 'derived',
    severity: 'warning',
    reason: 'a plausibility range of ours: real patients fall outside it (shock, bradycardia, large grafts)',
  },
  beyond_limits: { source: 'derived', severity: 'error', reason: 'physically impossible, whatever the patient (a typing or unit error)' },
  not_applicable: {
    source: 'derived',
    severity: 'warning',
    reason: 'our display condition says the field does not apply; the answer is kept out of what is sent',
  },
  exclusive_code: { source: 'derived', severity: 'warning', reason: '"none" ticked with other choices contradicts itself' },
  date_in_future: {
    source: 'derived',
    severity: 'error',
    reason: 'impossible: nothing registered has happened after today (Belgian time)',
  },
  date_before: { source: 'derived', severity: 'warning', reason: 'the order of the dates of one stay (see DATE_ORDERS)' },
  date_after: { source: 'derived', severity: 'warning', reason: 'the order of the dates of one stay (see DATE_ORDERS)' },
  systolic_not_above_diastolic: {
    source: 'derived',
    severity: 'warning',
    reason: 'systolic pressure is above diastolic; equal or lower is a typing error',
  },
  same_operator: { source: 'derived', severity: 'warning', reason: 'a second operator is another person than the first' },
  stenosis_not_reduced: { source: 'derived', severity: 'warning', reason: 'a successful PCI reduces the stenosis; a failed one may not' },
  niss_birth_date_mismatch: {
    source: 'derived',
    severity: 'warning',
    reason: 'the national number encodes the birth date; registers hold exceptions',
  },
  niss_sex_mismatch: { source: 'derived', severity: 'warning', reason: 'the national number encodes the sex; registers hold exceptions' },
  des_only: { source: 'official', severity: 'error', reason: 'F-§05: items 159014-159025 and 159036-159040 bill drug-eluting stents only' },
  consent_required: { source: 'official', severity: 'error', reason: 'an optional registration is sent only with the patient’s consent' },
  awaiting_consent: {
    source: 'official',
    severity: 'warning',
    reason: 'a file or payload without the consent of an optional registration is kept Open until it is recorded',
  },
  iso_date_accepted: {
    source: 'derived',
    severity: 'warning',
    reason: 'HD4DP files write dates dd/mm/yyyy; yyyy-mm-dd is read all the same',
  },
  postal_unknown: { source: 'derived', severity: 'warning', reason: 'the shipped list of postal codes lacks some special codes' },
  physician_unknown: { source: 'derived', severity: 'warning', reason: "the hospital's list of physicians may lag behind" },
  device_unknown: { source: 'official', severity: 'error', reason: "a device is reimbursed only from INAMI's nominative list" },
  device_not_valid: { source: 'official', severity: 'error', reason: 'a device is reimbursed only on the dates its list entry is valid' },
  follow_up_unlinked: {
    source: 'derived',
    severity: 'warning',
    reason: 'a follow-up is linked to the hospitalisation it follows up; without one in angio it is kept unlinked',
  },
  follow_up_ambiguous: {
    source: 'derived',
    severity: 'warning',
    reason: 'several hospitalisations of the patient fit equally: angio does not guess',
  },
  before_registry_version: {
    source: 'official',
    severity: 'error',
    reason: 'this DCD (HD 2.0) applies to hospitalisations from 01/04/2023; earlier ones belong to the previous registry version',
  },
} as const satisfies Record<string, Policy>;

export type CheckCode = keyof typeof CHECKS;

/** The first day of stay this DCD version registers (docs/registry.md#registration-types). */
export const REGISTRY_VERSION_FROM = '2023-04-01';

/** Two dates of one registration that come in an order, and what it means when they do not. */
export interface DateOrder extends Policy {
  early: string;
  late: string;
  /** Which of the two the problem is shown on. */
  on: 'early' | 'late';
  /** The reason's id, by which the doors say it in the user's language (`angio rules`). */
  why: OrderReason;
}

/** Why two dates come in their order (English; `angio rules` says them in every language). */
const ORDER_REASONS = {
  birth: 'nothing happens to a patient before birth',
  withinStay: 'a procedure of this registration took place during its stay',
  discharge: 'a patient is discharged after being admitted',
  cabgDuringStay: 'a CABG is usually during the stay; it may be recorded from elsewhere',
  cabgAfterDischarge: 'a CABG after discharge belongs to another stay, unless it is recorded here',
  stemiDuringStay: 'a STEMI may start during a stay for another reason',
  ecgAfterSymptoms: 'the first ECG usually follows the first symptoms',
  blocksInOrder: 'procedure blocks are usually encoded in the order they took place',
} as const;

export type OrderReason = keyof typeof ORDER_REASONS;

const order = (early: string, late: string, on: DateOrder['on'], severity: Severity, why: OrderReason): DateOrder => ({
  early,
  late,
  on,
  severity,
  reason: ORDER_REASONS[why],
  why,
  source: 'derived',
});

/**
 * The date orders: impossible ones (birth after the stay, discharge before admission, a PCI or an
 * FFR outside its stay) are errors; the others are warnings, as real cases break them (a STEMI that
 * starts during a stay for another reason, a CABG elsewhere, blocks encoded out of order).
 */
export const DATE_ORDERS: readonly DateOrder[] = [
  order('DT_PAT_DOB', 'DT_HOSPZ', 'late', 'error', 'birth'),
  order('DT_HOSPZ', 'DT_DISCH', 'late', 'error', 'discharge'),
  order('DT_HOSPZ', 'DT_FFR', 'late', 'error', 'withinStay'),
  order('DT_FFR', 'DT_DISCH', 'early', 'error', 'withinStay'),
  order('DT_HOSPZ', 'DT_EXEC_CABG', 'late', 'warning', 'cabgDuringStay'),
  order('DT_EXEC_CABG', 'DT_DISCH', 'early', 'warning', 'cabgAfterDischarge'),
  order('DT_PAT_DOB', 'DT_FIRST_SYMP', 'late', 'error', 'birth'),
  order('DT_FIRST_SYMP', 'DT_HOSPZ', 'early', 'warning', 'stemiDuringStay'),
  order('DT_FIRST_SYMP', 'DT_FIRST_DIAGS', 'late', 'warning', 'ecgAfterSymptoms'),
  order('DT_PAT_DOB', 'DT_CONSULT', 'late', 'error', 'birth'),
  order('DT_PAT_DOB', 'DT_EXEC_CABG_FU', 'late', 'error', 'birth'),
  ...Array.from({ length: PCI_BLOCKS }, (_, i) => i + 1).flatMap((n): DateOrder[] => [
    order('DT_HOSPZ', `DT_PCI_${n}`, 'late', 'error', 'withinStay'),
    order(`DT_PCI_${n}`, 'DT_DISCH', 'early', 'error', 'withinStay'),
    ...(n > 1 ? [order(`DT_PCI_${n - 1}`, `DT_PCI_${n}`, 'late', 'warning', 'blocksInOrder')] : []),
  ]),
];
