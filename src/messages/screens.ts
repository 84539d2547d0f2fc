/**
 * The terminal UI's part of the message catalogue (src/messages.ts joins it): every word the
 * table, the lists, the review, the record view, the import, the settings and the app's own
 * questions and notices show, in English, Dutch and French. Words that line up in columns have a
 * short form; the screens fit them to 80 columns (test/screens/layout.test.tsx).
 */
import { defineMessages, t } from './entry.js';

export const SCREEN_MESSAGES = defineMessages({
  // The registrations table.
  'table.counts': t(
    'Open {open} · Sent {sent} · Deleted {deleted}',
    'Open {open} · Verzonden {sent} · Verwijderd {deleted}',
    'Ouvert {open} · Envoyé {sent} · Supprimé {deleted}',
  ),
  'table.showing': t('showing: {status} · type {type}', 'getoond: {status} · type {type}', 'affichés : {status} · type {type}'),
  'table.filter.active': t('Open + Sent', 'Open + Verzonden', 'Ouvert + Envoyé'),
  'table.filter.all': t('All', 'Alle', 'Tous'),
  'table.type.all': t('all', 'alle', 'tous'),
  'table.col.code': t('code / id', 'code / id', 'code / id'),
  'table.col.type': t('type', 'type', 'type'),
  'table.col.patient': t('patient', 'patiënt', 'patient'),
  'table.col.date': t('date', 'datum', 'date'),
  'table.col.status': t('status', 'status', 'statut'),
  'table.col.delivery': t('delivery', 'levering', 'livraison'),
  'table.col.done': t('done', 'klaar', 'fait'),
  'table.col.updated': t('updated', 'gewijzigd', 'modifié'),
  'table.empty': t(
    'No registrations yet: press n for a new one, or run "angio demo" to try the app.',
    'Nog geen registraties: n voor een nieuwe, of "angio demo" om de app te proberen.',
    'Aucun enregistrement : n pour en créer un, ou "angio demo" pour essayer l’app.',
  ),
  'table.noMatch': t('No registrations match.', 'Geen registraties gevonden.', 'Aucun enregistrement ne correspond.'),
  'table.noneSelected': t('No registration is selected.', 'Geen registratie geselecteerd.', 'Aucun enregistrement sélectionné.'),
  'delivery.none': t('—', '—', '—'),
  'delivery.pending': t('pending', 'wachtend', 'en attente'),
  'delivery.delivered': t('delivered', 'geleverd', 'livré'),
  'delivery.failed': t('FAILED', 'MISLUKT', 'ÉCHEC'),
  // The outbox beside the counts: the long form when it fits, else the short one.
  'outbox.delivering': t('delivering {done}/{total}', 'levering {done}/{total}', 'livraison {done}/{total}'),
  'outbox.failed': t('{n} FAILED', '{n} MISLUKT', '{n} EN ÉCHEC'),
  'outbox.toDeliver': t('outbox {n} to deliver', 'outbox {n} te leveren', 'envois {n} à livrer'),
  'outbox.toDeliverShort': t('outbox {n}', 'outbox {n}', 'envois {n}'),
  'outbox.waiting': t(
    'outbox {n} waiting: no endpoint configured',
    'outbox {n} wachtend: geen eindpunt ingesteld',
    'envois {n} en attente : aucun point d’accès',
  ),
  'outbox.waitingShort': t('outbox {n} waiting', 'outbox {n} wachtend', 'envois {n} en attente'),
  'outbox.label': t('outbox', 'outbox', 'envois'),

  // Lists to choose from (new registration, follow-ups, reference lists).
  'list.search': t('search: {value}', 'zoeken: {value}', 'chercher : {value}'),
  'list.nothing': t('Nothing to choose.', 'Niets te kiezen.', 'Rien à choisir.'),
  'new.title': t('New registration: which type?', 'Nieuwe registratie: welk type?', 'Nouvel enregistrement : quel type ?'),
  'new.subtitle': t(
    'Choose P or FP whenever at least one PCI was done.',
    'Kies P of FP zodra er minstens één PCI gebeurde.',
    'Choisissez P ou FP dès qu’au moins une PCI a été faite.',
  ),
  'new.versionTitle': t('{type}: which form version?', '{type}: welke formulierversie?', '{type} : quelle version du formulaire ?'),
  'new.versionSubtitle': t(
    'The latest is preselected: Enter accepts it.',
    'De laatste is voorgeselecteerd: Enter neemt ze.',
    'La dernière est présélectionnée : Entrée la prend.',
  ),
  'new.version': t('version {version} of {date}', 'versie {version} van {date}', 'version {version} du {date}'),
  'new.current': t('(current)', '(huidig)', '(actuelle)'),
  'new.parentTitle': t(
    'Follow-up after PCI: of which hospitalisation?',
    'Follow-up na PCI: van welke hospitalisatie?',
    'Suivi après PCI : de quelle hospitalisation ?',
  ),
  'new.followupsTitle': t(
    'Follow-ups due (one year after the last PCI); Enter starts the follow-up',
    'Te doen follow-ups (één jaar na de laatste PCI); Enter start de follow-up',
    'Suivis à faire (un an après la dernière PCI) ; Entrée commence le suivi',
  ),
  'new.noParent': t(
    'No P or FP hospitalisation waits for its follow-up.',
    'Geen P- of FP-hospitalisatie wacht op haar follow-up.',
    'Aucune hospitalisation P ou FP n’attend son suivi.',
  ),
  'new.lastPci': t('PCI {date}', 'PCI {date}', 'PCI {date}'),
  'new.due': t('due {date}', 'uiterlijk {date}', 'pour le {date}'),
  'new.overdue': t('OVERDUE', 'TE LAAT', 'EN RETARD'),

  // Reference lists.
  'lists.title': t('Reference lists', 'Referentielijsten', 'Listes de référence'),
  'lists.subtitle': t(
    'Load one: angio reflist import FILE --list hpin|bms|des|bvs|deb|postal',
    'Laden: angio reflist import BESTAND --list hpin|bms|des|bvs|deb|postal',
    'Charger : angio reflist import FICHIER --list hpin|bms|des|bvs|deb|postal',
  ),
  'lists.HPIN': t('Physicians (HPIN)', 'Artsen (HPIN)', 'Médecins (HPIN)'),
  'lists.BMS': t('BMS (bare-metal stents)', 'BMS (stents zonder medicatie)', 'BMS (stents nus)'),
  'lists.DES': t('DES (drug-eluting stents)', 'DES (medicatie-afgevende stents)', 'DES (stents actifs)'),
  'lists.BVS': t('BVS (scaffolds)', 'BVS (resorbeerbare stents)', 'BVS (armatures résorbables)'),
  'lists.DEB': t('DEB (drug-eluting balloons)', 'DEB (medicatie-afgevende ballons)', 'DEB (ballons actifs)'),
  'lists.POSTAL': t('Postal codes', 'Postcodes', 'Codes postaux'),
  'lists.entries': t('{n} entries', '{n} items', '{n} entrées'),
  'lists.stdin': t('standard input', 'standaardinvoer', 'entrée standard'),
  'lists.shipped': t('bpost/Statbel (built in)', 'bpost/Statbel (ingebouwd)', 'bpost/Statbel (intégrée)'),
  'lists.loaded': t(
    'source {source}, loaded {date} by {user}',
    'bron {source}, geladen {date} door {user}',
    'source {source}, chargée le {date} par {user}',
  ),
  'lists.notLoaded': t(
    'not loaded: answers are checked by format only',
    'niet geladen: antwoorden enkel op formaat nagekeken',
    'non chargée : réponses vérifiées sur le format seulement',
  ),
  'lists.searchTitle': t(
    '{list}: type to search by code or name',
    '{list}: typ om te zoeken op code of naam',
    '{list} : tapez pour chercher par code ou nom',
  ),
  'lists.noMatch': t('No entry matches.', 'Geen item gevonden.', 'Aucune entrée ne correspond.'),
  'lists.empty': t('This list is empty.', 'Deze lijst is leeg.', 'Cette liste est vide.'),

  // Review before sending.
  'review.problems': t(
    'Review #{id}: {n} problem(s) to fix before sending',
    'Nakijken #{id}: {n} probleem(en) op te lossen vóór verzenden',
    'Vérification #{id} : {n} problème(s) à corriger avant l’envoi',
  ),
  'review.ready': t(
    'Review #{id}: ready to send — press {key}',
    'Nakijken #{id}: klaar om te verzenden — druk op {key}',
    'Vérification #{id} : prêt à envoyer — appuyez sur {key}',
  ),
  'review.allValid': t(
    'Every required answer is there and valid.',
    'Elk verplicht antwoord is ingevuld en geldig.',
    'Chaque réponse obligatoire est présente et valide.',
  ),

  // The record view (Sent, Deleted).
  'view.delivery': t('Delivery: {state}', 'Levering: {state}', 'Livraison : {state}'),
  'view.noEndpoint': t(
    '(no endpoint configured: waiting in the outbox)',
    '(geen eindpunt ingesteld: wacht in de outbox)',
    '(aucun point d’accès configuré : en attente d’envoi)',
  ),
  'view.deliveredAt': t('delivered {at}', 'geleverd {at}', 'livré le {at}'),
  'view.nextTry': t('next try {at}', 'volgende poging {at}', 'prochain essai {at}'),
  'outboxKind.registration': t('registration', 'registratie', 'enregistrement'),
  'outboxKind.correction': t('correction', 'correctie', 'correction'),
  'outboxKind.billing': t('billing', 'facturatie', 'facturation'),
  'view.attempts': t('{n} attempt(s)', '{n} poging(en)', '{n} essai(s)'),
  'view.sentWith': t('Sent with {n} warning(s)', 'Verzonden met {n} waarschuwing(en)', 'Envoyé avec {n} avertissement(s)'),
  'view.history': t('History', 'Geschiedenis', 'Historique'),
  'view.changes': t('{n} change(s)', '{n} wijziging(en)', '{n} modification(s)'),
  'view.sentState': t('Sent · {code}', 'Verzonden · {code}', 'Envoyé · {code}'),
  'view.submission': t('submission {n}', 'indiening {n}', 'soumission {n}'),
  'view.deletedState': t('Deleted (kept for audit)', 'Verwijderd (bewaard voor audit)', 'Supprimé (conservé pour l’audit)'),
  'view.correcting': t(
    'A correction is in progress: {correct} continues it, {discard} discards it.',
    'Er loopt een correctie: {correct} gaat verder, {discard} verwerpt ze.',
    'Une correction est en cours : {correct} la poursuit, {discard} l’abandonne.',
  ),
  'view.readOnlySent': t(
    'Read-only: a Sent registration is corrected by a full resubmission ({correct}).',
    'Alleen lezen: een verzonden registratie corrigeert u door alles opnieuw te verzenden ({correct}).',
    'Lecture seule : un enregistrement envoyé se corrige par un renvoi complet ({correct}).',
  ),
  'view.readOnlyDeleted': t(
    'Read-only: a Deleted registration cannot be edited.',
    'Alleen lezen: een verwijderde registratie kan niet gewijzigd worden.',
    'Lecture seule : un enregistrement supprimé ne se modifie plus.',
  ),
  'audit.create': t('created', 'aangemaakt', 'créé'),
  'audit.save': t('saved', 'opgeslagen', 'enregistré'),
  'audit.send': t('sent', 'verzonden', 'envoyé'),
  'audit.delete': t('deleted', 'verwijderd', 'supprimé'),
  'audit.start-correction': t('correction started', 'correctie gestart', 'correction commencée'),
  'audit.save-correction': t('correction saved', 'correctie opgeslagen', 'correction enregistrée'),
  'audit.discard-correction': t('correction discarded', 'correctie verworpen', 'correction abandonnée'),
  'audit.resubmit': t('resubmitted', 'opnieuw verzonden', 'renvoyé'),

  // The notice after sending.
  'sent.title': t(
    'Registration #{id} is sent. Its registration code:',
    'Registratie #{id} is verzonden. De registratiecode:',
    'L’enregistrement #{id} est envoyé. Son code d’enregistrement :',
  ),
  'sent.readOnly': t(
    'It is now read-only. Enter or Esc to continue.',
    'Ze is nu alleen-lezen. Enter of Esc om verder te gaan.',
    'Il est désormais en lecture seule. Entrée ou Échap pour continuer.',
  ),

  // Help.
  'keysHelp.title': t('Keys', 'Toetsen', 'Touches'),
  'keysHelp.close': t('Esc closes this help.', 'Esc sluit deze hulp.', 'Échap ferme cette aide.'),
  'keysHelp.more': t(
    'Esc closes this help · ↓ ↑ the other keys ({from}–{to} of {n})',
    'Esc sluit deze hulp · ↓ ↑ de andere toetsen ({from}–{to} van {n})',
    'Échap ferme cette aide · ↓ ↑ les autres touches ({from}–{to} sur {n})',
  ),

  // Settings.
  'settings.title': t('Settings', 'Instellingen', 'Paramètres'),
  'settings.group.you': t('You', 'Persoonlijk', 'Personnel'),
  'settings.group.site': t('Hospital (admin)', 'Ziekenhuis (admin)', 'Hôpital (admin)'),
  'settings.language': t('Language', 'Taal', 'Langue'),
  'settings.author.author': t('Author (TX_AUTHOR), e-mail', 'Auteur (TX_AUTHOR), e-mail', 'Auteur (TX_AUTHOR), e-mail'),
  'settings.author.coauthor': t('Co-author (TX_COAUTHOR)', 'Co-auteur (TX_COAUTHOR)', 'Co-auteur (TX_COAUTHOR)'),
  'settings.riziv': t('Your RIZIV/INAMI number', 'Uw RIZIV-nummer', 'Votre numéro INAMI'),
  'settings.hospital.name': t('Hospital name', 'Naam ziekenhuis', 'Nom de l’hôpital'),
  'settings.hospital.inami': t('INAMI institution number', 'RIZIV-nummer instelling', 'Numéro INAMI de l’établissement'),
  'settings.author.group': t('Default author group', 'Standaard auteursgroep', 'Groupe d’auteurs par défaut'),
  'settings.endpoints.healthdata': t('Healthdata endpoint URL', 'URL eindpunt Healthdata', 'URL du point d’accès Healthdata'),
  'settings.endpoints.cin': t(
    'Insurers (CIN/NIC) endpoint URL',
    'URL eindpunt ziekenfondsen (NIC)',
    'URL du point d’accès mutualités (CIN)',
  ),
  'settings.saved': t('Settings saved.', 'Instellingen opgeslagen.', 'Paramètres enregistrés.'),
  'settings.notSaved': t('Not saved: {why}', 'Niet opgeslagen: {why}', 'Non enregistré : {why}'),
  // Each language by its own name, whichever the interface's.
  'lang.en': t('English', 'English', 'English'),
  'lang.nl': t('Nederlands', 'Nederlands', 'Nederlands'),
  'lang.fr': t('Français', 'Français', 'Français'),

  // Import.
  'import.title': t(
    'Import a CSV file (HD4DP format: ";", field ids, dd/mm/yyyy, codes, "|")',
    'CSV-bestand importeren (HD4DP: ";", veld-id’s, dd/mm/jjjj, codes, "|")',
    'Importer un fichier CSV (HD4DP : ";", id de champ, jj/mm/aaaa, codes, "|")',
  ),
  'import.file': t('file', 'bestand', 'fichier'),
  'import.type': t('type', 'type', 'type'),
  'import.mode': t('mode', 'modus', 'mode'),
  'import.mode.valid-only': t(
    'write the valid rows, report the others',
    'geldige rijen schrijven, de andere melden',
    'écrire les lignes valides, signaler les autres',
  ),
  'import.mode.dry-run': t(
    'dry run: validate and report, write nothing',
    'proef: nakijken en melden, niets schrijven',
    'essai : vérifier et signaler, ne rien écrire',
  ),
  'import.mode.all-or-nothing': t('all or nothing', 'alles of niets', 'tout ou rien'),
  'import.explain': t(
    'Rows without STATUS=draft are validated completely and sent; draft rows stay Open. A results file is written next to the file.',
    'Rijen zonder STATUS=draft worden volledig nagekeken en verzonden; draft-rijen blijven Open. Een resultatenbestand komt naast het bestand.',
    'Les lignes sans STATUS=draft sont vérifiées entièrement et envoyées ; les lignes draft restent Ouvertes. Un fichier de résultats est écrit à côté du fichier.',
  ),
  'import.running': t('importing… {n} row(s)', 'importeren… {n} rij(en)', 'import… {n} ligne(s)'),
  'import.noFile': t(
    'Type the path of the CSV file first.',
    'Typ eerst het pad van het CSV-bestand.',
    'Tapez d’abord le chemin du fichier CSV.',
  ),
  'import.replaceResults': t(
    '{problem} It holds the results of an earlier import: press Enter again to replace it.',
    '{problem} Het bevat de resultaten van een vorige import: druk opnieuw op Enter om het te vervangen.',
    '{problem} Il contient les résultats d’un import précédent : appuyez encore sur Entrée pour le remplacer.',
  ),
  'import.report': t(
    'Import {type}: {n} row(s): {counts}',
    'Import {type}: {n} rij(en): {counts}',
    'Import {type} : {n} ligne(s) : {counts}',
  ),
  'import.noRows': t('no rows', 'geen rijen', 'aucune ligne'),
  'import.nothingWritten': t('— nothing written', '— niets geschreven', '— rien d’écrit'),
  'import.showing': t('showing: {filter}', 'getoond: {filter}', 'affichées : {filter}'),
  'import.resultsFile': t('results file {file}', 'resultatenbestand {file}', 'fichier de résultats {file}'),
  'import.filter.all': t('all rows', 'alle rijen', 'toutes les lignes'),
  'import.filter.rejected': t('rejected rows', 'geweigerde rijen', 'lignes refusées'),
  'import.filter.written': t('written rows', 'geschreven rijen', 'lignes écrites'),
  'import.noRowShown': t(
    'No row to show with this filter.',
    'Geen rij te tonen met deze filter.',
    'Aucune ligne à afficher avec ce filtre.',
  ),
  'import.line': t('line {n}', 'rij {n}', 'ligne {n}'),
  'outcome.created': t('created', 'aangemaakt', 'créé'),
  'outcome.updated': t('updated', 'bijgewerkt', 'mis à jour'),
  'outcome.sent': t('sent', 'verzonden', 'envoyé'),
  'outcome.resubmitted': t('resubmitted', 'opnieuw verzonden', 'renvoyé'),
  'outcome.unchanged': t('unchanged', 'ongewijzigd', 'inchangé'),
  'outcome.already-sent': t('already sent', 'al verzonden', 'déjà envoyé'),
  'outcome.awaiting-consent': t('awaiting consent', 'wacht op toestemming', 'attend consentement'),
  'outcome.valid': t('valid', 'geldig', 'valide'),
  'outcome.rejected': t('rejected', 'geweigerd', 'refusé'),
  'outcome.not-written': t('not written', 'niet geschreven', 'non écrit'),

  // The app's questions and notices.
  'app.leaveUnsaved': t(
    'Leave and lose {n} value(s) that could not be saved?',
    'Verlaten en {n} waarde(n) verliezen die niet opgeslagen konden worden?',
    'Quitter et perdre {n} valeur(s) qui n’ont pas pu être enregistrées ?',
  ),
  'app.leaveUnsavedDetail': t(
    'Everything else is saved. Answer n to go back and fix them.',
    'Al de rest is opgeslagen. Antwoord n om terug te gaan en ze te verbeteren.',
    'Tout le reste est enregistré. Répondez n pour revenir les corriger.',
  ),
  'app.readOnly': t('Read-only: {why}', 'Alleen lezen: {why}', 'Lecture seule : {why}'),
  'app.created': t('Registration #{id} created.', 'Registratie #{id} aangemaakt.', 'Enregistrement #{id} créé.'),
  'app.createdFollowUp': t(
    'Registration #{id} created as the follow-up of #{parent}.',
    'Registratie #{id} aangemaakt als follow-up van #{parent}.',
    'Enregistrement #{id} créé comme suivi de #{parent}.',
  ),
  'app.noImport': t(
    'Import is not available here: use "angio import".',
    'Importeren kan hier niet: gebruik "angio import".',
    'L’import n’est pas disponible ici : utilisez "angio import".',
  ),
  'app.noSettings': t(
    'Settings are not available here: use "angio settings".',
    'Instellingen zijn hier niet beschikbaar: gebruik "angio settings".',
    'Les paramètres ne sont pas disponibles ici : utilisez "angio settings".',
  ),
  'app.language': t('Language: {name}.', 'Taal: {name}.', 'Langue : {name}.'),
  'app.requeued': t(
    '{n} failed delivery item(s) queued again.',
    '{n} mislukte levering(en) opnieuw in de wachtrij.',
    '{n} livraison(s) en échec remise(s) en file.',
  ),
  'app.nothingFailed': t('Nothing failed to deliver.', 'Geen mislukte leveringen.', 'Aucune livraison en échec.'),
  'app.cannotSend': t(
    '#{id} cannot be sent yet: {n} problem(s). Open it and review ({key}).',
    '#{id} kan nog niet verzonden worden: {n} probleem(en). Open en kijk na ({key}).',
    '#{id} ne peut pas encore être envoyé : {n} problème(s). Ouvrez-le et vérifiez ({key}).',
  ),
  'app.consentQuestion': t(
    'This registration is optional: does the patient consent to sharing the data?',
    'Deze registratie is optioneel: geeft de patiënt toestemming om de gegevens te delen?',
    'Cet enregistrement est facultatif : le patient consent-il au partage des données ?',
  ),
  'app.consentDetail': t(
    'Without consent an optional registration is not sent (answer n to keep it as it is).',
    'Zonder toestemming wordt een optionele registratie niet verzonden (antwoord n om ze te laten zoals ze is).',
    'Sans consentement, un enregistrement facultatif n’est pas envoyé (répondez n pour le laisser tel quel).',
  ),
  'app.consentRecorded': t('Consent recorded.', 'Toestemming genoteerd.', 'Consentement noté.'),
  'app.sendQuestion': t('Send registration #{id}?', 'Registratie #{id} verzenden?', 'Envoyer l’enregistrement #{id} ?'),
  'app.sendDetail': t(
    'After sending it can no longer be edited; a correction is a full resubmission.',
    'Na verzenden kan ze niet meer gewijzigd worden; een correctie verzendt alles opnieuw.',
    'Après l’envoi, il ne se modifie plus ; une correction est un renvoi complet.',
  ),
  'app.resubmitQuestion': t(
    'Resubmit the correction of #{id}?',
    'De correctie van #{id} opnieuw verzenden?',
    'Renvoyer la correction de #{id} ?',
  ),
  'app.resubmitDetail': t(
    'The whole registration is sent again with the same code; the previous version stays in its history.',
    'De hele registratie wordt opnieuw verzonden met dezelfde code; de vorige versie blijft in de geschiedenis.',
    'Tout l’enregistrement est renvoyé avec le même code ; la version précédente reste dans l’historique.',
  ),
  'app.businessKey': t(
    'A business-key field changed ({fields}): not resubmitted; a helpdesk request was written.',
    'Een veld van de business key is gewijzigd ({fields}): niet opnieuw verzonden; er is een helpdeskaanvraag geschreven.',
    'Un champ de la clé métier a changé ({fields}) : pas renvoyé ; une demande au helpdesk a été écrite.',
  ),
  'app.businessKeyFile': t(
    'A business-key field changed ({fields}): not resubmitted; a helpdesk request was written to {file}.',
    'Een veld van de business key is gewijzigd ({fields}): niet opnieuw verzonden; helpdeskaanvraag geschreven in {file}.',
    'Un champ de la clé métier a changé ({fields}) : pas renvoyé ; demande au helpdesk écrite dans {file}.',
  ),
  'app.deleteQuestion': t('Delete registration #{id}?', 'Registratie #{id} verwijderen?', 'Supprimer l’enregistrement #{id} ?'),
  'app.deleteDetail': t(
    'A deleted registration is kept for audit but can no longer be edited or sent.',
    'Een verwijderde registratie blijft bewaard voor audit, maar kan niet meer gewijzigd of verzonden worden.',
    'Un enregistrement supprimé est conservé pour l’audit mais ne peut plus être modifié ni envoyé.',
  ),
  'app.deleted': t(
    '#{id} deleted (kept for audit; shown with the Deleted filter).',
    '#{id} verwijderd (bewaard voor audit; te zien met de filter Verwijderd).',
    '#{id} supprimé (conservé pour l’audit ; visible avec le filtre Supprimé).',
  ),
  'app.discardQuestion': t('Discard the correction of #{id}?', 'De correctie van #{id} verwerpen?', 'Abandonner la correction de #{id} ?'),
  'app.discarded': t(
    'Correction discarded; the Sent version is unchanged.',
    'Correctie verworpen; de verzonden versie is ongewijzigd.',
    'Correction abandonnée ; la version envoyée est inchangée.',
  ),

  // The last line of defence (src/screens/error-boundary.tsx).
  'crash.stopped': t(
    'angio stopped on an unexpected error: {error}. Every answer confirmed before it is saved; start angio again to go on.',
    'angio is gestopt na een onverwachte fout: {error}. Elk eerder bevestigd antwoord is opgeslagen; start angio opnieuw om verder te gaan.',
    'angio s’est arrêté sur une erreur inattendue : {error}. Chaque réponse confirmée avant est enregistrée ; relancez angio pour continuer.',
  ),
  'crash.details': t('Details for support: {file}', 'Details voor support: {file}', 'Détails pour le support : {file}'),
  'crash.noMessage': t('no message', 'geen bericht', 'pas de message'),
});
