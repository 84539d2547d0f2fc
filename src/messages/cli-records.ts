/**
 * What the command line says about registrations (src/cli/): list, show, validate, send,
 * consent, follow-up, demo, types, rules, import, export, retry, and the words they share.
 * A table's header is one message, its columns separated by "|".
 */
import { defineMessages, t } from './entry.js';

export const CLI_RECORDS = defineMessages({
  'cli.needsTerminal': t(
    'angio\'s screen needs a terminal; without one, use a command: {commands} (see "angio --help").',
    'Het scherm van angio heeft een terminal nodig; gebruik zonder terminal een opdracht: {commands} (zie "angio --help").',
    'L’écran d’angio a besoin d’un terminal ; sans terminal, utilisez une commande : {commands} (voir « angio --help »).',
  ),
  'cli.unexpected': t(
    'angio stopped on an unexpected error: {message}',
    'angio is gestopt op een onverwachte fout: {message}',
    'angio s’est arrêté sur une erreur inattendue : {message}',
  ),
  'cli.notAnId': t(
    '"{text}" is not a registration id: write it as "angio list" shows it, a positive whole number in plain digits (such as 12).',
    '"{text}" is geen registratie-id: schrijf ze zoals "angio list" ze toont, een positief geheel getal in gewone cijfers (zoals 12).',
    '« {text} » n’est pas un id d’enregistrement : écrivez-le comme « angio list » l’affiche, un nombre entier positif en chiffres simples (comme 12).',
  ),
  'cli.unknownStatus': t(
    'Unknown status "{text}": use {filters}.',
    'Onbekende status "{text}": gebruik {filters}.',
    'Statut inconnu « {text} » : utilisez {filters}.',
  ),
  'cli.unknownType': t(
    'Unknown registration type "{type}": use H, P, F, FP or FU.',
    'Onbekend registratietype "{type}": gebruik H, P, F, FP of FU.',
    'Type d’enregistrement inconnu « {type} » : utilisez H, P, F, FP ou FU.',
  ),
  'cli.noRegistration': t('There is no registration {id}.', 'Registratie {id} bestaat niet.', 'L’enregistrement {id} n’existe pas.'),
  'cli.limit': t(
    '--limit must be a whole number from 1 to 1000.',
    '--limit moet een geheel getal van 1 tot 1000 zijn.',
    '--limit doit être un nombre entier de 1 à 1000.',
  ),
  'cli.error': t('error', 'fout', 'erreur'),
  'cli.warning': t('warning', 'waarschuwing', 'avertissement'),
  'cli.standardInput': t('standard input', 'standaardinvoer', 'entrée standard'),
  'cli.nothingWritten': t('Nothing was written.', 'Er is niets geschreven.', 'Rien n’a été écrit.'),
  'cli.addForce': t('Add --force to replace it.', 'Voeg --force toe om het te vervangen.', 'Ajoutez --force pour le remplacer.'),

  'cli.list.counts': t(
    'Open {open} · Sent {sent} · Deleted {deleted}',
    'Open {open} · Verzonden {sent} · Verwijderd {deleted}',
    'Ouverts {open} · Envoyés {sent} · Supprimés {deleted}',
  ),
  'cli.list.none': t('No registrations match.', 'Geen registraties gevonden.', 'Aucun enregistrement ne correspond.'),
  'cli.list.columns': t(
    'code / id|type|patient|date|status|complete|updated|by',
    'code / id|type|patiënt|datum|status|volledig|gewijzigd|door',
    'code / id|type|patient|date|statut|complet|modifié|par',
  ),

  'cli.show.patient': t(
    'patient {patient} · date {date} · complete {filled}/{total}',
    'patiënt {patient} · datum {date} · volledig {filled}/{total}',
    'patient {patient} · date {date} · complet {filled}/{total}',
  ),
  'cli.show.created': t(
    'created {createdAt} by {createdBy} · updated {updatedAt} by {updatedBy}',
    'aangemaakt {createdAt} door {createdBy} · gewijzigd {updatedAt} door {updatedBy}',
    'créé le {createdAt} par {createdBy} · modifié le {updatedAt} par {updatedBy}',
  ),
  'cli.show.delivery': t('delivery {delivery}', 'levering {delivery}', 'livraison {delivery}'),
  'cli.show.submitted': t(' · submitted {n} times', ' · {n} keer ingediend', ' · soumis {n} fois'),
  'cli.show.sentWith': t('Sent with {n} warning(s):', 'Verzonden met {n} waarschuwing(en):', 'Envoyé avec {n} avertissement(s) :'),
  'cli.show.history': t('History ({n})', 'Geschiedenis ({n})', 'Historique ({n})'),
  'cli.show.fields': t('{n} fields', '{n} velden', '{n} champs'),
  'cli.show.earlier': t(
    '… {n} earlier entries: angio show {id} --json',
    '… {n} eerdere regels: angio show {id} --json',
    '… {n} entrées antérieures : angio show {id} --json',
  ),
  'cli.show.missing': t('Before it can be sent ({n}):', 'Voor ze verzonden kan worden ({n}):', 'Avant de pouvoir l’envoyer ({n}) :'),
  'cli.show.ready': t('Ready to send.', 'Klaar om te verzenden.', 'Prêt à envoyer.'),
  'cli.validate.ok': t('#{id} is complete and valid.', '#{id} is volledig en geldig.', '#{id} est complet et valide.'),
  'cli.delivery.none': t('none', 'geen', 'aucune'),
  'cli.delivery.pending': t('pending', 'wachtend', 'en attente'),
  'cli.delivery.delivered': t('delivered', 'afgeleverd', 'livrée'),
  'cli.delivery.failed': t('failed', 'mislukt', 'en échec'),
  'cli.audit.create': t('create', 'aangemaakt', 'création'),
  'cli.audit.save': t('save', 'bewaard', 'sauvegarde'),
  'cli.audit.send': t('send', 'verzonden', 'envoi'),
  'cli.audit.delete': t('delete', 'verwijderd', 'suppression'),
  'cli.audit.start-correction': t('start-correction', 'correctie gestart', 'début de correction'),
  'cli.audit.save-correction': t('save-correction', 'correctie bewaard', 'correction sauvegardée'),
  'cli.audit.discard-correction': t('discard-correction', 'correctie verworpen', 'correction abandonnée'),
  'cli.audit.resubmit': t('resubmit', 'opnieuw ingediend', 'nouvelle soumission'),
  'cli.audit.helpdesk-request': t('helpdesk-request', 'helpdeskaanvraag', 'demande au helpdesk'),

  'cli.send.nameThem': t(
    'Name the registrations to send (ids), or use --all-complete.',
    'Noem de registraties die verzonden moeten worden (id’s), of gebruik --all-complete.',
    'Nommez les enregistrements à envoyer (ids), ou utilisez --all-complete.',
  ),
  'cli.send.sent': t('#{id} sent: {code}', '#{id} verzonden: {code}', '#{id} envoyé : {code}'),
  'cli.send.alreadySent': t('#{id} was already sent: {code}', '#{id} was al verzonden: {code}', '#{id} était déjà envoyé : {code}'),
  'cli.send.notSent': t(
    '#{id} not sent, {n} problem(s):',
    '#{id} niet verzonden, {n} probleem/problemen:',
    '#{id} non envoyé, {n} problème(s) :',
  ),
  'cli.send.allComplete': t(
    '{sent} sent; {skipped} Open registration(s) not complete yet.',
    '{sent} verzonden; {skipped} Open registratie(s) nog niet volledig.',
    '{sent} envoyé(s) ; {skipped} enregistrement(s) Ouvert(s) pas encore complet(s).',
  ),
  'cli.consent.recorded': t('#{id}: consent recorded.', '#{id}: toestemming vastgelegd.', '#{id} : consentement enregistré.'),
  'cli.consent.sent': t(
    '#{id}: consent recorded, sent: {code}',
    '#{id}: toestemming vastgelegd, verzonden: {code}',
    '#{id} : consentement enregistré, envoyé : {code}',
  ),
  'cli.consent.notSent': t(
    '#{id}: consent recorded, not sent yet, {n} problem(s):',
    '#{id}: toestemming vastgelegd, nog niet verzonden, {n} probleem/problemen:',
    '#{id} : consentement enregistré, pas encore envoyé, {n} problème(s) :',
  ),
  'cli.followUp.created': t(
    'Follow-up #{id} created for #{parent}; open it with "angio" or fill it with "angio import".',
    'Follow-up #{id} aangemaakt voor #{parent}; open hem met "angio" of vul hem met "angio import".',
    'Suivi #{id} créé pour #{parent} ; ouvrez-le avec « angio » ou remplissez-le avec « angio import ».',
  ),
  'cli.retry.queued': t(
    '#{id}: {n} failed item(s) queued again',
    '#{id}: {n} mislukt(e) item(s) opnieuw klaargezet',
    '#{id} : {n} élément(s) en échec remis en file',
  ),
  'cli.retry.nothing': t('#{id}: nothing failed to deliver', '#{id}: geen mislukte leveringen', '#{id} : aucune livraison en échec'),

  'cli.demo.records': t(
    '--records must be a whole number of at least 1.',
    '--records moet een geheel getal van minstens 1 zijn.',
    '--records doit être un nombre entier d’au moins 1.',
  ),
  'cli.demo.seed': t('--seed must be a whole number.', '--seed moet een geheel getal zijn.', '--seed doit être un nombre entier.'),
  'cli.demo.created': t(
    'Created {created} registrations ({byType}): {sent} sent, {deleted} deleted, {followUps} follow-ups linked.',
    '{created} registraties aangemaakt ({byType}): {sent} verzonden, {deleted} verwijderd, {followUps} follow-ups gekoppeld.',
    '{created} enregistrements créés ({byType}) : {sent} envoyés, {deleted} supprimés, {followUps} suivis liés.',
  ),
  'cli.types.columns': t(
    'type|name|version|date|fields|required|steps',
    'type|naam|versie|datum|velden|verplicht|stappen',
    'type|nom|version|date|champs|obligatoires|étapes',
  ),
  'cli.types.current': t('(current)', '(huidige)', '(actuelle)'),
  'cli.rules.summary': t(
    '{type} v{version}: {n} rules, {blocking} block (error), {warn} warn',
    '{type} v{version}: {n} regels, {blocking} blokkeren (fout), {warn} waarschuwen',
    '{type} v{version} : {n} règles, {blocking} bloquent (erreur), {warn} avertissent',
  ),
  'cli.rules.columns': t('severity|source|rule|fields|reason', 'ernst|bron|regel|velden|reden', 'gravité|source|règle|champs|raison'),
  'cli.rules.official': t('official', 'officieel', 'officielle'),
  'cli.rules.derived': t('derived', 'afgeleid', 'dérivée'),

  'cli.import.chooseMode': t(
    'Choose one of --dry-run, --valid-only and --all-or-nothing.',
    'Kies één van --dry-run, --valid-only en --all-or-nothing.',
    'Choisissez une seule option parmi --dry-run, --valid-only et --all-or-nothing.',
  ),
  'cli.import.throughStreams': t(
    'give the file on standard input instead, and take the results from standard output ("angio import - --type {type} < {file} > {results}")',
    'geef het bestand via de standaardinvoer en neem de resultaten van de standaarduitvoer ("angio import - --type {type} < {file} > {results}")',
    'donnez plutôt le fichier sur l’entrée standard, et prenez les résultats sur la sortie standard ("angio import - --type {type} < {file} > {results}")',
  ),
  'cli.import.nothing': t('Nothing was imported.', 'Er is niets geïmporteerd.', 'Rien n’a été importé.'),
  'cli.import.line': t('line {line}: {problems}', 'regel {line}: {problems}', 'ligne {line} : {problems}'),
  'cli.import.problem': t('{field}: {message}', '{field}: {message}', '{field} : {message}'),
  'cli.import.separator': t('; ', '; ', ' ; '),
  'cli.import.andMore': t('; and {n} more', '; en nog {n}', ' ; et {n} de plus'),
  'cli.import.moreRejected': t('… {n} more rejected row(s)', '… nog {n} geweigerde rij(en)', '… {n} autre(s) ligne(s) refusée(s)'),
  'cli.import.noRows': t('no rows', 'geen rijen', 'aucune ligne'),
  'cli.import.rows': t('{rows} row(s): {counts}.', '{rows} rij(en): {counts}.', '{rows} ligne(s) : {counts}.'),
  'cli.import.allOrNothing': t(
    ' Nothing was written (all or nothing).',
    ' Er is niets geschreven (alles of niets).',
    ' Rien n’a été écrit (tout ou rien).',
  ),
  'cli.import.dryRun': t(' Dry run: nothing was written.', ' Proefimport: er is niets geschreven.', ' Essai à blanc : rien n’a été écrit.'),
  'cli.import.results': t('Results, row by row: {path}', 'Resultaten, rij per rij: {path}', 'Résultats, ligne par ligne : {path}'),
  'cli.import.partly': t(
    'Rows before it may already be imported; correct the file and import it again (rows already imported are recognised, never duplicated).',
    'Rijen ervoor zijn misschien al geïmporteerd; verbeter het bestand en importeer het opnieuw (al geïmporteerde rijen worden herkend, nooit verdubbeld).',
    'Des lignes avant elle sont peut-être déjà importées ; corrigez le fichier et importez-le à nouveau (les lignes déjà importées sont reconnues, jamais dupliquées).',
  ),
  'cli.import.created': t('created', 'aangemaakt', 'créées'),
  'cli.import.updated': t('updated', 'bijgewerkt', 'mises à jour'),
  'cli.import.sent': t('sent', 'verzonden', 'envoyées'),
  'cli.import.resubmitted': t('resubmitted', 'opnieuw ingediend', 'renvoyées'),
  'cli.import.unchanged': t('unchanged', 'ongewijzigd', 'inchangées'),
  'cli.import.already-sent': t('already-sent', 'al verzonden', 'déjà envoyées'),
  'cli.import.awaiting-consent': t('awaiting-consent', 'wachten op toestemming', 'en attente de consentement'),
  'cli.import.valid': t('valid', 'geldig', 'valides'),
  'cli.import.rejected': t('rejected', 'geweigerd', 'refusées'),
  'cli.import.not-written': t('not-written', 'niet geschreven', 'non écrites'),

  'cli.export.codedLocal': t(
    '--coded and --local do not go together: local columns never leave the hospital.',
    '--coded en --local gaan niet samen: lokale kolommen verlaten het ziekenhuis nooit.',
    '--coded et --local ne vont pas ensemble : les colonnes locales ne quittent jamais l’hôpital.',
  ),
  'cli.export.written': t(
    '{n} {type} registration(s) written to {file}{coded}.',
    '{n} {type}-registratie(s) geschreven naar {file}{coded}.',
    '{n} enregistrement(s) {type} écrit(s) dans {file}{coded}.',
  ),
  'cli.export.writtenOut': t(
    '{n} {type} registration(s) written to standard output{coded}.',
    '{n} {type}-registratie(s) geschreven naar de standaarduitvoer{coded}.',
    '{n} enregistrement(s) {type} écrit(s) sur la sortie standard{coded}.',
  ),
  'cli.export.coded': t(
    ' (coded: pseudonyms, no identity)',
    ' (gecodeerd: pseudoniemen, geen identiteit)',
    ' (codé : pseudonymes, sans identité)',
  ),
});
