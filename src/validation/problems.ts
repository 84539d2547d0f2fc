/**
 * Validation problems and their messages in EN / NL / FR. Every door (form, CLI, CSV report, API)
 * shows problems through `formatProblem`, so a rule reads the same wherever it fires.
 */
import type { Lang } from '../registry/types.js';

export type ProblemCode =
  | 'unknown_field'
  | 'invalid_type'
  | 'invalid_code'
  | 'invalid_date'
  | 'invalid_time'
  | 'invalid_number'
  | 'not_integer'
  | 'too_many_decimals'
  | 'too_long'
  | 'control_characters'
  | 'invalid_niss'
  | 'invalid_postal_code'
  | 'invalid_hcp'
  | 'duplicate_code'
  | 'required'
  | 'out_of_range'
  | 'not_applicable'
  | 'exclusive_code'
  | 'date_in_future'
  | 'date_before'
  | 'date_after'
  | 'systolic_not_above_diastolic'
  | 'same_operator'
  | 'stenosis_not_reduced'
  | 'niss_birth_date_mismatch'
  | 'niss_sex_mismatch'
  | 'des_only'
  | 'consent_required'
  | 'iso_date_accepted'
  | 'read_only'
  | 'postal_unknown'
  | 'physician_unknown'
  | 'device_unknown'
  | 'device_not_valid';

export type Severity = 'error' | 'warning';

export interface Problem {
  field: string;
  code: ProblemCode;
  severity: Severity;
  /** Values for the message: min, max, other (a field id or label), value, ... */
  params?: Record<string, string | number>;
}

type Template = Record<Lang, string>;

