/**
 * Why the core refuses an action (a user that exists already, the last admin, a registration that
 * is deleted or sent, a follow-up's link), and files or addresses a command cannot use: the core
 * reports them as data, the doors say them from here. Ids by prefix: refused.* (the core's
 * refusals, their English the core's own: src/store/refusals.ts), notWritten.* (a row of an
 * import or a record of the API not written, their English src/exchange/submit.ts's), results.*
 * (the import's results file), input.* (a file to read), listen.* (the address `angio serve` is
 * to listen on).
 */
import { defineMessages, t } from './entry.js';

export const REFUSAL_MESSAGES = defineMessages({
  // Users and tokens (store/access.ts, store/tokens.ts).
  'refused.userExists': t(
    'User "{user}" already exists (role {role}).',
    'Gebruiker "{user}" bestaat al (rol {role}).',
    'L’utilisateur « {user} » existe déjà (rôle {role}).',
  ),
  'refused.noUser': t('There is no user "{user}".', 'Er is geen gebruiker "{user}".', 'Il n’y a pas d’utilisateur « {user} ».'),
  'refused.noUserForToken': t(
    'There is no user "{user}": add it first with "angio users add".',
    'Er is geen gebruiker "{user}": voeg hem eerst toe met "angio users add".',
    'Il n’y a pas d’utilisateur « {user} » : ajoutez-le d’abord avec « angio users add ».',
  ),
  'refused.lastAdminRole': t(
    '"{user}" is the last admin: make another user admin first.',
    '"{user}" is de laatste beheerder: maak eerst een andere gebruiker beheerder.',
    '« {user} » est le dernier administrateur : faites d’abord d’un autre utilisateur un administrateur.',
  ),
  'refused.lastAdminRemove': t(
    '"{user}" is the last admin and cannot be removed.',
    '"{user}" is de laatste beheerder en kan niet verwijderd worden.',
    '« {user} » est le dernier administrateur et ne peut pas être supprimé.',
  ),
  'refused.noToken': t('There is no active token {id}.', 'Er is geen actief token {id}.', 'Il n’y a pas de jeton actif {id}.'),

  // Registrations (store/registrations.ts, transmit/, operations/).
  'refused.noRegistration': t('There is no registration {id}.', 'Registratie {id} bestaat niet.', 'L’enregistrement {id} n’existe pas.'),
  'refused.noForm': t(
    'Form {type} version {version} does not exist.',
    'Formulier {type} versie {version} bestaat niet.',
    'Le formulaire {type} version {version} n’existe pas.',
  ),
  'refused.link': t(
    'Only a follow-up (FU) can be linked, and only to a P or FP hospitalisation.',
    'Alleen een follow-up (FU) kan gekoppeld worden, en alleen aan een P- of FP-hospitalisatie.',
    'Seul un suivi (FU) peut être lié, et seulement à une hospitalisation P ou FP.',
  ),
  'refused.notEditable': t(
    'Registration {id} is {status} and can no longer be edited.',
    'Registratie {id} is {status} en kan niet meer gewijzigd worden.',
    'L’enregistrement {id} est {status} et ne peut plus être modifié.',
  ),
  'refused.sentNotEditable': t(
    'Registration {id} is sent and can no longer be edited (start a correction to resubmit it).',
    'Registratie {id} is verzonden en kan niet meer gewijzigd worden (begin een correctie om ze opnieuw in te dienen).',
    'L’enregistrement {id} est envoyé et ne peut plus être modifié (commencez une correction pour le soumettre à nouveau).',
  ),
  'refused.notReplaced': t(
    'Registration {id} is {status}: only an Open one is replaced (a Sent one is corrected by submitting it again).',
    'Registratie {id} is {status}: alleen een open registratie wordt vervangen (een verzonden registratie wordt gecorrigeerd door ze opnieuw in te dienen).',
    'L’enregistrement {id} est {status} : seul un enregistrement ouvert est remplacé (un enregistrement envoyé se corrige en le soumettant à nouveau).',
  ),
  'refused.notDeleted': t(
    'Registration {id} is {status}: only an Open registration can be deleted.',
    'Registratie {id} is {status}: alleen een open registratie kan verwijderd worden.',
    'L’enregistrement {id} est {status} : seul un enregistrement ouvert peut être supprimé.',
  ),
  'refused.notCorrected': t(
    'Registration {id} is {status}: only a Sent registration is corrected.',
    'Registratie {id} is {status}: alleen een verzonden registratie wordt gecorrigeerd.',
    'L’enregistrement {id} est {status} : seul un enregistrement envoyé se corrige.',
  ),
  'refused.noCorrection': t(
    'Registration {id} has no correction to resubmit.',
    'Registratie {id} heeft geen correctie om opnieuw in te dienen.',
    'L’enregistrement {id} n’a pas de correction à soumettre à nouveau.',
  ),
  'refused.noCorrectionYet': t(
    'Registration {id} has no correction to resubmit (start one first).',
    'Registratie {id} heeft geen correctie om opnieuw in te dienen (begin er eerst een).',
    'L’enregistrement {id} n’a pas de correction à soumettre à nouveau (commencez-en d’abord une).',
  ),
  'refused.notSendable': t(
    'Registration {id} is {status} and cannot be sent.',
    'Registratie {id} is {status} en kan niet verzonden worden.',
    'L’enregistrement {id} est {status} et ne peut pas être envoyé.',
  ),
  'refused.noPatient': t(
    'The registration has no patient identifier to send with.',
    'De registratie heeft geen patiëntidentificatie om mee te verzenden.',
    'L’enregistrement n’a pas d’identifiant de patient avec lequel l’envoyer.',
  ),
  'refused.notSent': t(
    'Registration {id} cannot be sent: {n} problem(s); nothing was saved.',
    'Registratie {id} kan niet verzonden worden: {n} probleem/problemen; er werd niets bewaard.',
    'L’enregistrement {id} ne peut pas être envoyé : {n} problème(s) ; rien n’a été enregistré.',
  ),
  'refused.invalid': t(
    'The data has {n} problem(s); nothing was saved.',
    'De gegevens hebben {n} probleem/problemen; er werd niets bewaard.',
    'Les données ont {n} problème(s) ; rien n’a été enregistré.',
  ),
  'refused.conflict': t(
    'Registration {id} was changed by someone else since you opened it; reopen it to see their changes (nothing of yours was overwritten).',
    'Registratie {id} werd door iemand anders gewijzigd sinds u ze opende; open ze opnieuw om die wijzigingen te zien (niets van het uwe werd overschreven).',
    'L’enregistrement {id} a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert ; rouvrez-le pour voir ces modifications (rien de ce que vous aviez fait n’a été écrasé).',
  ),
  'refused.noIndicator': t(
    'There is no indicator "{indicator}".',
    'Er is geen indicator "{indicator}".',
    'Il n’y a pas d’indicateur « {indicator} ».',
  ),
  // A registration's status inside a refusal ("Registration 48 is deleted …").
  'refused.status.open': t('open', 'open', 'ouvert'),
  'refused.status.sent': t('sent', 'verzonden', 'envoyé'),
  'refused.status.deleted': t('deleted', 'verwijderd', 'supprimé'),

  // A row of an import not written although it was read as valid (exchange/submit.ts Refused).
  'notWritten.correctionInvalid': t('the correction is not valid', 'de correctie is niet geldig', 'la correction n’est pas valide'),
  'notWritten.keyChanged': t(
    'a business-key field changed',
    'een veld van de business key is gewijzigd',
    'un champ de la clé métier a changé',
  ),
  'notWritten.correctionInProgress': t(
    'a correction of this registration is in progress in angio: finish or discard it first (it was left as it is)',
    'er loopt in angio een correctie van deze registratie: rond ze eerst af of verwerp ze (ze bleef ongewijzigd)',
    'une correction de cet enregistrement est en cours dans angio : terminez-la ou abandonnez-la d’abord (elle est restée telle quelle)',
  ),
  'notWritten.notSendable': t(
    'it did not pass complete validation when sent',
    'de registratie doorstond de volledige controle bij het verzenden niet',
    'l’enregistrement n’a pas passé le contrôle complet à l’envoi',
  ),
  // The MESSAGE column of the import's results file (exchange/results-file.ts): a warning is marked as one.
  'results.warning': t('warning: {message}', 'waarschuwing: {message}', 'avertissement : {message}'),

  // A file to read (exchange/input-file.ts InputFileProblem), by its kind.
  'input.missing': t('There is no file {file}.', 'Het bestand {file} bestaat niet.', 'Le fichier {file} n’existe pas.'),
  'input.folder': t('{file} is a folder, not a file.', '{file} is een map, geen bestand.', '{file} est un dossier, pas un fichier.'),
  'input.unreadable': t(
    '{file} cannot be read (permission denied).',
    '{file} kan niet gelezen worden (geen toestemming).',
    '{file} ne peut pas être lu (permission refusée).',
  ),

  // The address `angio serve` is to listen on (api/loopback.ts).
  'listen.remote': t(
    'Refusing to listen on {host}{resolves}: the API holds patient data and listens on loopback only, unless you add --allow-remote (and put TLS in front of it).',
    'Luisteren op {host}{resolves} geweigerd: de API bevat patiëntgegevens en luistert alleen op loopback, tenzij u --allow-remote toevoegt (en er TLS voor zet).',
    'Écoute sur {host}{resolves} refusée : l’API contient des données de patients et n’écoute que sur le loopback, sauf si vous ajoutez --allow-remote (et placez TLS devant).',
  ),
  'listen.resolvesTo': t(' (it resolves to {addresses})', ' (dat verwijst naar {addresses})', ' (qui correspond à {addresses})'),
  'listen.unresolved': t(
    '--host {host} does not resolve{code}: give an address, or a name this machine knows.',
    '--host {host} verwijst naar geen adres{code}: geef een adres, of een naam die deze machine kent.',
    '--host {host} ne se résout pas{code} : donnez une adresse, ou un nom que cette machine connaît.',
  ),
  'listen.noAddress': t(
    '--host {host} does not resolve to any address.',
    '--host {host} verwijst naar geen enkel adres.',
    '--host {host} ne correspond à aucune adresse.',
  ),
  // A row of an import that cannot be read (exchange/import-row.ts), its English kept there.
  'row.cellCount': t(
    '{cells} cells where the header has {columns}',
    '{cells} cellen waar de kopregel er {columns} heeft',
    '{cells} cellules alors que l’en-tête en a {columns}',
  ),
  // How many rows of the import report had an outcome ("3 rejected"): the outcome is a singular
  // word there, so French puts the count after it ("refusé : 3").
  'import.count': t('{n} {outcome}', '{n} {outcome}', '{outcome} : {n}'),
  'row.field': t('(row)', '(hele rij)', '(ligne entière)'),
  'row.status': t('STATUS must be "draft" or empty', 'STATUS moet "draft" of leeg zijn', 'STATUS doit être « draft » ou vide'),
});
