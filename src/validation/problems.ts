/**
 * Validation problems and their messages in EN / NL / FR. Every door (form, CLI, CSV report, API)
 * shows problems through `formatProblem`, so a rule reads the same wherever it fires.
 */
import { CHECKS, fieldLabel, numberText, type CheckCode, type Lang, type Severity } from '../registry/index.js';

/** The kinds of check, with their policy (source, severity, reason): registry/policy.ts. */
export type ProblemCode = CheckCode;

export type { Severity };

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
  too_long: {
    en: 'too long (at most {max} characters)',
    nl: 'te lang (hoogstens {max} tekens)',
    fr: 'trop long (au plus {max} caractères)',
  },
  control_characters: { en: 'contains control characters', nl: 'bevat stuurtekens', fr: 'contient des caractères de contrôle' },
  invalid_utf8: {
    en: 'bytes that are not UTF-8 were read as �: save the file as UTF-8 (CSV UTF-8) and check this answer',
    nl: 'bytes die geen UTF-8 zijn werden als � gelezen: bewaar het bestand als UTF-8 (CSV UTF-8) en controleer dit antwoord',
    fr: "des octets qui ne sont pas de l'UTF-8 ont été lus comme � : enregistrez le fichier en UTF-8 (CSV UTF-8) et vérifiez cette réponse",
  },
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
    en: 'outside the usual {min}–{max}: check it',
    nl: 'buiten het gebruikelijke {min}–{max}: controleer',
    fr: "hors de l'habituel {min}–{max} : à vérifier",
  },
  not_applicable: {
    en: 'filled although it does not apply here ({why}); it is not sent',
    nl: 'ingevuld hoewel niet van toepassing ({why}); wordt niet verzonden',
    fr: "rempli alors qu'il ne s'applique pas ({why}) ; n'est pas envoyé",
  },
  exclusive_code: {
    en: '"{value}" cannot be combined with other choices',
    nl: '"{value}" kan niet met andere keuzes samen',
    fr: '"{value}" ne peut pas être combiné avec d\'autres choix',
  },
  date_in_future: { en: 'lies in the future', nl: 'ligt in de toekomst', fr: 'est dans le futur' },
  date_before: {
    en: 'is before {other} ({otherValue})',
    nl: 'ligt vóór {other} ({otherValue})',
    fr: 'précède {other} ({otherValue})',
  },
  date_after: {
    en: 'is after {other} ({otherValue})',
    nl: 'ligt na {other} ({otherValue})',
    fr: 'suit {other} ({otherValue})',
  },
  systolic_not_above_diastolic: {
    en: 'systolic is not above diastolic ({other})',
    nl: 'systolisch is niet hoger dan diastolisch ({other})',
    fr: 'la systolique ne dépasse pas la diastolique ({other})',
  },
  same_operator: {
    en: 'the second operator is the same person as the first',
    nl: 'de tweede operator is dezelfde persoon als de eerste',
    fr: 'le deuxième opérateur est la même personne que le premier',
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
  awaiting_consent: {
    en: "optional registration ({why}): written Open, to be sent once the patient's consent is recorded (LOC_CONSENT)",
    nl: 'optionele registratie ({why}): Open bewaard, te verzenden zodra de toestemming van de patiënt is geregistreerd (LOC_CONSENT)',
    fr: 'enregistrement facultatif ({why}) : gardé Ouvert, à envoyer dès que le consentement du patient est enregistré (LOC_CONSENT)',
  },
  follow_up_unlinked: {
    en: 'no P or FP hospitalisation of this patient with a PCI on or before {date} in angio: the follow-up is kept unlinked',
    nl: 'geen P- of FP-hospitalisatie van deze patiënt met een PCI op of vóór {date} in angio: de follow-up blijft ongekoppeld',
    fr: 'aucune hospitalisation P ou FP de ce patient avec une PCI au plus tard le {date} dans angio : le suivi reste non lié',
  },
  follow_up_ambiguous: {
    en: 'this patient has several hospitalisations it could follow up ({ids}): kept unlinked, they stay in the follow-ups due; a LOC_FU_PCI_DATE column names the one',
    nl: 'deze patiënt heeft meerdere hospitalisaties die het kan opvolgen ({ids}): blijft ongekoppeld, ze blijven bij de te doen follow-ups; een kolom LOC_FU_PCI_DATE wijst de juiste aan',
    fr: 'ce patient a plusieurs hospitalisations que ce suivi pourrait concerner ({ids}) : non lié, elles restent dans les suivis à faire ; une colonne LOC_FU_PCI_DATE désigne la bonne',
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
  beyond_limits: {
    en: 'impossible: must be between {min} and {max}',
    nl: 'onmogelijk: moet tussen {min} en {max} liggen',
    fr: 'impossible : doit être compris entre {min} et {max}',
  },
  before_registry_version: {
    en: 'before {from}: this stay belongs to the previous version of the ANGIO registry, not to this form (HD 2.0)',
    nl: 'vóór {from}: dit verblijf hoort bij de vorige versie van het ANGIO-register, niet bij dit formulier (HD 2.0)',
    fr: 'avant le {from} : ce séjour relève de la version précédente du registre ANGIO, pas de ce formulaire (HD 2.0)',
  },
};

/** A problem of a kind of check; its severity is the check's policy unless a rule's own says otherwise (a date order). */
export function problem(field: string, code: ProblemCode, params?: Problem['params'], severity: Severity = CHECKS[code].severity): Problem {
  return params ? { field, code, severity, params } : { field, code, severity };
}

/** The message of a problem in a language, with its parameters filled in. */
export function messageOf(p: Problem, lang: Lang = 'en'): string {
  const template = (M[p.code] as Template | undefined)?.[lang] ?? p.code;
  const otherField = p.params?.otherField;
  return template.replace(/\{(\w+)\}/g, (_, k: string) =>
    k === 'other' && typeof otherField === 'string'
      ? (fieldLabel(otherField, lang) ?? shownValue(p.params?.other, lang))
      : shownValue(p.params?.[k], lang),
  );
}

/** A value said in a message: a number as the language writes it (0,5 in Dutch and French). */
const shownValue = (v: unknown, lang: Lang) => (typeof v === 'number' ? numberText(v, lang) : String(v ?? ''));

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

/** A warning kept with a sent registration (its code and values), as a problem again. */
export function warningProblem(w: { field: string; code: string; params?: Record<string, string | number> | undefined }): Problem {
  // A code stored by an older version may have no message any more: messageOf then shows the code.
  const code = w.code as ProblemCode;
  return w.params ? { field: w.field, code, severity: 'warning', params: w.params } : { field: w.field, code, severity: 'warning' };
}

export const hasErrors = (problems: readonly Problem[]) => problems.some((p) => p.severity === 'error');
