/**
 * The words of the quality report in EN, NL and FR: headings, labels and sentences of the text
 * report and the HTML file, which the core writes (as validation problems are worded in
 * src/validation/problems.ts); the command's own help and messages are in the doors' message
 * catalogue (src/messages/report.ts). The indicators' titles are in the list
 * itself (indicators.ts); their definitions and sources stay in English, the language of the
 * guidelines and registries they cite (docs/quality.md).
 */
import type { Lang } from '../registry/index.js';

const W = {
  title: { en: 'ANGIO quality report', nl: 'ANGIO-kwaliteitsrapport', fr: 'Rapport de qualité ANGIO' },
  heading: {
    en: '{title} · {from} to {to} · as of {asOf}',
    nl: '{title} · {from} tot {to} · op {asOf}',
    fr: '{title} · {from} à {to} · au {asOf}',
  },
  overall: { en: 'period', nl: 'periode', fr: 'période' },
  'section.volume': { en: 'Volumes', nl: 'Volumes', fr: 'Volumes' },
  'section.process': { en: 'Process', nl: 'Proces', fr: 'Processus' },
  'section.stemi': { en: 'STEMI primary PCI', nl: 'STEMI primaire PCI', fr: 'STEMI PCI primaire' },
  'section.outcome': { en: 'Outcomes (in hospital)', nl: 'Uitkomsten (in het ziekenhuis)', fr: 'Résultats (à l’hôpital)' },
  'section.follow-up': { en: 'One-year follow-up', nl: 'Follow-up na een jaar', fr: 'Suivi à un an' },
  excluded: { en: '{n} excl.', nl: '{n} uitgesl.', fr: '{n} excl.' },
  operator: { en: 'first operator', nl: 'eerste operator', fr: 'premier opérateur' },
  operators: { en: 'Per first operator', nl: 'Per eerste operator', fr: 'Par premier opérateur' },
  stays: { en: 'stays', nl: 'opnames', fr: 'séjours' },
  procedures: { en: 'procedures', nl: 'procedures', fr: 'procédures' },
  'procedures.short': { en: 'proc.', nl: 'proc.', fr: 'proc.' },
  lab: { en: 'the lab', nl: 'het labo', fr: 'le labo' },
  'short.radial': { en: 'radial', nl: 'radiaal', fr: 'radial' },
  'short.success': { en: 'success', nl: 'succes', fr: 'succès' },
  'short.mortality': { en: 'mortality', nl: 'sterfte', fr: 'mortalité' },
  'short.complication.access': { en: 'access-site', nl: 'insteekplaats', fr: 'site d’accès' },
  'short.complication.bleeding': { en: 'bleeding', nl: 'bloeding', fr: 'saignement' },
  'lab.rate': { en: 'lab rate', nl: 'percentage van het labo', fr: 'taux du labo' },
  'no.operators': {
    en: 'No PCI with a first operator in this period.',
    nl: 'Geen PCI met een eerste operator in deze periode.',
    fr: 'Aucune PCI avec un premier opérateur dans cette période.',
  },
  'funnel.legend': {
    en: '▲/▼ outside the 99.8 % funnel limits (flagged), △/▽ between the 95 % and 99.8 % limits (binomial, around the lab rate)',
    nl: '▲/▼ buiten de 99,8 %-grenzen van de trechter (gemarkeerd), △/▽ tussen de 95 %- en 99,8 %-grenzen (binomiaal, rond het percentage van het labo)',
    fr: '▲/▼ hors des limites de 99,8 % de l’entonnoir (signalé), △/▽ entre les limites de 95 % et 99,8 % (binomiales, autour du taux du labo)',
  },
  'funnel.point': {
    en: '{operator}: {rate} of {n}',
    nl: '{operator}: {rate} van {n}',
    fr: '{operator} : {rate} sur {n}',
  },
  'funnel.flagged': { en: ' (outside 99.8 %)', nl: ' (buiten 99,8 %)', fr: ' (hors 99,8 %)' },
  'funnel.caution': {
    en: 'A mark is a reason to look, not a judgement: these rates are not adjusted for risk.',
    nl: 'Een markering is een reden om te kijken, geen oordeel: deze percentages zijn niet voor risico gecorrigeerd.',
    fr: 'Une marque est une raison de regarder, pas un jugement : ces taux ne sont pas ajustés au risque.',
  },
  'dq.title': { en: 'Data quality', nl: 'Kwaliteit van de gegevens', fr: 'Qualité des données' },
  'dq.open': { en: 'Open, days since discharge', nl: 'Open, dagen sinds ontslag', fr: 'Ouvertes, jours depuis la sortie' },
  'age.30': { en: '≤ 30 days', nl: '≤ 30 dagen', fr: '≤ 30 jours' },
  'age.90': { en: '31–90 days', nl: '31–90 dagen', fr: '31–90 jours' },
  'age.365': { en: '91–365 days', nl: '91–365 dagen', fr: '91–365 jours' },
  'age.more': { en: '> 1 year', nl: '> 1 jaar', fr: '> 1 an' },
  'age.none': { en: 'no discharge date', nl: 'geen ontslagdatum', fr: 'pas de date de sortie' },
  'dq.timeliness': {
    en: 'Discharge → sent: median {median}, within 30 days {share} ({within}/{sent})',
    nl: 'Ontslag → verzonden: mediaan {median}, binnen 30 dagen {share} ({within}/{sent})',
    fr: 'Sortie → envoi : médiane {median}, dans les 30 jours {share} ({within}/{sent})',
  },
  days: { en: '{n} days', nl: '{n} dagen', fr: '{n} jours' },
  'dq.overdue': {
    en: 'Follow-ups overdue: {n} (more than 90 days: {over90})',
    nl: 'Achterstallige follow-ups: {n} (meer dan 90 dagen: {over90})',
    fr: 'Suivis en retard : {n} (plus de 90 jours : {over90})',
  },
  'dq.deliveries': {
    en: 'Deliveries: {failed} failed, {pending} pending for more than 48 h',
    nl: 'Leveringen: {failed} mislukt, {pending} meer dan 48 u in wachtrij',
    fr: 'Livraisons : {failed} échouées, {pending} en attente depuis plus de 48 h',
  },
  'dq.warnings': {
    en: 'Warnings most often sent despite',
    nl: 'Waarschuwingen waarmee het vaakst toch verzonden werd',
    fr: 'Avertissements le plus souvent ignorés à l’envoi',
  },
  none: { en: 'none', nl: 'geen', fr: 'aucun' },
  'html.intro': {
    en: 'Registrations admitted from {from} to {to} (whole months; follow-ups by consultation date), as of {asOf}. Open and Sent registrations count, Deleted ones never. A figure with nothing to divide is shown —. Made by angio on {at}; nothing in this file was sent anywhere.',
    nl: 'Registraties opgenomen van {from} tot {to} (hele maanden; follow-ups volgens consultatiedatum), op {asOf}. Open en verzonden registraties tellen mee, verwijderde nooit. Een cijfer zonder iets om door te delen staat als —. Gemaakt door angio op {at}; niets uit dit bestand werd ergens naartoe gestuurd.',
    fr: 'Enregistrements admis de {from} à {to} (mois entiers ; suivis selon la date de consultation), au {asOf}. Les enregistrements ouverts et envoyés comptent, les supprimés jamais. Un chiffre sans rien à diviser est affiché —. Fait par angio le {at} ; rien de ce fichier n’a été envoyé nulle part.',
  },
  indicator: { en: 'indicator', nl: 'indicator', fr: 'indicateur' },
  counted: { en: 'counted', nl: 'geteld', fr: 'compté' },
  field: { en: 'field', nl: 'veld', fr: 'champ' },
  rule: { en: 'rule', nl: 'regel', fr: 'règle' },
  registrations: { en: 'registrations', nl: 'registraties', fr: 'enregistrements' },
  'none.period': { en: 'None in this period.', nl: 'Geen in deze periode.', fr: 'Aucun dans cette période.' },
  definitions: { en: 'Definitions', nl: 'Definities', fr: 'Définitions' },
  numerator: { en: 'Numerator', nl: 'Teller', fr: 'Numérateur' },
  denominator: { en: 'Denominator', nl: 'Noemer', fr: 'Dénominateur' },
  exclusions: { en: 'Excluded', nl: 'Uitgesloten', fr: 'Exclus' },
  fields: { en: 'Fields', nl: 'Velden', fr: 'Champs' },
  source: { en: 'Source', nl: 'Bron', fr: 'Source' },
} as const satisfies Record<string, Record<Lang, string>>;

export type WordKey = keyof typeof W;

/** A word or sentence of the report in a language, with its {placeholders} filled. */
export function word(lang: Lang, key: WordKey, params: Record<string, string | number> = {}): string {
  return W[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Every key, for the test that each has its three languages and the same placeholders in each. */
export const WORD_KEYS = Object.keys(W) as WordKey[];
