/**
 * Section 2. Patient identification (all types).
 * DCD HDBP0012 v2 (2023-11-28): ids, NL labels, types, required flags and code lists are official;
 * EN labels, most FR labels, display conditions and ranges are ours (ruleSource 'derived').
 */
import type { FieldSpec } from '../types.js';
import { eq, ne } from '../spec.js';

export const patientFields: FieldSpec[] = [
  {
    id: 'TX_TTL_PAT',
    kind: 'title',
    in: ['H', 'P', 'F', 'FP', 'FU'],
    label: { en: 'Patient identification', nl: 'Identificatie van de patiënt', fr: 'Identification du patient' },
  },
  // Local (not in the DCD): says explicitly that the patient has no Belgian number, so a
  // forgotten NISS is never silently replaced by a pseudocode.
  {
    id: 'LOC_NO_NISS',
    kind: 'yesno',
    codeList: 'CA_YN',
    required: false,
    local: true,
    in: ['H', 'P', 'F', 'FP', 'FU'],
    label: {
      en: 'Patient has no Belgian national number (local)',
      nl: 'Patiënt heeft geen Belgisch rijksregisternummer (lokaal)',
      fr: "Le patient n'a pas de numéro de registre national belge (local)",
    },
    rule: 'Local field. Yes hides IDC_PAT and generates TX_IDC_PAT_GENER from last name, first name, date of birth and sex.',
    ruleSource: 'derived',
  },
  {
    id: 'IDC_PAT',
    kind: 'niss',
    personal: true,
    required: true,
    show: ne('LOC_NO_NISS', '1'),
    in: ['H', 'P', 'F', 'FP', 'FU'],
    label: {
      en: 'National register number (NISS/INSZ) of the patient',
      nl: 'Rijksregisternummer van de patiënt',
      fr: 'Numéro de registre national du patient',
    },
    rule: 'Required unless the patient has no Belgian number; then leave empty and the generated id is used (derived reading of the two 1..1 id fields).',
    ruleSource: 'derived',
  },
  {
    id: 'TX_IDC_PAT_GENER',
    kind: 'generated',
    personal: true,
    required: true,
    show: eq('LOC_NO_NISS', '1'),
    in: ['H', 'P', 'F', 'FP', 'FU'],
    label: {
      en: 'Generated patient identification number',
      nl: 'Gegenereerd identificatienummer van de patiënt',
      fr: 'Numéro d’identification généré du patient',
    },
    rule: 'Only when IDC_PAT is empty: generated from last name, first name, date of birth and sex.',
    ruleSource: 'official',
  },
  {
    id: 'TX_IDC_PAT_INT',
    kind: 'text',
    personal: true,
    required: false,
    in: ['H', 'P', 'F', 'FP', 'FU'],
    label: {
      en: 'Internal patient identification number',
      nl: 'Intern identificatienummer van de patiënt',
      fr: 'Numéro d’identification interne du patient',
    },
    rule: 'Optional; local use only, not sent to Healthdata (derived from HD4DP help texts).',
    ruleSource: 'derived',
  },
  {
    id: 'TX_PAT_FIRST_NAM',
    kind: 'text',
    personal: true,
    required: false,
    requiredWhen: eq('LOC_NO_NISS', '1'),
    in: ['H', 'P', 'F', 'FP', 'FU'],
    label: { en: 'First name', nl: 'Voornaam', fr: 'Prénom' },
    rule: 'Optional in the DCD; needed when IDC_PAT is empty (input for the generated id). Not transmitted in clear.',
    ruleSource: 'official',
  },
  {
    id: 'TX_PAT_LAST_NAM',
    kind: 'text',
    personal: true,
    required: false,
    requiredWhen: eq('LOC_NO_NISS', '1'),
    in: ['H', 'P', 'F', 'FP', 'FU'],
    label: { en: 'Last name', nl: 'Achternaam', fr: 'Nom de famille' },
    rule: 'As first name.',
    ruleSource: 'official',
  },
  {
    id: 'DT_PAT_DOB',
    kind: 'date',
    required: true,
    in: ['H', 'P', 'F', 'FP', 'FU'],
    label: { en: 'Date of birth', nl: 'Geboortedatum', fr: 'Date de naissance' },
    rule: 'Derived checks: not in the future; equals the date encoded in the NISS when that date is not masked.',
    ruleSource: 'derived',
  },
  {
    id: 'CD_PAT_SEX',
    kind: 'code',
    codeList: 'SexFMUI',
    required: true,
    in: ['H', 'P', 'F', 'FP', 'FU'],
    label: { en: 'Sex', nl: 'Geslacht', fr: 'Sexe' },
    rule: 'Derived check: consistent with NISS sequence parity (odd = male, even = female) for ordinary numbers.',
    ruleSource: 'derived',
  },
  {
    id: 'CD_PAT_PLC_RESDC',
    kind: 'code',
    codeList: 'PLACE_OF_RESIDENCE',
    required: true,
    in: ['H', 'P', 'F', 'FP', 'FU'],
    label: { en: 'Place of residence', nl: 'Woonplaats', fr: 'Lieu de résidence' },
    rule: 'Belgian postal code; 999 = missing data; 9999 = residence not in Belgium.',
    ruleSource: 'official',
  },
  // Local (not in the DCD): an optional registration (type H, or no item billed: BI0152 / BI0153)
  // may only be completed with the patient's consent to data sharing (INAMI F-§05 text).
  {
    id: 'LOC_CONSENT',
    kind: 'yesno',
    codeList: 'CA_YN',
    required: false,
    local: true,
    in: ['H', 'P', 'F', 'FP'],
    label: {
      en: 'Patient consents to data sharing (local; needed for an optional registration)',
      nl: 'Patiënt stemt in met het delen van gegevens (lokaal; nodig voor een optionele registratie)',
      fr: 'Le patient consent au partage des données (local ; requis pour un enregistrement facultatif)',
    },
    rule: 'Local field. Required (and must be yes) before an optional registration can be completed: type H, or no item billed (BI0152 / BI0153).',
    ruleSource: 'derived',
  },
];
