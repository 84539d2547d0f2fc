/**
 * The words of the session (src/session/), which every door starts with, and a refused role,
 * which every door says.
 */
import { defineMessages, t } from './entry.js';

export const SESSION_MESSAGES = defineMessages({
  // A refused action (store/access.ts): who, with which role, may not do what.
  'refusal.unknownUser': t(
    'User "{user}" is not known in this database: an admin adds them with "angio users add {user} --role staff".',
    'Gebruiker "{user}" is niet gekend in deze database: een beheerder voegt hem toe met "angio users add {user} --role staff".',
    'L’utilisateur « {user} » n’est pas connu dans cette base : un administrateur l’ajoute avec « angio users add {user} --role staff ».',
  ),
  'refusal.read': t(
    'User "{user}" has the role {role}, which may not read registrations.',
    'Gebruiker "{user}" heeft de rol {role}, die geen registraties mag lezen.',
    'L’utilisateur « {user} » a le rôle {role}, qui ne peut pas lire les enregistrements.',
  ),
  'refusal.create': t(
    'User "{user}" has the role {role}, which may not create registrations.',
    'Gebruiker "{user}" heeft de rol {role}, die geen registraties mag aanmaken.',
    'L’utilisateur « {user} » a le rôle {role}, qui ne peut pas créer d’enregistrements.',
  ),
  'refusal.edit': t(
    'User "{user}" has the role {role}, which may not edit registrations.',
    'Gebruiker "{user}" heeft de rol {role}, die geen registraties mag bewerken.',
    'L’utilisateur « {user} » a le rôle {role}, qui ne peut pas modifier les enregistrements.',
  ),
  'refusal.send': t(
    'User "{user}" has the role {role}, which may not send registrations.',
    'Gebruiker "{user}" heeft de rol {role}, die geen registraties mag verzenden.',
    'L’utilisateur « {user} » a le rôle {role}, qui ne peut pas envoyer les enregistrements.',
  ),
  'refusal.delete': t(
    'User "{user}" has the role {role}, which may not delete registrations.',
    'Gebruiker "{user}" heeft de rol {role}, die geen registraties mag verwijderen.',
    'L’utilisateur « {user} » a le rôle {role}, qui ne peut pas supprimer les enregistrements.',
  ),
  'refusal.correct': t(
    'User "{user}" has the role {role}, which may not correct Sent registrations.',
    'Gebruiker "{user}" heeft de rol {role}, die geen Verzonden registraties mag corrigeren.',
    'L’utilisateur « {user} » a le rôle {role}, qui ne peut pas corriger les enregistrements Envoyés.',
  ),
  'refusal.manage-users': t(
    'User "{user}" has the role {role}, which may not manage users.',
    'Gebruiker "{user}" heeft de rol {role}, die geen gebruikers mag beheren.',
    'L’utilisateur « {user} » a le rôle {role}, qui ne peut pas gérer les utilisateurs.',
  ),
  'refusal.manage-settings': t(
    'User "{user}" has the role {role}, which may not change the site settings.',
    'Gebruiker "{user}" heeft de rol {role}, die de site-instellingen niet mag wijzigen.',
    'L’utilisateur « {user} » a le rôle {role}, qui ne peut pas modifier les paramètres du site.',
  ),
  'refusal.manage-tokens': t(
    'User "{user}" has the role {role}, which may not manage API tokens.',
    'Gebruiker "{user}" heeft de rol {role}, die geen API-tokens mag beheren.',
    'L’utilisateur « {user} » a le rôle {role}, qui ne peut pas gérer les jetons d’API.',
  ),
  'refusal.manage-backups': t(
    'User "{user}" has the role {role}, which may not back up the database.',
    'Gebruiker "{user}" heeft de rol {role}, die geen back-up van de database mag maken.',
    'L’utilisateur « {user} » a le rôle {role}, qui ne peut pas sauvegarder la base.',
  ),

  'session.unknownLanguage': t(
    'Unknown language "{lang}": use en, nl or fr.',
    'Onbekende taal "{lang}": gebruik en, nl of fr.',
    'Langue inconnue « {lang} » : utilisez en, nl ou fr.',
  ),
  'session.notInitialised': t(
    'The database {path} has no users yet: run "angio init" as the person who will administer it (it makes them its admin).',
    'De database {path} heeft nog geen gebruikers: voer "angio init" uit als de persoon die haar zal beheren (die wordt er admin van).',
    'La base {path} n’a pas encore d’utilisateurs : lancez « angio init » en tant que personne qui l’administrera (elle en devient l’admin).',
  ),
  'session.initialisedAlready': t(
    '{path} is initialised already (admin: {admins}); nothing was changed. "angio doctor" checks it.',
    '{path} is al geïnitialiseerd (admin: {admins}); er is niets gewijzigd. "angio doctor" controleert ze.',
    '{path} est déjà initialisée (admin : {admins}) ; rien n’a été modifié. « angio doctor » la vérifie.',
  ),
  'session.nobody': t('none', 'geen', 'aucun'),
  'session.unreachable': t(
    '{path} cannot be reached from this account: on a shared installation, run angio through its service account (sudo -u <account> angio …).',
    '{path} is niet bereikbaar vanaf deze account: start angio op een gedeelde installatie via haar dienstaccount (sudo -u <account> angio …).',
    '{path} n’est pas accessible depuis ce compte : sur une installation partagée, lancez angio par son compte de service (sudo -u <compte> angio …).',
  ),
  'session.belongsToAnother': t(
    '{path} belongs to another account (uid {uid}): on a shared installation, run angio through its service account (sudo -u <account> angio …).',
    '{path} is van een andere account (uid {uid}): start angio op een gedeelde installatie via haar dienstaccount (sudo -u <account> angio …).',
    '{path} appartient à un autre compte (uid {uid}) : sur une installation partagée, lancez angio par son compte de service (sudo -u <compte> angio …).',
  ),

  // Through sudo (session/delegation.ts).
  'session.installationFile': t(
    "{file} is one of the installation's own files; angio does not read them for anyone.",
    '{file} is een bestand van de installatie zelf; angio leest die voor niemand.',
    '{file} est un des fichiers de l’installation même ; angio ne les lit pour personne.',
  ),
  'session.cannotRead': t(
    '{person} cannot read {file} themselves, so angio (running as {service}) does not read it for them; give it on standard input instead ("-" as the file name, then "< {file}").',
    '{person} kan {file} zelf niet lezen, dus leest angio (dat als {service} draait) het niet voor hen; geef het via de standaardinvoer ("-" als bestandsnaam, dan "< {file}").',
    '{person} ne peut pas lire {file} soi-même, donc angio (qui tourne en tant que {service}) ne le lit pas à sa place ; donnez-le plutôt sur l’entrée standard ("-" comme nom de fichier, puis "< {file}").',
  ),
  'session.serviceCannotRead': t(
    'angio runs as {service} and cannot read {file}; give it on standard input instead ("-" as the file name, then "< {file}").',
    'angio draait als {service} en kan {file} niet lezen; geef het via de standaardinvoer ("-" als bestandsnaam, dan "< {file}").',
    'angio tourne en tant que {service} et ne peut pas lire {file} ; donnez-le plutôt sur l’entrée standard ("-" comme nom de fichier, puis "< {file}").',
  ),
  'session.wouldNotBeTheirs': t(
    "Through sudo, angio writes as {service}, so {file} would not be {person}'s: {instead}.",
    'Via sudo schrijft angio als {service}, dus {file} zou niet van {person} zijn: {instead}.',
    'Par sudo, angio écrit en tant que {service}, donc {file} n’appartiendrait pas à {person} : {instead}.',
  ),
  'session.writeToOutput': t(
    'write to standard output instead ("-" as the file name, then "> {file}")',
    'schrijf naar de standaarduitvoer ("-" als bestandsnaam, dan "> {file}")',
    'écrivez plutôt sur la sortie standard ("-" comme nom de fichier, puis "> {file}")',
  ),

  // The pseudonymisation secret (session/secret.ts).
  'secret.missing': t(
    'The pseudonymisation secret {file} is missing, and this database holds pseudonyms made with it: {restore}.',
    'Het pseudonimiseringsgeheim {file} ontbreekt, en deze database bevat pseudoniemen die ermee gemaakt zijn: {restore}.',
    'Le secret de pseudonymisation {file} manque, et cette base contient des pseudonymes faits avec lui : {restore}.',
  ),
  'secret.damaged': t(
    'The pseudonymisation secret {file} is damaged (not hexadecimal digits): {restore}.',
    'Het pseudonimiseringsgeheim {file} is beschadigd (geen hexadecimale cijfers): {restore}.',
    'Le secret de pseudonymisation {file} est endommagé (pas des chiffres hexadécimaux) : {restore}.',
  ),
  'secret.another': t(
    "The pseudonymisation secret {file} is not the one this database's pseudonyms were made with (another installation's?): {restore}.",
    'Het pseudonimiseringsgeheim {file} is niet het geheim waarmee de pseudoniemen van deze database gemaakt zijn (dat van een andere installatie?): {restore}.',
    'Le secret de pseudonymisation {file} n’est pas celui avec lequel les pseudonymes de cette base ont été faits (celui d’une autre installation ?) : {restore}.',
  ),
  'secret.restore': t(
    "restore this installation's angio.secret from its backup to {file} (or set ANGIO_SECRET_FILE to where it is); a new secret would give the same patients other pseudonyms, so angio makes none",
    'zet de angio.secret van deze installatie terug uit haar back-up naar {file} (of wijs ANGIO_SECRET_FILE naar waar het staat); een nieuw geheim zou dezelfde patiënten andere pseudoniemen geven, dus maakt angio er geen',
    'restaurez l’angio.secret de cette installation depuis sa sauvegarde vers {file} (ou indiquez son emplacement dans ANGIO_SECRET_FILE) ; un nouveau secret donnerait d’autres pseudonymes aux mêmes patients, donc angio n’en crée pas',
  ),
});
