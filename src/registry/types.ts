/**
 * Types of the field catalogue. The catalogue is data: every form, validation rule, CSV header,
 * API payload and table column of angio is derived from values of these types.
 */

export type Lang = 'en' | 'nl' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'nl', 'fr'];
export type Labels = Record<Lang, string>;

/** The five ANGIO registration types (one DCD each). */
export type TypeCode = 'H' | 'P' | 'F' | 'FP' | 'FU';
export const TYPE_CODES: readonly TypeCode[] = ['H', 'P', 'F', 'FP', 'FU'];

/**
 * What a field holds and how it is edited:
 * - title / info: display only, never a value;
 * - hidden: technical, filled by the system (never typed);
 * - text, number (decimal), integer, date (stored ISO yyyy-mm-dd), time (hh:mm, 24 h);
 * - yesno: CA_YN codes '1' / '0'; code: one code of a list; codes: several codes of a list;
 * - hcp: a healthcare professional's RIZIV/INAMI number (HPIN list);
 * - niss: the patient's national number; generated: pseudocode of a patient without NISS;
 * - computed: derived from other fields (BMI), read-only.
 */
export type FieldKind =
  | 'title'
  | 'info'
  | 'hidden'
  | 'text'
  | 'number'
  | 'integer'
  | 'date'
  | 'time'
  | 'yesno'
  | 'code'
  | 'codes'
  | 'hcp'
  | 'niss'
  | 'generated'
  | 'computed';

/** A display condition. Serializable, so `angio types --json` and the API can publish it. */
export type Condition =
  | { field: string; eq: string }
  | { field: string; ne: string }
  | { field: string; oneOf: string[] }
  | { field: string; has: string }
  | { field: string; hasOtherThan: string }
  | { field: string; empty: true }
  | { any: Condition[] }
  | { all: Condition[] };

/** Where a rule comes from: the official DCD, or our own proposal (docs/registry.md#official-versus-derived-rules). */
export type RuleSource = 'official' | 'derived';

/** What a field says, both as a row of the source tables (FieldSpec) and as a concrete field of a form (Field). */
interface FieldTraits {
  id: string;
  kind: FieldKind;
  label: Labels;
  /** A code of a multiple-choice list that excludes every other choice ("no", "no test"). */
  exclusiveCode?: string;
  unit?: string;
  /** The plausible range (ours): a value outside it is a warning, as real patients fall outside. */
  min?: number;
  max?: number;
  /** What is physically possible: a value outside it is an error (a typing or unit error). */
  limits?: { min: number; max: number };
  /** The usual precision: used to compute (BMI) and to show; more decimals are accepted as typed. */
  decimals?: number;
  show?: Condition;
  /** Not required while this holds, although the field applies (an answer may still be given). */
  optionalWhen?: Condition;
  /** Required when this holds, although the DCD flag is N (derived rules, e.g. names without NISS). */
  requiredWhen?: Condition;
  /** A device chosen from a nominative list fills these hidden validity fields (`_n` in blocks). */
  validity?: { from: string; to: string };
  /**
   * Fast encoding (ours): what the form offers first in an empty field — the value of another
   * field (a PCI date defaults to the admission date), the current user's RIZIV number (they are
   * usually the operator), or the user's last answer (access site, contrast volume, device).
   */
  suggest?: { from: string } | 'user-riziv' | 'last-answer';
  /**
   * Fast encoding (ours): a procedural answer of a PCI block (operator, access site, material and
   * device) that a new block can start from, copied from the block before it.
   */
  procedural?: boolean;
  /**
   * For a technical field of the DCD: whether angio fills it when a registration is sent, or
   * leaves it to HD4DP because its value (or its code list) is not published.
   */
  filledBy?: 'angio' | 'not-published';
  /** The display rule or check in words, for help texts (docs/registry.md#official-versus-derived-rules). */
  rule?: string;
  ruleSource?: RuleSource;
}

/** One row of the source tables: may be a template (`_n` PCI block, `<V>` vessel) or a concrete field. */
export interface FieldSpec extends FieldTraits {
  in: TypeCode[];
  /** DCD required flag: mandatory when visible. A map when it differs per type. */
  required?: boolean | Partial<Record<TypeCode, boolean>>;
  codeList?: string | { byBlock: string[] } | { byType: Partial<Record<TypeCode, string>> };
  /** Local field: kept in our database, never part of the DCD, never transmitted. */
  local?: boolean;
  /**
   * Identifies the patient (national number, names, internal or generated id): never in a
   * Healthdata payload, a coded export or a log; the patient travels as a pseudonym.
   */
  personal?: boolean;
}

/** A concrete field of one form version. */
export interface Field extends FieldTraits {
  step: string;
  required: boolean;
  codeList?: string;
  showSource?: RuleSource;
  /** PCI procedure block number (1..5) for block fields. */
  block?: number;
  local: boolean;
  personal: boolean;
}

export interface Code {
  code: string;
  label: Labels;
}

export interface CodeList {
  name: string;
  /** Maintained outside the DCD (HPIN, postal codes, device lists, author groups): codes not listed here. */
  external: boolean;
  codes: Code[];
}

export interface Step {
  id: string;
  title: Labels;
  /** A PCI block step, shown only when the block is open. */
  block?: number;
}

/** One version of one registration type's form. */
export interface FormVersion {
  type: TypeCode;
  version: string;
  date: string;
  steps: Step[];
  fields: Field[];
}

export interface RegistrationType {
  code: TypeCode;
  name: Labels;
  /** One line on when to choose this type. */
  whenToChoose: Labels;
  /** Whether a one-year follow-up (FU) is obliged after this registration. */
  obligesFollowUp: boolean;
  /**
   * The date a registration of this type is known by (docs/registry.md#business-key): the
   * admission for a hospitalisation, the consultation for a follow-up.
   */
  keyDateField: 'DT_HOSPZ' | 'DT_CONSULT';
}
