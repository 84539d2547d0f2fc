/**
 * The registration form's part of the message catalogue (src/messages.ts joins it): the form's
 * header, hints, notices and questions, its typing guards and short dates, and the choice picker,
 * in English, Dutch and French. A hint and the header fit one line at 80 columns
 * (test/screens/layout.test.tsx).
 */
import { defineMessages, t } from './entry.js';

export const FORM_MESSAGES = defineMessages({
  'form.guard.date': t(
    '{field}: "{char}" ignored — a date takes digits and / (t: today, =: offered)',
    '{field}: "{char}" genegeerd — een datum neemt cijfers en / (t: vandaag, =: voorgesteld)',
    '{field} : « {char} » ignoré — une date prend des chiffres et / (t : aujourd’hui, = : proposée)',
  ),
  'form.guard.dateCommand': t(
    '{field}: "{char}" ignored — t and = stand alone (Ctrl+X empties the field)',
    '{field}: "{char}" genegeerd — t en = staan alleen (Ctrl+X maakt het veld leeg)',
    '{field} : « {char} » ignoré — t et = s’emploient seuls (Ctrl+X vide le champ)',
  ),
  'form.guard.time': t(
    '{field}: "{char}" ignored — a time takes hh:mm or hhmm',
    '{field}: "{char}" genegeerd — een tijdstip neemt uu:mm of uumm',
    '{field} : « {char} » ignoré — une heure prend hh:mm ou hhmm',
  ),
  'form.guard.whole': t(
    '{field}: "{char}" ignored — a whole number takes digits only',
    '{field}: "{char}" genegeerd — een geheel getal neemt enkel cijfers',
    '{field} : « {char} » ignoré — un nombre entier ne prend que des chiffres',
  ),
  'form.guard.decimal': t(
    '{field}: "{char}" ignored — a number takes digits and . or ,',
    '{field}: "{char}" genegeerd — een getal neemt cijfers en . of ,',
    '{field} : « {char} » ignoré — un nombre prend des chiffres et . ou ,',
  ),
  'form.date.noSuchDay': t(
    '{field}: {date} does not exist — {reason}',
    '{field}: {date} bestaat niet — {reason}',
    '{field} : le {date} n’existe pas — {reason}',
  ),
  'form.date.noSuchDayHere': t('{date} does not exist', '{date} bestaat niet', 'le {date} n’existe pas'),
  'form.date.notLeap': t('{year} is not a leap year', '{year} is geen schrikkeljaar', '{year} n’est pas une année bissextile'),
  'form.date.shortMonth': t('month {month} has {days} days', 'maand {month} telt {days} dagen', 'le mois {month} compte {days} jours'),
  'form.date.nothingOffered': t(
    '{field}: no date is offered here — type it (ddmm, dd/mm or t for today)',
    '{field}: hier wordt geen datum voorgesteld — typ hem (ddmm, dd/mm of t voor vandaag)',
    '{field} : aucune date n’est proposée ici — tapez-la (jjmm, jj/mm ou t pour aujourd’hui)',
  ),
  'form.date.nothingOfferedHere': t('no date offered here', 'geen voorgestelde datum hier', 'pas de date proposée ici'),
  'form.block.offer': t(
    '{key} starts procedure {block} with the operator, access and material of procedure {from}',
    '{key} begint procedure {block} met de operator, toegang en het materiaal van procedure {from}',
    '{key} commence la procédure {block} avec l’opérateur, l’accès et le matériel de la procédure {from}',
  ),
  'form.block.copied': t(
    '{n} answers taken from procedure {from}: {fields}.',
    '{n} antwoorden overgenomen uit procedure {from}: {fields}.',
    '{n} réponses reprises de la procédure {from} : {fields}.',
  ),
  'form.block.nothing': t(
    'Nothing to take from procedure {from}: its operator, access and material are not answered, or are answered here already.',
    'Niets over te nemen uit procedure {from}: operator, toegang en materiaal zijn daar niet ingevuld, of hier al wel.',
    'Rien à reprendre de la procédure {from} : son opérateur, son accès et son matériel ne sont pas remplis, ou le sont déjà ici.',
  ),
  'form.block.notHere': t(
    'Only a PCI procedure after the first starts from the one before it.',
    'Enkel een PCI-procedure na de eerste begint vanuit de vorige.',
    'Seule une procédure PCI après la première part de la précédente.',
  ),
  'form.nothingMissing': t(
    'Nothing is missing: {key} reviews and sends.',
    'Er ontbreekt niets: {key} om na te kijken en te verzenden.',
    'Il ne manque rien : {key} pour vérifier et envoyer.',
  ),
  // The header, the step's title, and what the form offers or asks.
  'form.correcting': t('correcting {code}', 'correctie van {code}', 'correction de {code}'),
  'form.step.toComplete': t('{step} — {n} to complete', '{step} — nog {n} in te vullen', '{step} — {n} à compléter'),
  'form.step.complete': t('{step} — complete', '{step} — volledig', '{step} — complet'),
  'form.offered': t('{value}?  (Enter takes it)', '{value}?  (Enter neemt het over)', '{value} ?  (Entrée la prend)'),
  'form.keepUnusual': t(
    '! {value} {unit}: {problem}. Keep it?',
    '! {value} {unit}: {problem}. Behouden?',
    '! {value} {unit} : {problem}. La garder ?',
  ),

  // The notices of answering and saving.
  'form.fromNiss': t(
    'Taken from the national number: {fields}.',
    'Overgenomen uit het rijksregisternummer: {fields}.',
    'Repris du numéro national : {fields}.',
  ),
  'form.fromPatient': t(
    'Patient known from #{id}: filled {fields}.',
    'Patiënt gekend uit #{id}, ingevuld: {fields}.',
    'Patient connu par le #{id}, repris : {fields}.',
  ),
  'form.notSaved': t(
    '{n} value(s) not saved: fix or clear them (Ctrl+X).',
    '{n} waarde(n) niet opgeslagen: verbeter of wis ze (Ctrl+X).',
    '{n} valeur(s) non enregistrée(s) : corrigez-les ou effacez-les (Ctrl+X).',
  ),
  'form.saved': t(
    'Saved at {time} (every answer is saved as you go).',
    'Opgeslagen om {time} (elk antwoord wordt meteen opgeslagen).',
    'Enregistré à {time} (chaque réponse est enregistrée au fur et à mesure).',
  ),
  'form.typedProblem': t('{typed}: {problem}', '{typed}: {problem}', '{typed} : {problem}'),

  // How to answer a field, by its kind (the line under the step).
  'hint.date': t(
    'date dd/mm/yyyy, ddmm, dd/mm (year of admission), t today, = offered',
    'datum dd/mm/jjjj, ddmm, dd/mm (jaar van opname), t vandaag, = voorgesteld',
    'date jj/mm/aaaa, jjmm, jj/mm (année d’admission), t aujourd’hui, = proposée',
  ),
  'hint.time': t('time hh:mm or hhmm (24 h)', 'tijdstip uu:mm of uumm (24 u)', 'heure hh:mm ou hhmm (24 h)'),
  'hint.yesno': t('y = yes, n = no, Space switches', 'y = ja, n = neen, Spatie wisselt', 'y = oui, n = non, Espace bascule'),
  'hint.code': t('Enter or type to choose', 'Enter of typ om te kiezen', 'Entrée ou tapez pour choisir'),
  'hint.codes': t(
    'Enter or type to tick one or more',
    'Enter of typ om één of meer aan te vinken',
    'Entrée ou tapez pour cocher un ou plusieurs',
  ),
  'hint.niss': t(
    'national number, 11 digits (birth date and sex follow from it)',
    'rijksregisternummer, 11 cijfers (geboortedatum en geslacht volgen eruit)',
    'numéro national, 11 chiffres (date de naissance et sexe en découlent)',
  ),
  'hint.hcp': t('RIZIV/INAMI number, 11 digits', 'RIZIV-nummer, 11 cijfers', 'numéro INAMI, 11 chiffres'),
  'hint.text': t('text', 'tekst', 'texte'),
  'hint.computed': t('computed', 'berekend', 'calculé'),
  'hint.generated': t(
    'generated from names, birth date and sex',
    'gegenereerd uit namen, geboortedatum en geslacht',
    'généré à partir des noms, date de naissance et sexe',
  ),
  'hint.number': t('number', 'getal', 'nombre'),
  'hint.integer': t('whole number', 'geheel getal', 'nombre entier'),
  'hint.required': t('required', 'verplicht', 'obligatoire'),

  // The choice picker.
  'picker.ticked': t('{label} — {n} ticked', '{label} — {n} aangevinkt', '{label} — {n} coché(s)'),
  'picker.filter': t('filter: {filter}  ({n} choices)', 'filter: {filter}  ({n} keuzes)', 'filtre : {filter}  ({n} choix)'),
  'picker.filterOne': t('filter: {filter}  (1 choice)', 'filter: {filter}  (1 keuze)', 'filtre : {filter}  (1 choix)'),
  'picker.noMatch': t(
    'No choice matches; Backspace widens the filter.',
    'Geen enkele keuze past; Backspace verruimt de filter.',
    'Aucun choix ne correspond ; Retour arrière élargit le filtre.',
  ),
  'picker.validTo': t('until {date}', 'tot {date}', 'jusqu’au {date}'),
  'picker.add.onlyPhysician': t(
    'Only a physician number can be added to its list here.',
    'Enkel een artsennummer kan hier aan zijn lijst toegevoegd worden.',
    'Seul un numéro de médecin peut être ajouté ici à sa liste.',
  ),
  'picker.add.nothingTyped': t('(nothing typed)', '(niets getypt)', '(rien de tapé)'),
  'picker.add.typeFirst': t('type the RIZIV number first', 'typ eerst het RIZIV-nummer', 'tapez d’abord le numéro INAMI'),
  'picker.add.added': t(
    '{code} added to the physician list (name to complete with the next list import).',
    '{code} toegevoegd aan de artsenlijst (naam aan te vullen bij de volgende lijstimport).',
    '{code} ajouté à la liste des médecins (nom à compléter au prochain import de liste).',
  ),
});