const M: Record<ProblemCode, Template> = {
  unknown_field: { en: 'not a field of this form', nl: 'geen veld van dit formulier', fr: "n'est pas un champ de ce formulaire" },
  invalid_type: {
    en: 'wrong kind of value (expected {expected})',
    nl: 'verkeerd soort waarde (verwacht: {expected})',
    fr: 'type de valeur incorrect (attendu : {expected})',
  },
  invalid_code: {
    en: '"{value}" is not a code of list {list}',
    nl: '"{value}" is geen code van lijst {list}',
    fr: '"{value}" n\'est pas un code de la liste {list}',
  },
  invalid_date: { en: 'not a valid date (dd/mm/yyyy)', nl: 'geen geldige datum (dd/mm/jjjj)', fr: 'date invalide (jj/mm/aaaa)' },
  invalid_time: { en: 'not a valid time (hh:mm, 24 h)', nl: 'geen geldig tijdstip (uu:mm, 24 u)', fr: 'heure invalide (hh:mm, 24 h)' },
  invalid_number: { en: 'not a number', nl: 'geen getal', fr: "n'est pas un nombre" },
  not_integer: { en: 'must be a whole number', nl: 'moet een geheel getal zijn', fr: 'doit être un nombre entier' },
  too_many_decimals: { en: 'at most {decimals} decimals', nl: 'hoogstens {decimals} decimalen', fr: 'au plus {decimals} décimales' },
  too_long: {
    en: 'too long (at most {max} characters)',
    nl: 'te lang (hoogstens {max} tekens)',
    fr: 'trop long (au plus {max} caractères)',
  },
  control_characters: { en: 'contains control characters', nl: 'bevat stuurtekens', fr: 'contient des caractères de contrôle' },
  invalid_niss: {
    en: 'not a valid national number (11 digits, mod-97 check)',
    nl: 'geen geldig rijksregisternummer (11 cijfers, mod-97-controle)',
    fr: 'numéro de registre national invalide (11 chiffres, contrôle mod 97)',
  },
  invalid_postal_code: {
    en: 'not a postal code (4 digits, 999 missing, 9999 abroad)',
    nl: 'geen postcode (4 cijfers, 999 ontbrekend, 9999 buitenland)',
    fr: "n'est pas un code postal (4 chiffres, 999 manquant, 9999 étranger)",
  },
  invalid_hcp: {
    en: 'not a RIZIV/INAMI number (11 digits, check digits)',
    nl: 'geen RIZIV-nummer (11 cijfers, controlecijfers)',
    fr: "n'est pas un numéro INAMI (11 chiffres, chiffres de contrôle)",
  },
  duplicate_code: { en: '"{value}" is chosen twice', nl: '"{value}" is twee keer gekozen', fr: '"{value}" est choisi deux fois' },
  required: { en: 'required', nl: 'verplicht', fr: 'obligatoire' },
  out_of_range: {
    en: 'must be between {min} and {max}',
    nl: 'moet tussen {min} en {max} liggen',
    fr: 'doit être compris entre {min} et {max}',
  },
  not_applicable: {
    en: 'filled although it does not apply here ({why})',
    nl: 'ingevuld hoewel niet van toepassing ({why})',
    fr: "rempli alors qu'il ne s'applique pas ({why})",
  },
  exclusive_code: {
    en: '"{value}" cannot be combined with other choices',
    nl: '"{value}" kan niet met andere keuzes samen',
    fr: '"{value}" ne peut pas être combiné avec d\'autres choix',
  },
  date_in_future: { en: 'lies in the future', nl: 'ligt in de toekomst', fr: 'est dans le futur' },
  date_before: {
    en: 'must not be before {other} ({otherValue})',
    nl: 'mag niet vóór {other} liggen ({otherValue})',
    fr: 'ne peut pas précéder {other} ({otherValue})',
  },
  date_after: {
    en: 'must not be after {other} ({otherValue})',
    nl: 'mag niet na {other} liggen ({otherValue})',
    fr: 'ne peut pas suivre {other} ({otherValue})',
  },
  systolic_not_above_diastolic: {
    en: 'systolic must be above diastolic ({other})',
    nl: 'systolisch moet hoger zijn dan diastolisch ({other})',
    fr: 'la systolique doit dépasser la diastolique ({other})',
  },
  same_operator: {
    en: 'second operator must differ from the first',
    nl: 'tweede operator moet verschillen van de eerste',
    fr: 'le deuxième opérateur doit différer du premier',
  },
  stenosis_not_reduced: {
    en: 'stenosis after PCI is not below stenosis before ({other} %)',
    nl: 'stenose na PCI niet lager dan ervoor ({other} %)',
    fr: 'sténose après PCI pas inférieure à avant ({other} %)',
  },
  niss_birth_date_mismatch: {
    en: 'differs from the birth date in the national number ({other})',
    nl: 'verschilt van de geboortedatum in het rijksregisternummer ({other})',
    fr: 'diffère de la date de naissance du numéro national ({other})',
  },
  niss_sex_mismatch: {
    en: 'differs from the sex encoded in the national number ({other})',
    nl: 'verschilt van het geslacht in het rijksregisternummer ({other})',
    fr: 'diffère du sexe encodé dans le numéro national ({other})',
  },
  des_only: {
    en: 'this item requires that only drug-eluting stents were used (F-§05); block {block} uses {other}',
    nl: 'deze verstrekking vereist uitsluitend drug eluting stents (F-§05); procedure {block} gebruikt {other}',
    fr: 'cette prestation exige uniquement des stents actifs (F-§05) ; la procédure {block} utilise {other}',
  },
  consent_required: {
    en: "an optional registration ({why}) needs the patient's consent",
    nl: 'een optionele registratie ({why}) vraagt de toestemming van de patiënt',
    fr: 'un enregistrement facultatif ({why}) requiert le consentement du patient',
  },
  iso_date_accepted: {
    en: 'ISO date yyyy-mm-dd accepted; the format is dd/mm/yyyy',
    nl: 'ISO-datum jjjj-mm-dd aanvaard; het formaat is dd/mm/jjjj',
    fr: 'date ISO aaaa-mm-jj acceptée ; le format est jj/mm/aaaa',
  },
  postal_unknown: {
    en: 'postal code {value} is not in the list of Belgian postal codes',
    nl: 'postcode {value} staat niet in de lijst van Belgische postcodes',
    fr: "le code postal {value} n'est pas dans la liste des codes postaux belges",
  },
  physician_unknown: {
    en: '{value} is not in the list of physicians (HPIN); an admin can add it',
    nl: '{value} staat niet in de artsenlijst (HPIN); een beheerder kan het toevoegen',
    fr: "{value} n'est pas dans la liste des médecins (HPIN) ; un administrateur peut l'ajouter",
  },
  device_unknown: {
    en: '{value} is not on the nominative list {list}',
    nl: '{value} staat niet op de nominatieve lijst {list}',
    fr: "{value} n'est pas sur la liste nominative {list}",
  },
  device_not_valid: {
    en: '{value} is not reimbursable on {date}: valid {from} to {to}',
    nl: '{value} is niet vergoedbaar op {date}: geldig van {from} tot {to}',
    fr: "{value} n'est pas remboursable le {date} : valable du {from} au {to}",
  },
  read_only: { en: 'filled by the system, not by hand', nl: 'wordt door het systeem ingevuld', fr: 'rempli par le système' },
};

export function problem(field: string, code: ProblemCode, params?: Problem['params'], severity: Severity = 'error'): Problem {
  return params ? { field, code, severity, params } : { field, code, severity };
}

/** The message of a problem in a language, with its parameters filled in. */
export function messageOf(p: Problem, lang: Lang = 'en'): string {
  return M[p.code][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(p.params?.[k] ?? ''));
}

/** The one public shape of a problem: `{field, code, message}` (+ severity). */
export interface FormattedProblem {
  field: string;
  code: ProblemCode;
  severity: Severity;
  message: string;
}

export function formatProblems(problems: readonly Problem[], lang: Lang = 'en'): FormattedProblem[] {
  return problems.map((p) => ({ field: p.field, code: p.code, severity: p.severity, message: messageOf(p, lang) }));
}

export const hasErrors = (problems: readonly Problem[]) => problems.some((p) => p.severity === 'error');
