/**
 * `angio report`'s part of the message catalogue (src/messages.ts): its help and its sentences.
 * The report itself (headings, labels, the HTML file) is worded by the core, beside the
 * indicators it describes (src/quality/words.ts), as validation problems are.
 */
import { defineMessages, t } from './entry.js';

export const REPORT_MESSAGES = defineMessages({
  'help.report': t(
    'quality indicators, data quality and per-operator figures of a period (whole months)',
    'kwaliteitsindicatoren, datakwaliteit en cijfers per operator van een periode (hele maanden)',
    'indicateurs de qualité, qualité des données et chiffres par opérateur d’une période (mois entiers)',
  ),
  'help.report.--from': t(
    'first month (yyyy-mm, or a date in it; default: four quarters before --to)',
    'eerste maand (jjjj-mm, of een datum erin; standaard: vier kwartalen vóór --to)',
    'premier mois (aaaa-mm, ou une date de ce mois ; par défaut : quatre trimestres avant --to)',
  ),
  'help.report.--to': t(
    'last month (yyyy-mm, or a date in it; default: this month)',
    'laatste maand (jjjj-mm, of een datum erin; standaard: deze maand)',
    'dernier mois (aaaa-mm, ou une date de ce mois ; par défaut : ce mois-ci)',
  ),
  'help.report.--by': t(
    'quarter, month or operator',
    'quarter (kwartaal), month (maand) of operator',
    'quarter (trimestre), month (mois) ou operator (opérateur)',
  ),
  'help.report.--as-of': t(
    'the day the report is made as of (default: today): follow-ups due, age of Open registrations',
    'de dag waarop het rapport wordt opgemaakt (standaard: vandaag): verschuldigde follow-ups, ouderdom van Open registraties',
    'le jour auquel le rapport est établi (par défaut : aujourd’hui) : suivis dus, âge des enregistrements Ouverts',
  ),
  'help.report.--json': t('print JSON', 'JSON afdrukken', 'afficher en JSON'),
  'help.report.--csv': t('print CSV', 'CSV afdrukken', 'afficher en CSV'),
  'help.report.--html': t(
    'write one self-contained HTML file (inline charts, no script, no network)',
    'één zelfstandig HTML-bestand schrijven (ingebouwde grafieken, geen script, geen netwerk)',
    'écrire un seul fichier HTML autonome (graphiques intégrés, sans script, sans réseau)',
  ),
  'help.report.--force': t(
    'replace an existing --html file',
    'een bestaand --html-bestand vervangen',
    'remplacer un fichier --html existant',
  ),
  'report.written': t(
    'Quality report {from} to {to} written to {file}.',
    'Kwaliteitsrapport {from} tot {to} geschreven naar {file}.',
    'Rapport de qualité {from} à {to} écrit dans {file}.',
  ),
  'report.month': t(
    '{option} must be a date yyyy-mm-dd or a month yyyy-mm, not "{value}".',
    '{option} moet een datum jjjj-mm-dd of een maand jjjj-mm zijn, niet "{value}".',
    '{option} doit être une date aaaa-mm-jj ou un mois aaaa-mm, pas « {value} ».',
  ),
  'report.order': t(
    '--from ({from}) is after --to ({to}): the period would be empty.',
    '--from ({from}) valt na --to ({to}): de periode zou leeg zijn.',
    '--from ({from}) est après --to ({to}) : la période serait vide.',
  ),
  'report.asOf': t(
    '--as-of must be a date yyyy-mm-dd, not "{value}".',
    '--as-of moet een datum jjjj-mm-dd zijn, niet "{value}".',
    '--as-of doit être une date aaaa-mm-jj, pas « {value} ».',
  ),
  'report.by': t(
    '--by must be quarter, month or operator, not "{value}".',
    '--by moet quarter, month of operator zijn, niet "{value}".',
    '--by doit être quarter, month ou operator, pas « {value} ».',
  ),
  'report.one': t(
    'Choose one of --json, --csv and --html.',
    'Kies één van --json, --csv en --html.',
    'Choisissez une seule option parmi --json, --csv et --html.',
  ),
  'report.force': t(
    '--force replaces an --html file: give --html FILE too.',
    '--force vervangt een --html-bestand: geef ook --html BESTAND.',
    '--force remplace un fichier --html : indiquez aussi --html FICHIER.',
  ),
});
