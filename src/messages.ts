/**
 * The message catalogue of the doors: the words the screens (and commands) show, each in English,
 * Dutch and French, under one id. Field labels live in the field catalogue (src/registry/) and
 * validation problems in src/validation/problems.ts; everything else a person reads comes from
 * here through `say`, so a translation is added in one place. Placeholders are written {name}.
 */
import type { Lang } from './registry/index.js';
import { CLI_MESSAGES } from './messages/cli.js';
import { REPORT_MESSAGES } from './messages/report.js';
import { KEY_MESSAGES } from './messages/keys.js';
import { SCREEN_MESSAGES } from './messages/screens.js';
import { FORM_MESSAGES } from './messages/form.js';
import { RULE_MESSAGES } from './messages/rules.js';
import { INTEGRITY_MESSAGES } from './messages/integrity.js';
import { REFUSAL_MESSAGES } from './messages/refusals.js';
import { DELIVERY_MESSAGES } from './messages/delivery.js';

type Entry = Record<Lang, string>;

/** The catalogue with its ids kept as literal types: a typo in an id fails the type-check. */
function defineMessages<const Id extends string>(messages: Record<Id, Entry>): Record<Id, Entry> {
  return messages;
}

const t = (en: string, nl: string, fr: string): Entry => ({ en, nl, fr });

