/**
 * The command line's help (src/cli/): the program's, each command's description (help.COMMAND)
 * and each option's (help.COMMAND.--OPTION, or help.--OPTION when several commands share it), and
 * the words commander itself prints, said in the run's language.
 */
import { defineMessages, t } from './entry.js';

export const CLI_HELP = defineMessages({
  // The program and commander's own words (src/cli/commander-words.ts).
  'help.angio': t(
    'Encode, check, save and send ANGIO registrations (Healthdata HDBP0012: PCI and FFR).',
    'ANGIO-registraties invoeren, controleren, bewaren en verzenden (Healthdata HDBP0012: PCI en FFR).',
    'Encoder, vérifier, sauvegarder et envoyer les enregistrements ANGIO (Healthdata HDBP0012 : PCI et FFR).',
  ),
  'help.version': t('{version} (database schema {schema})', '{version} (databaseschema {schema})', '{version} (schéma de base {schema})'),
  'help.--version': t('output the version number', 'het versienummer tonen', 'afficher le numéro de version'),
  'help.--help': t('display help for command', 'hulp bij de opdracht tonen', 'afficher l’aide de la commande'),
  'help.--db': t(
    'database file (default: $ANGIO_DB, else angio.db in your data directory)',
    'databasebestand (standaard: $ANGIO_DB, anders angio.db in uw gegevensmap)',
    'fichier de la base (par défaut : $ANGIO_DB, sinon angio.db dans votre dossier de données)',
  ),
  'help.--lang': t(
    'labels and messages in en, nl or fr (default: $ANGIO_LANG, else your language setting, else en)',
    'labels en berichten in en, nl of fr (standaard: $ANGIO_LANG, anders uw taalinstelling, anders en)',
    'libellés et messages en en, nl ou fr (par défaut : $ANGIO_LANG, sinon votre paramètre de langue, sinon en)',
  ),
  'help.afterError': t(
    '(run "angio --help" for the commands)',
    '("angio --help" toont de opdrachten)',
    '(« angio --help » affiche les commandes)',
  ),
  'help.title.usage': t('Usage:', 'Gebruik:', 'Utilisation :'),
  'help.title.options': t('Options:', 'Opties:', 'Options :'),
  'help.title.commands': t('Commands:', 'Opdrachten:', 'Commandes :'),
  'help.title.arguments': t('Arguments:', 'Argumenten:', 'Arguments :'),
  'help.usage.options': t('[options]', '[opties]', '[options]'),
  'help.usage.command': t('[command]', '[opdracht]', '[commande]'),
  'help.default': t('default: {value}', 'standaard: {value}', 'par défaut : {value}'),
  'help.error.unknownOption': t(
    "error: unknown option '{option}'",
    "fout: onbekende optie '{option}'",
    'erreur : option inconnue « {option} »',
  ),
  'help.error.unknownCommand': t(
    "error: unknown command '{command}'",
    "fout: onbekende opdracht '{command}'",
    'erreur : commande inconnue « {command} »',
  ),
  // The placeholders of the help's usage lines and options (<file>, <name>…), said in the language.
  'help.arg.file': t('file', 'bestand', 'fichier'),
  'help.arg.name': t('name', 'naam', 'nom'),
  'help.arg.text': t('text', 'tekst', 'texte'),
  'help.arg.date': t('date', 'datum', 'date'),
  'help.arg.role': t('role', 'rol', 'rôle'),
  'help.arg.path': t('path', 'pad', 'chemin'),
  'help.arg.list': t('list', 'lijst', 'liste'),
  'help.arg.key': t('key', 'sleutel', 'clé'),
  'help.arg.value': t('value', 'waarde', 'valeur'),
  'help.arg.host': t('host', 'host', 'hôte'),
  'help.arg.format': t('format', 'formaat', 'format'),
  'help.arg.seconds': t('seconds', 'seconden', 'secondes'),
  'help.arg.number': t('number', 'nummer', 'numéro'),
  'help.arg.lang': t('lang', 'taal', 'langue'),
  'help.arg.bytes': t('bytes', 'bytes', 'octets'),
  'help.arg.bucket': t('bucket', 'periode', 'période'),
  'help.arg.status': t('status', 'status', 'statut'),
  'help.error.missingArgument': t(
    "error: missing required argument '{argument}'",
    "fout: het verplichte argument '{argument}' ontbreekt",
    'erreur : l’argument obligatoire « {argument} » manque',
  ),
  'help.error.missingValue': t(
    "error: option '{option}' argument missing",
    "fout: de optie '{option}' mist haar waarde",
    'erreur : l’option « {option} » attend une valeur',
  ),
  'help.error.missingOption': t(
    "error: required option '{option}' not specified",
    "fout: de verplichte optie '{option}' ontbreekt",
    'erreur : l’option obligatoire « {option} » manque',
  ),
  'help.error.tooManyArguments': t(
    'error: too many arguments{for}. Expected {expected} but got {got}.',
    'fout: te veel argumenten{for}. Verwacht: {expected}, gekregen: {got}.',
    'erreur : trop d’arguments{for}. Attendus : {expected}, reçus : {got}.',
  ),
  'help.error.for': t(" for '{command}'", " voor '{command}'", ' pour « {command} »'),
  'help.error.didYouMean': t('(Did you mean {names}?)', '(Bedoelt u {names}?)', '(Vouliez-vous dire {names} ?)'),
  'help.error.didYouMeanOneOf': t(
    '(Did you mean one of {names}?)',
    '(Bedoelt u een van {names}?)',
    '(Vouliez-vous dire l’un de {names} ?)',
  ),

  // Options several commands share.
  'help.--json': t('print JSON', 'JSON afdrukken', 'afficher en JSON'),
  'help.--type': t('H, P, F, FP or FU', 'H, P, F, FP of FU', 'H, P, F, FP ou FU'),
  'help.--status': t('one of {filters}', 'een van {filters}', 'l’un de {filters}'),
  'help.--port': t('port', 'poort', 'port'),
  'help.--host': t('address to listen on', 'adres om op te luisteren', 'adresse d’écoute'),

  'help.init': t(
    'set up a new installation: the database, its pseudonymisation secret, and you as its admin',
    'een nieuwe installatie opzetten: de database, haar pseudonimiseringsgeheim, en u als beheerder',
    'mettre en place une nouvelle installation : la base, son secret de pseudonymisation, et vous comme administrateur',
  ),
  'help.list': t(
    'list registrations (Open and Sent by default), newest first',
    'registraties oplijsten (standaard Open en Verzonden), nieuwste eerst',
    'lister les enregistrements (par défaut Ouverts et Envoyés), les plus récents d’abord',
  ),
  'help.list.--search': t(
    'prefix of a registration code, a NISS or pseudocode, or a local id',
    'begin van een registratiecode, een INSZ of pseudocode, of een lokale id',
    'début d’un code d’enregistrement, d’un NISS ou pseudocode, ou un id local',
  ),
  'help.list.--limit': t('at most this many rows (1-1000)', 'hoogstens zoveel rijen (1-1000)', 'au plus ce nombre de lignes (1-1000)'),
  'help.list.--before': t(
    'rows older than this local id (paging)',
    'rijen ouder dan deze lokale id (per pagina)',
    'lignes plus anciennes que cet id local (pagination)',
  ),
  'help.show': t(
    'show a registration, its history, and what is missing before it can be sent',
    'een registratie tonen, haar geschiedenis, en wat nog ontbreekt om ze te verzenden',
    'afficher un enregistrement, son historique, et ce qui manque avant de pouvoir l’envoyer',
  ),
  'help.validate': t(
    'check a registration completely; exit 1 when it cannot be sent yet',
    'een registratie volledig controleren; exitcode 1 als ze nog niet verzonden kan worden',
    'vérifier complètement un enregistrement ; code de sortie 1 s’il ne peut pas encore être envoyé',
  ),
  'help.types': t(
    'list the registration types, their form versions and fields',
    'de registratietypes oplijsten, met hun formulierversies en velden',
    'lister les types d’enregistrement, leurs versions de formulaire et leurs champs',
  ),
  'help.types.--json': t(
    'the whole catalogue as JSON (ids, types, required flags, code values, steps, conditions)',
    'de hele catalogus als JSON (id’s, types, verplichte velden, codes, stappen, voorwaarden)',
    'tout le catalogue en JSON (ids, types, champs obligatoires, codes, étapes, conditions)',
  ),
  'help.types.--csv-header': t(
    'print the CSV header line of a type (H, P, F, FP or FU)',
    'de CSV-kopregel van een type afdrukken (H, P, F, FP of FU)',
    'afficher la ligne d’en-tête CSV d’un type (H, P, F, FP ou FU)',
  ),
  'help.rules': t(
    'every rule of the forms: what it checks, its fields, severity (error blocks, warning informs), source and reason',
    'elke regel van de formulieren: wat ze controleert, haar velden, ernst (fout blokkeert, waarschuwing informeert), bron en reden',
    'chaque règle des formulaires : ce qu’elle vérifie, ses champs, sa gravité (erreur bloque, avertissement informe), sa source et sa raison',
  ),
  'help.rules.--type': t(
    'one registration type: H, P, F, FP or FU (default: all)',
    'één registratietype: H, P, F, FP of FU (standaard: alle)',
    'un seul type d’enregistrement : H, P, F, FP ou FU (par défaut : tous)',
  ),
  'help.demo': t(
    'fill the database with realistic demo registrations of all five types',
    'de database vullen met realistische demoregistraties van alle vijf types',
    'remplir la base d’enregistrements de démonstration réalistes des cinq types',
  ),
  'help.demo.--records': t('how many registrations to create', 'hoeveel registraties aanmaken', 'combien d’enregistrements créer'),
  'help.demo.--seed': t(
    'seed: the same seed gives the same data',
    'seed: dezelfde seed geeft dezelfde gegevens',
    'graine : la même graine donne les mêmes données',
  ),
  'help.send': t(
    'send Open registrations (complete validation, registration code, outbox); exit 1 if one could not be sent',
    'Open registraties verzenden (volledige controle, registratiecode, outbox); exitcode 1 als er een niet verzonden kon worden',
    'envoyer des enregistrements Ouverts (validation complète, code d’enregistrement, boîte d’envoi) ; code de sortie 1 si l’un n’a pas pu être envoyé',
  ),
  'help.send.--all-complete': t(
    'send every Open registration that passes complete validation',
    'elke Open registratie verzenden die de volledige controle doorstaat',
    'envoyer chaque enregistrement Ouvert qui passe la validation complète',
  ),
  'help.transmit': t(
    'deliver what is due in the outbox (one pass; --watch keeps going); exit 1 when an item failed',
    'afleveren wat in de outbox klaarstaat (één ronde; --watch gaat door); exitcode 1 als een item mislukt is',
    'livrer ce qui est dû dans la boîte d’envoi (un passage ; --watch continue) ; code de sortie 1 si un élément a échoué',
  ),
  'help.transmit.--watch': t(
    'keep delivering as items fall due, until interrupted',
    'blijven afleveren zodra items klaarstaan, tot onderbroken',
    'continuer à livrer à mesure que les éléments sont dus, jusqu’à interruption',
  ),
  'help.transmit.--retry-now': t(
    'every pending item is due now, once (after an outage); then the usual backoff resumes',
    'elk wachtend item nu één keer aan de beurt (na een storing); daarna het gewone uitstel',
    'chaque élément en attente est dû maintenant, une fois (après une panne) ; ensuite le délai habituel reprend',
  ),
  'help.transmit.--healthdata-url': t(
    'Healthdata endpoint (else $ANGIO_HEALTHDATA_URL, else the settings)',
    'Healthdata-eindpunt (anders $ANGIO_HEALTHDATA_URL, anders de instellingen)',
    'point d’accès Healthdata (sinon $ANGIO_HEALTHDATA_URL, sinon les paramètres)',
  ),
  'help.transmit.--cin-url': t(
    'insurers (CIN/NIC) endpoint (else $ANGIO_CIN_URL, else the settings)',
    'eindpunt van de ziekenfondsen (NIC/CIN) (anders $ANGIO_CIN_URL, anders de instellingen)',
    'point d’accès des mutualités (CIN/NIC) (sinon $ANGIO_CIN_URL, sinon les paramètres)',
  ),
  'help.transmit.--timeout': t('per request', 'per verzoek', 'par requête'),
  'help.transmit.--log': t(
    'text, or json: one JSON object per line (for a service)',
    'text, of json: één JSON-object per regel (voor een dienst)',
    'text, ou json : un objet JSON par ligne (pour un service)',
  ),
  'help.transmit.--json': t(
    'print the totals as JSON at the end',
    'de totalen op het einde als JSON afdrukken',
    'afficher les totaux en JSON à la fin',
  ),
  'help.receiver': t(
    'run the reference receiver (POST /healthdata, POST /cin, GET /received) for testing a set-up',
    'de referentieontvanger draaien (POST /healthdata, POST /cin, GET /received) om een opstelling te testen',
    'lancer le récepteur de référence (POST /healthdata, POST /cin, GET /received) pour tester une installation',
  ),
  'help.receiver.--db': t(
    'SQLite file for what is received (default: in memory)',
    'SQLite-bestand voor wat ontvangen wordt (standaard: in het geheugen)',
    'fichier SQLite pour ce qui est reçu (par défaut : en mémoire)',
  ),
  'help.receiver.--fail-rate': t(
    'share of requests answered 503 (0-1)',
    'aandeel verzoeken beantwoord met 503 (0-1)',
    'part des requêtes répondues par 503 (0-1)',
  ),
  'help.receiver.--timeout-rate': t(
    'share of requests stored but never answered (0-1)',
    'aandeel verzoeken bewaard maar nooit beantwoord (0-1)',
    'part des requêtes stockées mais jamais répondues (0-1)',
  ),
  'help.receiver.--down-for': t(
    'drop every connection for this long after start',
    'elke verbinding weigeren gedurende zolang na de start',
    'couper chaque connexion pendant cette durée après le démarrage',
  ),
  'help.retry': t(
    'queue the failed deliveries of these registrations again, due now (after fixing the cause); "angio transmit" sends them',
    'de mislukte leveringen van deze registraties opnieuw klaarzetten, nu aan de beurt (na het oplossen van de oorzaak); "angio transmit" verzendt ze',
    'remettre en file les livraisons échouées de ces enregistrements, dues maintenant (après avoir corrigé la cause) ; « angio transmit » les envoie',
  ),
  'help.outbox': t(
    'delivery items: list, show, retry the failed ones',
    'leveringsitems: oplijsten, tonen, de mislukte opnieuw proberen',
    'éléments de livraison : lister, afficher, relancer ceux en échec',
  ),
  'help.outbox.list': t(
    'delivery items, newest first (all, or only the failed, pending or delivered ones)',
    'leveringsitems, nieuwste eerst (alle, of enkel de mislukte, wachtende of afgeleverde)',
    'éléments de livraison, les plus récents d’abord (tous, ou seulement ceux en échec, en attente ou livrés)',
  ),
  'help.outbox.list.--failed': t(
    'only the items that failed and need attention',
    'enkel de items die mislukt zijn en aandacht vragen',
    'seulement les éléments en échec qui demandent votre attention',
  ),
  'help.outbox.list.--pending': t(
    'only the items still to deliver',
    'enkel de items die nog afgeleverd moeten worden',
    'seulement les éléments encore à livrer',
  ),
  'help.outbox.list.--delivered': t('only the delivered items', 'enkel de afgeleverde items', 'seulement les éléments livrés'),
  'help.outbox.list.--limit': t('at most this many (1-1000)', 'hoogstens zoveel (1-1000)', 'au plus ce nombre (1-1000)'),
  'help.outbox.list.--before': t(
    'items older than this item id (paging)',
    'items ouder dan deze item-id (per pagina)',
    'éléments plus anciens que cet id d’élément (pagination)',
  ),
  'help.outbox.list.--json': t('print JSON (without payloads)', 'JSON afdrukken (zonder inhoud)', 'afficher en JSON (sans contenu)'),
  'help.outbox.show': t(
    'one delivery item: its registration, destination, tries, last error and payload (national numbers masked)',
    'één leveringsitem: zijn registratie, bestemming, pogingen, laatste fout en inhoud (rijksregisternummers gemaskeerd)',
    'un élément de livraison : son enregistrement, sa destination, ses essais, sa dernière erreur et son contenu (numéros nationaux masqués)',
  ),
  'help.outbox.retry': t(
    'queue failed items again, due now (after the cause was fixed); "angio transmit" then delivers them',
    'mislukte items opnieuw klaarzetten, nu aan de beurt (nadat de oorzaak opgelost is); "angio transmit" levert ze dan af',
    'remettre en file les éléments en échec, dus maintenant (une fois la cause corrigée) ; « angio transmit » les livre ensuite',
  ),
  'help.outbox.retry.--failed': t('every failed item', 'elk mislukt item', 'chaque élément en échec'),
  'help.consent': t(
    "record the patient's consent to optional registrations (LOC_CONSENT); --send then sends them",
    'de toestemming van de patiënt voor facultatieve registraties vastleggen (LOC_CONSENT); --send verzendt ze daarna',
    'enregistrer le consentement du patient aux enregistrements facultatifs (LOC_CONSENT) ; --send les envoie ensuite',
  ),
  'help.consent.--send': t(
    'send each registration once its consent is recorded',
    'elke registratie verzenden zodra haar toestemming vastgelegd is',
    'envoyer chaque enregistrement dès que son consentement est enregistré',
  ),
  'help.follow-up': t(
    'start the follow-up (FU) of a P or FP hospitalisation, linked to it, with its patient answers',
    'de follow-up (FU) van een P- of FP-opname starten, eraan gekoppeld, met haar patiëntgegevens',
    'commencer le suivi (FU) d’une hospitalisation P ou FP, lié à elle, avec ses réponses patient',
  ),
  'help.import': t(
    'import an HD4DP CSV file (";", header = field ids, dd/mm/yyyy, codes, "|"); rows without STATUS=draft are sent; "-" reads standard input and writes the results to standard output',
    'een HD4DP-CSV-bestand importeren (";", kopregel = veld-id’s, dd/mm/jjjj, codes, "|"); rijen zonder STATUS=draft worden verzonden; "-" leest de standaardinvoer en schrijft de resultaten naar de standaarduitvoer',
    'importer un fichier CSV HD4DP (";", en-tête = ids des champs, jj/mm/aaaa, codes, "|") ; les lignes sans STATUS=draft sont envoyées ; "-" lit l’entrée standard et écrit les résultats sur la sortie standard',
  ),
  'help.import.--dry-run': t(
    'validate and report, write nothing',
    'controleren en rapporteren, niets schrijven',
    'valider et rapporter, ne rien écrire',
  ),
  'help.import.--valid-only': t(
    'write the valid rows, report the others (the default)',
    'de geldige rijen schrijven, de andere rapporteren (standaard)',
    'écrire les lignes valides, rapporter les autres (par défaut)',
  ),
  'help.import.--all-or-nothing': t(
    'write only if every row is valid',
    'enkel schrijven als elke rij geldig is',
    'n’écrire que si chaque ligne est valide',
  ),
  'help.import.--resubmit': t(
    'rows matching a Sent registration are resubmitted as corrections (else reported)',
    'rijen die bij een Verzonden registratie horen, worden opnieuw ingediend als correctie (anders gerapporteerd)',
    'les lignes correspondant à un enregistrement Envoyé sont renvoyées comme corrections (sinon rapportées)',
  ),
  'help.import.--force': t(
    'replace the results file of an earlier import (FILE.results.csv)',
    'het resultatenbestand van een eerdere import vervangen (BESTAND.results.csv)',
    'remplacer le fichier de résultats d’une importation précédente (FICHIER.results.csv)',
  ),
  'help.import.--json': t('print the report as JSON', 'het verslag als JSON afdrukken', 'afficher le rapport en JSON'),
  'help.export': t(
    'write the registrations of one type as a CSV in HD4DP\'s format (";", dd/mm/yyyy, codes, "|"); "-" writes to standard output',
    'de registraties van één type als CSV in het formaat van HD4DP schrijven (";", dd/mm/jjjj, codes, "|"); "-" schrijft naar de standaarduitvoer',
    'écrire les enregistrements d’un type en CSV au format de HD4DP (";", jj/mm/aaaa, codes, "|") ; "-" écrit sur la sortie standard',
  ),
  'help.export.--coded': t(
    'Sent registrations only, patient identity replaced by its pseudonym (for BWGIC, BIWAC, INAMI)',
    'enkel Verzonden registraties, identiteit van de patiënt vervangen door zijn pseudoniem (voor BWGIC, BIWAC, RIZIV)',
    'seulement les enregistrements Envoyés, identité du patient remplacée par son pseudonyme (pour BWGIC, BIWAC, INAMI)',
  ),
  'help.export.--local': t(
    'also the local columns (LOC_*), which HD4DP does not know',
    'ook de lokale kolommen (LOC_*), die HD4DP niet kent',
    'aussi les colonnes locales (LOC_*), que HD4DP ne connaît pas',
  ),
  'help.export.--force': t('replace FILE if it exists', 'BESTAND vervangen als het bestaat', 'remplacer FICHIER s’il existe'),
  'help.settings': t(
    'show or change the settings (hospital, endpoints, author defaults, language)',
    'de instellingen tonen of wijzigen (ziekenhuis, eindpunten, standaardauteur, taal)',
    'afficher ou modifier les paramètres (hôpital, points d’accès, auteur par défaut, langue)',
  ),
  'help.settings.list': t(
    "every setting with its value: yours (your settings file) and the site's (the database)",
    'elke instelling met haar waarde: de uwe (uw instellingenbestand) en die van de site (de database)',
    'chaque paramètre avec sa valeur : les vôtres (votre fichier de paramètres) et ceux du site (la base)',
  ),
  'help.settings.get': t('print one setting', 'één instelling afdrukken', 'afficher un paramètre'),
  'help.settings.history': t(
    "the latest changes to the site's settings: who, when, old and new value",
    'de laatste wijzigingen aan de site-instellingen: wie, wanneer, oude en nieuwe waarde',
    'les dernières modifications des paramètres du site : qui, quand, ancienne et nouvelle valeur',
  ),
  'help.settings.set': t(
    'change one setting ("" clears it); hospital.*, author.group and endpoints.* need the admin role',
    'één instelling wijzigen ("" maakt ze leeg); hospital.*, author.group en endpoints.* vragen de rol admin',
    'modifier un paramètre ("" le vide) ; hospital.*, author.group et endpoints.* demandent le rôle admin',
  ),
  'help.users': t(
    'users and their roles: admin, physician, staff, support',
    'gebruikers en hun rollen: admin, physician, staff, support',
    'utilisateurs et leurs rôles : admin, physician, staff, support',
  ),
  'help.users.list': t('every user with role', 'elke gebruiker met zijn rol', 'chaque utilisateur avec son rôle'),
  'help.users.add': t('add a user (admin only)', 'een gebruiker toevoegen (enkel admin)', 'ajouter un utilisateur (admin seulement)'),
  'help.users.add.--riziv': t('RIZIV/INAMI number of a physician', 'RIZIV-nummer van een arts', 'numéro INAMI d’un médecin'),
  'help.users.set-role': t('change a role (admin only)', 'een rol wijzigen (enkel admin)', 'changer un rôle (admin seulement)'),
  'help.users.remove': t(
    'remove a user (admin only); their registrations stay',
    'een gebruiker verwijderen (enkel admin); zijn registraties blijven',
    'retirer un utilisateur (admin seulement) ; ses enregistrements restent',
  ),
  'help.token': t(
    'bearer tokens of the S2S API (admin only)',
    'bearer-tokens van de S2S-API (enkel admin)',
    'jetons (bearer) de l’API S2S (admin seulement)',
  ),
  'help.token.create': t(
    'create a token for a user; it is shown once',
    'een token aanmaken voor een gebruiker; het wordt één keer getoond',
    'créer un jeton pour un utilisateur ; il n’est affiché qu’une fois',
  ),
  'help.token.create.--user': t(
    'the user the token acts as',
    'de gebruiker namens wie het token handelt',
    'l’utilisateur au nom duquel le jeton agit',
  ),
  'help.token.create.--label': t('what the token is for', 'waarvoor het token dient', 'à quoi sert le jeton'),
  'help.token.list': t('tokens (never their secret)', 'tokens (nooit hun geheim)', 'jetons (jamais leur secret)'),
  'help.token.revoke': t('revoke a token', 'een token intrekken', 'révoquer un jeton'),
  'help.serve': t(
    'run the system-to-system HTTP API (bearer tokens: "angio token create")',
    'de systeem-tot-systeem-HTTP-API draaien (bearer-tokens: "angio token create")',
    'lancer l’API HTTP de système à système (jetons bearer : « angio token create »)',
  ),
  'help.serve.--allow-remote': t(
    'allow an address other than loopback (then put TLS in front of it)',
    'een ander adres dan loopback toelaten (zet er dan TLS voor)',
    'autoriser une autre adresse que loopback (placez alors TLS devant)',
  ),
  'help.serve.--body-limit': t('largest request body', 'grootste inhoud van een verzoek', 'plus grand corps de requête'),
  'help.serve.--log': t(
    'text (start and stop only), or json: one JSON object per request and event (for a service)',
    'text (enkel start en stop), of json: één JSON-object per verzoek en gebeurtenis (voor een dienst)',
    'text (démarrage et arrêt seulement), ou json : un objet JSON par requête et événement (pour un service)',
  ),
  'help.reflist': t(
    'reference lists: hpin (physicians), bms, des, bvs, deb (INAMI nominative lists), postal',
    'referentielijsten: hpin (artsen), bms, des, bvs, deb (nominatieve lijsten van het RIZIV), postal',
    'listes de référence : hpin (médecins), bms, des, bvs, deb (listes nominatives de l’INAMI), postal',
  ),
  'help.reflist.import': t(
    'load a list from a ";" CSV file (see the README for the columns); "-" reads standard input',
    'een lijst laden uit een ";"-CSV-bestand (de kolommen staan in de README); "-" leest de standaardinvoer',
    'charger une liste depuis un fichier CSV ";" (les colonnes sont dans le README) ; "-" lit l’entrée standard',
  ),
  'help.reflist.import.--merge': t(
    'add to and update the list (default: replace it)',
    'aan de lijst toevoegen en haar bijwerken (standaard: vervangen)',
    'ajouter à la liste et la mettre à jour (par défaut : la remplacer)',
  ),
  'help.reflist.list': t(
    'the lists with their source and load date',
    'de lijsten met hun bron en laaddatum',
    'les listes avec leur source et leur date de chargement',
  ),
  'help.reflist.show': t('the entries of a list', 'de items van een lijst', 'les entrées d’une liste'),
  'help.reflist.show.--search': t(
    'code prefix, or part of a name',
    'begin van een code, of deel van een naam',
    'début d’un code, ou partie d’un nom',
  ),
  'help.doctor': t(
    'check file permissions, database integrity, the outbox and the configuration; exit 1 when something must be fixed',
    'bestandsrechten, integriteit van de database, de outbox en de configuratie controleren; exitcode 1 als iets hersteld moet worden',
    'vérifier les droits des fichiers, l’intégrité de la base, la boîte d’envoi et la configuration ; code de sortie 1 si quelque chose doit être corrigé',
  ),
  'help.doctor.--full': t(
    'check every registration against its audit log (slow on large databases)',
    'elke registratie tegen haar auditlog controleren (traag bij grote databases)',
    'vérifier chaque enregistrement par rapport à son journal d’audit (lent sur les grandes bases)',
  ),
});
