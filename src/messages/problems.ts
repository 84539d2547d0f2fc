/**
 * Problems the core reports as data (a reason, a path, a rule) and the doors say in the user's
 * language (src/session/problems.ts): the database file, a file to write, a setting's value.
 * Ids by prefix: db.*, output.*, csv.*, list.*, setting.*.
 */
import { defineMessages, t } from './entry.js';

export const PROBLEM_MESSAGES = defineMessages({
  // The database file (store/database.ts DatabaseError); {db} is its path, or db.named / db.unnamed.
  'db.named': t('The database {path}', 'De database {path}', 'La base {path}'),
  'db.unnamed': t('The database', 'De database', 'La base'),
  'db.missing': t(
    'No database at {path}: run "angio init" to create it (it makes you its admin).',
    'Geen database op {path}: voer "angio init" uit om ze aan te maken (u wordt er de beheerder van).',
    'Aucune base à {path} : lancez « angio init » pour la créer (vous en devenez l’administrateur).',
  ),
  'db.noFolder': t(
    'Cannot create the database {path}: the folder {folder} does not exist.',
    'Kan de database {path} niet aanmaken: de map {folder} bestaat niet.',
    'Impossible de créer la base {path} : le dossier {folder} n’existe pas.',
  ),
  'db.newer': t(
    '{db} was written by a newer angio (database schema {found}; this angio knows up to {latest}): use that version of angio or a newer one. Nothing was changed.',
    '{db} is geschreven door een nieuwere angio (databaseschema {found}; deze angio kent tot {latest}): gebruik die versie van angio of een nieuwere. Er is niets gewijzigd.',
    '{db} a été écrite par un angio plus récent (schéma de base {found} ; cet angio connaît jusqu’au {latest}) : utilisez cette version d’angio ou une plus récente. Rien n’a été modifié.',
  ),
  'db.corrupt': t(
    '{db} is not a readable angio database (damaged, or another kind of file).',
    '{db} is geen leesbare angio-database (beschadigd, of een ander soort bestand).',
    '{db} n’est pas une base angio lisible (endommagée, ou un autre type de fichier).',
  ),
  'db.locked': t(
    '{db} is locked by another program; try again in a moment.',
    '{db} is vergrendeld door een ander programma; probeer het zo dadelijk opnieuw.',
    '{db} est verrouillée par un autre programme ; réessayez dans un instant.',
  ),
  'db.diskFull': t(
    '{db} cannot grow: the disk is full.',
    '{db} kan niet groeien: de schijf is vol.',
    '{db} ne peut pas grandir : le disque est plein.',
  ),
  'db.permissions': t(
    '{db} cannot be written (permissions?).',
    '{db} kan niet geschreven worden (rechten?).',
    '{db} ne peut pas être écrite (droits d’accès ?).',
  ),

  // A file angio writes for a person (exchange/output-file.ts OutputFileProblem), by its kind.
  'output.exists': t('{path} already exists.', '{path} bestaat al.', '{path} existe déjà.'),
  'output.link': t(
    '{path} is a symbolic link: angio does not write through links; choose another name.',
    '{path} is een symbolische koppeling: angio schrijft niet via koppelingen; kies een andere naam.',
    '{path} est un lien symbolique : angio n’écrit pas à travers les liens ; choisissez un autre nom.',
  ),
  'output.notAFile': t(
    '{path} exists and is not a regular file.',
    '{path} bestaat en is geen gewoon bestand.',
    '{path} existe et n’est pas un fichier ordinaire.',
  ),
  'output.noFolder': t('the folder {folder} does not exist.', 'de map {folder} bestaat niet.', 'le dossier {folder} n’existe pas.'),
  'output.permissionDenied': t(
    'cannot write in the folder {folder} (permission denied).',
    'kan niet schrijven in de map {folder} (geen toestemming).',
    'impossible d’écrire dans le dossier {folder} (permission refusée).',
  ),
  'output.readOnly': t(
    'cannot write in the folder {folder} (read-only file system).',
    'kan niet schrijven in de map {folder} (alleen-lezen bestandssysteem).',
    'impossible d’écrire dans le dossier {folder} (système de fichiers en lecture seule).',
  ),

  // A CSV file's header (exchange/csv-header.ts FileProblem) and a row that is not CSV (csv-rows.ts CsvSyntaxError).
  'csv.empty': t(
    'The file is empty: the first line must be the header of technical field ids.',
    'Het bestand is leeg: de eerste regel moet de kop met de technische veld-id’s zijn.',
    'Le fichier est vide : la première ligne doit être l’en-tête des identifiants techniques des champs.',
  ),
  'csv.commas': t(
    'The file is separated by commas; HD4DP files are separated by semicolons (;). Save it again with ";" as the separator.',
    'Het bestand is gescheiden door komma’s; HD4DP-bestanden zijn gescheiden door puntkomma’s (;). Sla het opnieuw op met ";" als scheidingsteken.',
    'Le fichier est séparé par des virgules ; les fichiers HD4DP sont séparés par des points-virgules (;). Enregistrez-le à nouveau avec « ; » comme séparateur.',
  ),
  'csv.twice': t(
    'Column {id} appears twice (columns {first} and {second}).',
    'Kolom {id} komt twee keer voor (kolommen {first} en {second}).',
    'La colonne {id} apparaît deux fois (colonnes {first} et {second}).',
  ),
  'csv.otherType': t(
    'Column {id} (column {column}) is not a field of type {type}: the columns are those of type {matching} (use --type {use}).',
    'Kolom {id} (kolom {column}) is geen veld van type {type}: de kolommen zijn die van type {matching} (gebruik --type {use}).',
    'La colonne {id} (colonne {column}) n’est pas un champ du type {type} : les colonnes sont celles du type {matching} (utilisez --type {use}).',
  ),
  'csv.or': t(' or ', ' of ', ' ou '),
  'csv.elsewhere': t(
    'Column {id} (column {column}) belongs to type {types}, not to {type}.',
    'Kolom {id} (kolom {column}) hoort bij type {types}, niet bij {type}.',
    'La colonne {id} (colonne {column}) appartient au type {types}, pas au {type}.',
  ),
  'csv.unknown': t(
    'Unknown column "{id}" (column {column}){guess} See "angio types --csv-header {type}".',
    'Onbekende kolom "{id}" (kolom {column}){guess} Zie "angio types --csv-header {type}".',
    'Colonne inconnue « {id} » (colonne {column}){guess} Voir « angio types --csv-header {type} ».',
  ),
  'csv.didYouMean': t(': did you mean {guess}?', ': bedoelde u {guess}?', ' : vouliez-vous dire {guess} ?'),
  // A reference list file (exchange/reflist-file.ts ListFileProblem); column names stay as in the file.
  'list.header': t(
    'The header must be "{expected}" for the {list} list; it is "{found}".',
    'De kopregel moet "{expected}" zijn voor de lijst {list}; hij is "{found}".',
    'L’en-tête doit être « {expected} » pour la liste {list} ; il est « {found} ».',
  ),
  'list.notCsv': t(
    'Line {line} is not valid CSV (a quote never closed, or text after a closing quote); nothing was loaded.',
    'Regel {line} is geen geldige CSV (een aanhalingsteken dat nooit sluit, of tekst na een sluitend aanhalingsteken); er werd niets geladen.',
    'La ligne {line} n’est pas du CSV valide (un guillemet jamais fermé, ou du texte après un guillemet fermant) ; rien n’a été chargé.',
  ),
  'list.problems': t(
    '{n} problem(s), nothing was loaded:',
    '{n} probleem/problemen, er werd niets geladen:',
    '{n} problème(s), rien n’a été chargé :',
  ),
  'list.more': t('… and {n} more', '… en nog {n}', '… et {n} de plus'),
  'list.noEntries': t(
    'The file has a header but no entries; nothing was loaded.',
    'Het bestand heeft een kopregel maar geen items; er werd niets geladen.',
    'Le fichier a un en-tête mais aucune entrée ; rien n’a été chargé.',
  ),
  'list.line': t('line {line}: {reason}', 'regel {line}: {reason}', 'ligne {line} : {reason}'),
  'list.cells': t('{found} cells, {expected} expected', '{found} cellen, {expected} verwacht', '{found} cellules, {expected} attendues'),
  'list.riziv': t(
    '{column} "{value}" is not a RIZIV/INAMI number (11 digits with check digits)',
    '{column} "{value}" is geen RIZIV-nummer (11 cijfers met controlecijfers)',
    '{column} « {value} » n’est pas un numéro INAMI (11 chiffres avec chiffres de contrôle)',
  ),
  'list.postal': t(
    '{column} "{value}" is not 4 digits (or 999, 9999)',
    '{column} "{value}" is geen 4 cijfers (of 999, 9999)',
    '{column} « {value} » n’est pas 4 chiffres (ou 999, 9999)',
  ),
  'list.date': t(
    '{column} "{value}" is not a date dd/mm/yyyy',
    '{column} "{value}" is geen datum dd/mm/jjjj',
    '{column} « {value} » n’est pas une date jj/mm/aaaa',
  ),
  'list.empty': t('{column} is empty', '{column} is leeg', '{column} est vide'),
  'list.code': t('code is empty or too long', 'code is leeg of te lang', 'le code est vide ou trop long'),
  'list.order': t('valid_to is before valid_from', 'valid_to ligt vóór valid_from', 'valid_to précède valid_from'),
  'list.twice': t('{code} appears twice', '{code} komt twee keer voor', '{code} apparaît deux fois'),
  'csv.line': t('Line {line}: {reason}', 'Regel {line}: {reason}', 'Ligne {line} : {reason}'),
  'csv.tooLong': t(
    'this row is longer than 1 MB ({limit} characters), the most a row may hold (a registration takes a few kilobytes)',
    'deze rij is langer dan 1 MB ({limit} tekens), het meeste dat een rij mag bevatten (een registratie neemt enkele kilobytes in)',
    'cette ligne dépasse 1 Mo ({limit} caractères), le maximum pour une ligne (un enregistrement prend quelques kilo-octets)',
  ),
  'csv.quoteInside': t(
    'a quote inside a cell that does not start with one; quote the whole cell and double the quotes inside ("a ""b"" c")',
    'een aanhalingsteken in een cel die er niet mee begint; zet de hele cel tussen aanhalingstekens en verdubbel die erbinnen ("a ""b"" c")',
    'un guillemet dans une cellule qui ne commence pas par un guillemet ; entourez toute la cellule de guillemets et doublez ceux de l’intérieur ("a ""b"" c")',
  ),
  'csv.afterQuote': t(
    'a quoted cell goes on after its closing quote; quote the whole cell and double the quotes inside ("a ""b"" c")',
    'een cel tussen aanhalingstekens gaat verder na het sluitende aanhalingsteken; zet de hele cel tussen aanhalingstekens en verdubbel die erbinnen ("a ""b"" c")',
    'une cellule entre guillemets continue après son guillemet fermant ; entourez toute la cellule de guillemets et doublez ceux de l’intérieur ("a ""b"" c")',
  ),
  'csv.notCsv': t(
    'this row is not valid CSV (the reader says: {detail})',
    'deze rij is geen geldige CSV (de lezer meldt: {detail})',
    'cette ligne n’est pas du CSV valide (le lecteur indique : {detail})',
  ),
  'csv.unclosedQuote': t(
    'a quote opened in this row is never closed',
    'een aanhalingsteken dat in deze rij geopend wordt, wordt nooit gesloten',
    'un guillemet ouvert dans cette ligne n’est jamais fermé',
  ),

  // A setting's meaning (config/settings-schema.ts `help`, the definition in English), by key.
  'setting.help.language': t(
    'labels and messages: en, nl or fr',
    'labels en berichten: en, nl of fr',
    'libellés et messages : en, nl ou fr',
  ),
  'setting.help.hospital.name': t(
    'hospital name, in billing messages',
    'naam van het ziekenhuis, in de facturatieberichten',
    'nom de l’hôpital, dans les messages de facturation',
  ),
  'setting.help.hospital.inami': t(
    'INAMI/RIZIV institution number (8 digits), in billing messages',
    'RIZIV/INAMI-instellingsnummer (8 cijfers), in de facturatieberichten',
    'numéro d’établissement INAMI/RIZIV (8 chiffres), dans les messages de facturation',
  ),
  'setting.help.author.group': t(
    'default author group (TX_AUTHOR_GR) when a CSV file or API payload has none',
    'standaard auteursgroep (TX_AUTHOR_GR) als een CSV-bestand of API-bericht er geen heeft',
    'groupe d’auteurs par défaut (TX_AUTHOR_GR) quand un fichier CSV ou un envoi d’API n’en a pas',
  ),
  'setting.help.author.author': t(
    'default author (TX_AUTHOR; e-mail of an account); else the current user',
    'standaard auteur (TX_AUTHOR; e-mail van een account); anders de huidige gebruiker',
    'auteur par défaut (TX_AUTHOR ; e-mail d’un compte) ; sinon l’utilisateur courant',
  ),
  'setting.help.author.coauthor': t(
    'default co-author (TX_COAUTHOR); else the author',
    'standaard co-auteur (TX_COAUTHOR); anders de auteur',
    'co-auteur par défaut (TX_COAUTHOR) ; sinon l’auteur',
  ),
  'setting.help.endpoints.healthdata': t(
    'URL that receives the pseudonymised registrations (Healthdata)',
    'URL die de gepseudonimiseerde registraties ontvangt (Healthdata)',
    'URL qui reçoit les enregistrements pseudonymisés (Healthdata)',
  ),
  'setting.help.endpoints.cin': t(
    'URL that receives the billing notifications (insurers, CIN/NIC)',
    'URL die de facturatiemeldingen ontvangt (ziekenfondsen, NIC/CIN)',
    'URL qui reçoit les notifications de facturation (mutualités, CIN/NIC)',
  ),
  // Why a value is refused, by the kind of its setting's rule: "{key}: {why}".
  'setting.refused': t('{key}: {why}', '{key}: {why}', '{key} : {why}'),
  'setting.rule.choice': t('one of {values}', 'een van {values}', 'une valeur parmi {values}'),
  'setting.rule.text': t('at most {max} characters', 'hoogstens {max} tekens', 'au plus {max} caractères'),
  'setting.rule.digits': t('{count} digits', '{count} cijfers', '{count} chiffres'),
  'setting.rule.url': t('an http:// or https:// URL', 'een http://- of https://-URL', 'une URL http:// ou https://'),
  'setting.rule.riziv': t(
    'RIZIV number: 11 digits with valid check digits',
    'RIZIV-nummer: 11 cijfers met geldige controlecijfers',
    'numéro INAMI : 11 chiffres avec des chiffres de contrôle valides',
  ),
});