export const MESSAGES = defineMessages({
  // `angio report`'s help and sentences (src/messages/report.ts).
  ...REPORT_MESSAGES,
  // The keymap's descriptions and footer words, and the statuses (src/messages/keys.ts).
  ...KEY_MESSAGES,
  // The terminal UI's screens (src/messages/screens.ts).
  ...SCREEN_MESSAGES,
  // `angio rules`' rules and reasons (src/messages/rules.ts).
  ...RULE_MESSAGES,
  // What `angio doctor` and `angio backup` found (src/messages/integrity.ts).
  ...INTEGRITY_MESSAGES,
  // Refusals of the core and files a command cannot use (src/messages/refusals.ts).
  ...REFUSAL_MESSAGES,
  // Delivery, dates and numbers (src/messages/delivery.ts).
  ...DELIVERY_MESSAGES,

  // The quality dashboard (src/screens/dashboard/).
  'dashboard.title': t('Quality dashboard', 'Kwaliteitsdashboard', 'Tableau de bord qualité'),
  'dashboard.asOf': t('as of {date}', 'op {date}', 'au {date}'),
  'dashboard.tab.indicators': t('Indicators', 'Indicatoren', 'Indicateurs'),
  'dashboard.tab.quality': t('Data quality', 'Datakwaliteit', 'Qualité des données'),
  'dashboard.tab.operators': t('Operators', 'Operatoren', 'Opérateurs'),
  'dashboard.span.quarter': t('by quarter', 'per kwartaal', 'par trimestre'),
  'dashboard.span.month': t('by month', 'per maand', 'par mois'),
  'dashboard.span.year': t('calendar year', 'kalenderjaar', 'année civile'),
  'dashboard.col.period': t('period', 'periode', 'période'),
  'dashboard.col.counted': t('counted', 'geteld', 'compté'),
  'dashboard.col.trend': t('trend', 'verloop', 'tendance'),
  'dashboard.n': t('n {n}', 'n {n}', 'n {n}'),
  'dashboard.legend': t(
    '— nothing to divide by · trend ▁…█ per {bucket}, · no value',
    '— niets om door te delen · verloop ▁…█ per {bucket}, · geen waarde',
    '— rien à diviser · tendance ▁…█ par {bucket}, · pas de valeur',
  ),
  'dashboard.bucket.quarter': t('quarter', 'kwartaal', 'trimestre'),
  'dashboard.bucket.month': t('month', 'maand', 'mois'),
  'dashboard.latest': t(
    'This is the latest period: it ends this month.',
    'Dit is de laatste periode: ze eindigt deze maand.',
    'C’est la dernière période : elle se termine ce mois-ci.',
  ),

  'quality.open': t(
    'Open registrations, days since discharge (today)',
    'Open registraties, dagen sinds ontslag (vandaag)',
    'Enregistrements ouverts, jours depuis la sortie (aujourd’hui)',
  ),
  'quality.timeliness': t(
    'Discharge → sent (registrations of the period)',
    'Ontslag → verstuurd (registraties van de periode)',
    'Sortie → envoyé (enregistrements de la période)',
  ),
  'quality.timelinessValues': t(
    'median {median} · within 30 days {share} ({within}/{sent})',
    'mediaan {median} · binnen 30 dagen {share} ({within}/{sent})',
    'médiane {median} · dans les 30 jours {share} ({within}/{sent})',
  ),
  'quality.overdue': t(
    'Follow-ups overdue (today): {n}, of which more than 90 days: {over90}',
    'Follow-ups over tijd (vandaag): {n}, waarvan meer dan 90 dagen: {over90}',
    'Suivis en retard (aujourd’hui) : {n}, dont plus de 90 jours : {over90}',
  ),
  'quality.deliveries': t(
    'Deliveries: {failed} failed · {pending} pending for more than 48 h',
    'Leveringen: {failed} mislukt · {pending} wachtend sinds meer dan 48 u',
    'Livraisons : {failed} en échec · {pending} en attente depuis plus de 48 h',
  ),
  'quality.oldest': t('oldest since {at}', 'oudste sinds {at}', 'la plus ancienne depuis {at}'),
  'quality.warnings': t(
    'Warnings most often sent anyway (our plausibility rules, period)',
    'Waarschuwingen het vaakst genegeerd (onze regels, periode)',
    'Avertissements le plus souvent ignorés (nos règles, période)',
  ),

  'operators.operator': t('first operator', 'eerste operator', '1er opérateur'),
  'operators.stays': t('stays', 'opn.', 'séj.'),
  'operators.procedures': t('proc.', 'proc.', 'proc.'),
  'operators.none': t(
    'No PCI with a first operator in this period.',
    'Geen PCI met een eerste operator in deze periode.',
    'Aucune PCI avec un premier opérateur sur cette période.',
  ),
  'operators.flagged': t('flagged', 'gemarkeerd', 'signalé'),
  'operators.legend': t(
    '▲▼ outside 99.8 % limits (flagged) · △▽ outside 95 % · funnel around lab rate',
    '▲▼ buiten 99,8 %-grenzen (gemarkeerd) · △▽ buiten 95 % · trechter rond labo',
    '▲▼ hors limites à 99,8 % (signalé) · △▽ hors 95 % · entonnoir autour du labo',
  ),
  'operators.rate': t(
    '{title} {value} ({counted}) · lab {lab} · 95 % {low95}–{high95} · 99.8 % {low998}–{high998}',
    '{title} {value} ({counted}) · labo {lab} · 95 % {low95}–{high95} · 99,8 % {low998}–{high998}',
    '{title} {value} ({counted}) · labo {lab} · 95 % {low95}–{high95} · 99,8 % {low998}–{high998}',
  ),
  'operators.noLimits': t(
    '{title} {value} ({counted}) · lab {lab} · no limits: nothing to compare with',
    '{title} {value} ({counted}) · labo {lab} · geen grenzen: niets om mee te vergelijken',
    '{title} {value} ({counted}) · labo {lab} · pas de limites : rien à comparer',
  ),
  'operators.short.radial': t('radial', 'radiaal', 'radial'),
  'operators.short.success': t('success', 'succes', 'succès'),
  'operators.short.mortality': t('deaths', 'sterfte', 'décès'),
  'operators.short.complication.access': t('access', 'toegang', 'accès'),
  'operators.short.complication.bleeding': t('bleeding', 'bloeding', 'saignem.'),

  'indicator.inEnglish': t('', '(definitie in het Engels)', '(définition en anglais)'),
  'indicator.figure': t(
    '{value} · numerator {numerator} · denominator {denominator} · excluded {excluded}',
    '{value} · teller {numerator} · noemer {denominator} · uitgesloten {excluded}',
    '{value} · numérateur {numerator} · dénominateur {denominator} · exclus {excluded}',
  ),
  'indicator.behind': t(
    'Registrations behind the numerator: {n}',
    'Registraties achter de teller: {n}',
    'Enregistrements derrière le numérateur : {n}',
  ),
  'indicator.behindNewest': t(
    'Registrations behind the numerator: the {n} newest',
    'Registraties achter de teller: de {n} nieuwste',
    'Enregistrements derrière le numérateur : les {n} plus récents',
  ),
  'indicator.none': t(
    'No registration behind the numerator in this period.',
    'Geen registratie achter de teller in deze periode.',
    'Aucun enregistrement derrière le numérateur sur cette période.',
  ),
  'indicator.columns': t(
    'id       type date       status code            patient           operator',
    'id       type datum      status code            patiënt           operator',
    'id       type date       statut code            patient           opérateur',
  ),

  // A label and what is said of it: French puts a space before the colon.
  labelled: t('{label}: {text}', '{label}: {text}', '{label} : {text}'),

  // The registration form and its choice picker (src/messages/form.ts).
  ...FORM_MESSAGES,
  // Two of the form's keys, as the help describes them.
  'key.form.nextMissing': t(
    'next missing answer (in any step)',
    'volgend ontbrekend antwoord (in elke stap)',
    'prochaine réponse manquante (dans toute étape)',
  ),
  'key.form.copyBlock': t(
    'copy operator, access, material from the previous PCI',
    'operator, toegang, materiaal van de vorige PCI overnemen',
    'reprendre opérateur, accès, matériel de la PCI précédente',
  ),

  // The command line's and the session's words (src/messages/), last: an id of theirs written
  // again above fails the type-check.
  ...CLI_MESSAGES,
});

export type MessageId = keyof typeof MESSAGES;

/** A message in a language, its {placeholders} filled in. */
/** "label: text", with the colon as the language writes it (a space before it in French). */
export const labelled = (lang: Lang, label: string, text: string): string => say(lang, 'labelled', { label, text });

export function say(lang: Lang, id: MessageId, params: Record<string, string | number> = {}): string {
  return MESSAGES[id][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
