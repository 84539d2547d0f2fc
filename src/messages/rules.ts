/**
 * `angio rules`' part of the message catalogue (src/messages.ts): each rule of the reference
 * (src/registry/rules-reference.ts) and its reason, under the id the reference gives it
 * (`rules.rule.*`, `rules.reason.*`), and the words its conditions are said with (`rules.cond.*`).
 * The English is the reference's own; a test holds them equal.
 */
import { defineMessages, t } from './entry.js';

const STEMI = t('STEMI section (derived).', 'STEMI-sectie (afgeleid).', 'Section STEMI (dérivée).');
const CAME = t(
  'Derived: required when the patient came (CD_CONSTTN = 1); may be answered when the event is known otherwise.',
  'Afgeleid: verplicht als de patiënt kwam (CD_CONSTTN = 1); mag ingevuld worden als de gebeurtenis anders bekend is.',
  'Dérivé : obligatoire si le patient est venu (CD_CONSTTN = 1) ; peut être rempli si l’événement est connu autrement.',
);

export const RULE_MESSAGES = defineMessages({
  // What each answer is checked for, whatever its field.
  'rules.rule.unknown_field': t('a field of the form', 'een veld van het formulier', 'un champ du formulaire'),
  'rules.rule.invalid_type': t('of its field’s type', 'van het type van zijn veld', 'du type de son champ'),
  'rules.rule.invalid_code': t('a code of its list', 'een code uit zijn lijst', 'un code de sa liste'),
  'rules.rule.invalid_date': t('a real date', 'een bestaande datum', 'une date réelle'),
  'rules.rule.invalid_time': t('a real time of day', 'een bestaand tijdstip', 'une heure réelle'),
  'rules.rule.invalid_number': t('a number', 'een getal', 'un nombre'),
  'rules.rule.not_integer': t(
    'a whole number (device counts)',
    'een geheel getal (aantal devices)',
    'un nombre entier (nombre de dispositifs)',
  ),
  'rules.rule.too_long': t('text of at most 1,000 characters', 'tekst van hoogstens 1.000 tekens', 'texte de 1 000 caractères au plus'),
  'rules.rule.control_characters': t('no control characters', 'geen stuurtekens', 'pas de caractères de contrôle'),
  'rules.rule.invalid_utf8': t(
    'text read from UTF-8 (a file in another encoding loses its accents)',
    'tekst gelezen als UTF-8 (een bestand in een andere codering verliest zijn accenten)',
    'texte lu en UTF-8 (un fichier dans un autre encodage perd ses accents)',
  ),
  'rules.rule.invalid_niss': t('a valid national number', 'een geldig rijksregisternummer', 'un numéro de registre national valide'),
  'rules.rule.invalid_postal_code': t('a postal code', 'een postcode', 'un code postal'),
  'rules.rule.invalid_hcp': t('a valid RIZIV/INAMI number', 'een geldig RIZIV-nummer', 'un numéro INAMI valide'),
  'rules.rule.duplicate_code': t('each choice once', 'elke keuze één keer', 'chaque choix une seule fois'),
  'rules.rule.iso_date_accepted': t(
    'dates written dd/mm/yyyy in a CSV file',
    'datums geschreven als dd/mm/jjjj in een CSV-bestand',
    'dates écrites jj/mm/aaaa dans un fichier CSV',
  ),
  'rules.rule.date_in_future': t('no date after today', 'geen datum na vandaag', 'pas de date après aujourd’hui'),
  'rules.rule.required': t('answered when it applies', 'ingevuld wanneer het van toepassing is', 'rempli quand il s’applique'),
  'rules.rule.exclusive_code': t('"none" alone', '"geen" alleen', '« aucun » seul'),

  // The rules of one field, with its values, and the order of two dates.
  'rules.rule.applies': t('applies when {condition}', 'van toepassing als {condition}', 's’applique si {condition}'),
  'rules.rule.requiredUnless': t('required unless {condition}', 'verplicht tenzij {condition}', 'obligatoire sauf si {condition}'),
  'rules.rule.requiredWhen': t('required when {condition}', 'verplicht als {condition}', 'obligatoire si {condition}'),
  'rules.rule.usually': t('usually {min}–{max}{unit}', 'meestal {min}–{max}{unit}', 'en général {min}–{max}{unit}'),
  'rules.rule.possible': t('possible {min}–{max}{unit}', 'mogelijk {min}–{max}{unit}', 'possible {min}–{max}{unit}'),
  'rules.rule.dateOrder': t('{early} on or before {late}', '{early} op of vóór {late}', '{early} au plus tard à la date {late}'),

  // The rules that read several fields.
  'rules.rule.systolic_not_above_diastolic': t(
    'systolic above diastolic',
    'systolisch boven diastolisch',
    'systolique au-dessus de la diastolique',
  ),
  'rules.rule.same_operator': t(
    'second operator differs from the first',
    'tweede operator verschilt van de eerste',
    'le second opérateur diffère du premier',
  ),
  'rules.rule.stenosis_not_reduced': t('stenosis reduced by the PCI', 'stenose verminderd door de PCI', 'sténose réduite par la PCI'),
  'rules.rule.niss_birth_date_mismatch': t(
    'birth date as in the national number',
    'geboortedatum zoals in het rijksregisternummer',
    'date de naissance comme dans le numéro de registre national',
  ),
  'rules.rule.niss_sex_mismatch': t(
    'sex as in the national number',
    'geslacht zoals in het rijksregisternummer',
    'sexe comme dans le numéro de registre national',
  ),
  'rules.rule.des_only': t('DES-only billing items', 'nomenclatuurcodes enkel voor DES', 'codes de nomenclature réservés aux DES'),
  'rules.rule.consent_required': t(
    'consent of an optional registration',
    'toestemming voor een facultatieve registratie',
    'consentement pour un enregistrement facultatif',
  ),
  'rules.rule.awaiting_consent': t(
    'consent missing from a file or payload: kept Open',
    'toestemming ontbreekt in een bestand of payload: blijft Open',
    'consentement absent d’un fichier ou d’un envoi : reste Ouvert',
  ),
  'rules.rule.before_registry_version': t(
    'stay from {date} (this DCD version)',
    'verblijf vanaf {date} (deze DCD-versie)',
    'séjour à partir du {date} (cette version du DCD)',
  ),
  'rules.rule.device_unknown': t('device on its nominative list', 'device op zijn nominatieve lijst', 'dispositif sur sa liste nominative'),
  'rules.rule.device_not_valid': t(
    'device valid on the date of its PCI',
    'device geldig op de datum van zijn PCI',
    'dispositif valable à la date de sa PCI',
  ),
  'rules.rule.physician_unknown': t(
    'physician on the hospital’s list',
    'arts op de lijst van het ziekenhuis',
    'médecin sur la liste de l’hôpital',
  ),
  'rules.rule.postal_unknown': t('known Belgian postal code', 'bekende Belgische postcode', 'code postal belge connu'),
  'rules.rule.follow_up_unlinked': t(
    'a follow-up from a file or payload finds its hospitalisation',
    'een follow-up uit een bestand of payload vindt zijn hospitalisatie',
    'un suivi venu d’un fichier ou d’un envoi trouve son hospitalisation',
  ),
  'rules.rule.follow_up_ambiguous': t(
    'a follow-up from a file or payload fits one hospitalisation',
    'een follow-up uit een bestand of payload past bij één hospitalisatie',
    'un suivi venu d’un fichier ou d’un envoi correspond à une seule hospitalisation',
  ),

  // Why: the policy of each check (src/registry/policy.ts).
  'rules.reason.unknown_field': t(
    'only the ids of the DCD are fields of a registration',
    'enkel de id’s van de DCD zijn velden van een registratie',
    'seuls les identifiants du DCD sont des champs d’un enregistrement',
  ),
  'rules.reason.invalid_type': t(
    "the DCD's data type of the field",
    'het gegevenstype van het veld in de DCD',
    'le type de données du champ dans le DCD',
  ),
  'rules.reason.invalid_code': t(
    "the field's code list in the DCD",
    'de codelijst van het veld in de DCD',
    'la liste de codes du champ dans le DCD',
  ),
  'rules.reason.invalid_date': t(
    'a date of the calendar, dd/mm/yyyy',
    'een kalenderdatum, dd/mm/jjjj',
    'une date du calendrier, jj/mm/aaaa',
  ),
  'rules.reason.invalid_time': t('a time of day, hh:mm on 24 hours', 'een tijdstip, uu:mm op 24 uur', 'une heure, hh:mm sur 24 heures'),
  'rules.reason.invalid_number': t(
    "the DCD's data type is a number",
    'het gegevenstype in de DCD is een getal',
    'le type de données du DCD est un nombre',
  ),
  'rules.reason.not_integer': t(
    'the DCD counts devices in whole numbers',
    'de DCD telt devices in gehele getallen',
    'le DCD compte les dispositifs en nombres entiers',
  ),
  'rules.reason.too_long': t(
    'a free text of over 1,000 characters is not an answer but pasted content',
    'een vrije tekst van meer dan 1.000 tekens is geen antwoord maar geplakte inhoud',
    'un texte libre de plus de 1 000 caractères n’est pas une réponse mais un contenu collé',
  ),
  'rules.reason.control_characters': t(
    'control characters come from binary junk or injection, never from a person',
    'stuurtekens komen van binaire rommel of injectie, nooit van een persoon',
    'les caractères de contrôle viennent de données binaires ou d’une injection, jamais d’une personne',
  ),
  'rules.reason.invalid_utf8': t(
    'a file not saved as UTF-8 (an older spreadsheet export) loses its accents; the rest of the answer stands',
    'een bestand dat niet als UTF-8 is bewaard (een oudere export uit een rekenblad) verliest zijn accenten; de rest van het antwoord blijft',
    'un fichier non enregistré en UTF-8 (un ancien export de tableur) perd ses accents ; le reste de la réponse est gardé',
  ),
  'rules.reason.invalid_niss': t(
    'the national number has 11 digits and a mod-97 check',
    'het rijksregisternummer heeft 11 cijfers en een controle modulo 97',
    'le numéro de registre national a 11 chiffres et un contrôle modulo 97',
  ),
  'rules.reason.invalid_postal_code': t(
    'a Belgian postal code (4 digits), 999 missing or 9999 abroad',
    'een Belgische postcode (4 cijfers), 999 onbekend of 9999 buitenland',
    'un code postal belge (4 chiffres), 999 inconnu ou 9999 étranger',
  ),
  'rules.reason.invalid_hcp': t(
    'a RIZIV/INAMI number has 11 digits and its check digits',
    'een RIZIV-nummer heeft 11 cijfers en zijn controlecijfers',
    'un numéro INAMI a 11 chiffres et ses chiffres de contrôle',
  ),
  'rules.reason.duplicate_code': t(
    'a multiple choice lists each code once',
    'een meerkeuzeantwoord vermeldt elke code één keer',
    'un choix multiple cite chaque code une seule fois',
  ),
  'rules.reason.required': t(
    "the DCD's required flag, when the field applies",
    'de verplichte vlag van de DCD, als het veld van toepassing is',
    'l’indicateur obligatoire du DCD, quand le champ s’applique',
  ),
  'rules.reason.out_of_range': t(
    'a plausibility range of ours: real patients fall outside it (shock, bradycardia, large grafts)',
    'een eigen plausibiliteitsbereik: echte patiënten vallen erbuiten (shock, bradycardie, grote grafts)',
    'une plage de plausibilité à nous : de vrais patients en sortent (choc, bradycardie, grands greffons)',
  ),
  'rules.reason.beyond_limits': t(
    'physically impossible, whatever the patient (a typing or unit error)',
    'fysiek onmogelijk, welke patiënt ook (een tik- of eenheidsfout)',
    'physiquement impossible, quel que soit le patient (erreur de frappe ou d’unité)',
  ),
  'rules.reason.not_applicable': t(
    'our display condition says the field does not apply; the answer is kept out of what is sent',
    'volgens onze weergavevoorwaarde is het veld niet van toepassing; het antwoord wordt niet verstuurd',
    'selon notre condition d’affichage, le champ ne s’applique pas ; la réponse n’est pas envoyée',
  ),
  'rules.reason.exclusive_code': t(
    '"none" ticked with other choices contradicts itself',
    '"geen" aangevinkt naast andere keuzes spreekt zichzelf tegen',
    '« aucun » coché avec d’autres choix se contredit',
  ),
  'rules.reason.date_in_future': t(
    'impossible: nothing registered has happened after today (Belgian time)',
    'onmogelijk: niets wat geregistreerd wordt, gebeurde na vandaag (Belgische tijd)',
    'impossible : rien de ce qui est enregistré n’a eu lieu après aujourd’hui (heure belge)',
  ),
  'rules.reason.systolic_not_above_diastolic': t(
    'systolic pressure is above diastolic; equal or lower is a typing error',
    'de systolische druk ligt boven de diastolische; gelijk of lager is een tikfout',
    'la pression systolique dépasse la diastolique ; égale ou inférieure, c’est une erreur de frappe',
  ),
  'rules.reason.same_operator': t(
    'a second operator is another person than the first',
    'een tweede operator is een andere persoon dan de eerste',
    'un second opérateur est une autre personne que le premier',
  ),
  'rules.reason.stenosis_not_reduced': t(
    'a successful PCI reduces the stenosis; a failed one may not',
    'een geslaagde PCI vermindert de stenose; een mislukte misschien niet',
    'une PCI réussie réduit la sténose ; une PCI échouée peut-être pas',
  ),
  'rules.reason.niss_birth_date_mismatch': t(
    'the national number encodes the birth date; registers hold exceptions',
    'het rijksregisternummer bevat de geboortedatum; de registers kennen uitzonderingen',
    'le numéro de registre national contient la date de naissance ; les registres ont des exceptions',
  ),
  'rules.reason.niss_sex_mismatch': t(
    'the national number encodes the sex; registers hold exceptions',
    'het rijksregisternummer bevat het geslacht; de registers kennen uitzonderingen',
    'le numéro de registre national contient le sexe ; les registres ont des exceptions',
  ),
  'rules.reason.des_only': t(
    'F-§05: items 159014-159025 and 159036-159040 bill drug-eluting stents only',
    'F-§05: codes 159014-159025 en 159036-159040 factureren enkel drug-eluting stents',
    'F-§05 : les codes 159014-159025 et 159036-159040 ne facturent que des stents actifs',
  ),
  'rules.reason.consent_required': t(
    'an optional registration is sent only with the patient’s consent',
    'een facultatieve registratie wordt enkel met toestemming van de patiënt verstuurd',
    'un enregistrement facultatif n’est envoyé qu’avec le consentement du patient',
  ),
  'rules.reason.awaiting_consent': t(
    'a file or payload without the consent of an optional registration is kept Open until it is recorded',
    'een bestand of payload zonder toestemming voor een facultatieve registratie blijft Open tot die is vastgelegd',
    'un fichier ou un envoi sans le consentement d’un enregistrement facultatif reste Ouvert jusqu’à ce qu’il soit noté',
  ),
  'rules.reason.iso_date_accepted': t(
    'HD4DP files write dates dd/mm/yyyy; yyyy-mm-dd is read all the same',
    'HD4DP-bestanden schrijven datums als dd/mm/jjjj; jjjj-mm-dd wordt toch gelezen',
    'les fichiers HD4DP écrivent les dates jj/mm/aaaa ; aaaa-mm-jj est lu quand même',
  ),
  'rules.reason.postal_unknown': t(
    'the shipped list of postal codes lacks some special codes',
    'de meegeleverde lijst van postcodes mist enkele bijzondere codes',
    'la liste de codes postaux fournie n’a pas certains codes spéciaux',
  ),
  'rules.reason.physician_unknown': t(
    "the hospital's list of physicians may lag behind",
    'de artsenlijst van het ziekenhuis kan achterlopen',
    'la liste des médecins de l’hôpital peut être en retard',
  ),
  'rules.reason.device_unknown': t(
    "a device is reimbursed only from INAMI's nominative list",
    'een device wordt enkel terugbetaald als het op de nominatieve lijst van het RIZIV staat',
    'un dispositif n’est remboursé que s’il figure sur la liste nominative de l’INAMI',
  ),
  'rules.reason.device_not_valid': t(
    'a device is reimbursed only on the dates its list entry is valid',
    'een device wordt enkel terugbetaald op de data waarop zijn inschrijving op de lijst geldt',
    'un dispositif n’est remboursé qu’aux dates où son inscription sur la liste est valable',
  ),
  'rules.reason.follow_up_unlinked': t(
    'a follow-up is linked to the hospitalisation it follows up; without one in angio it is kept unlinked',
    'een follow-up hoort bij de hospitalisatie die hij opvolgt; zonder die in angio blijft hij los',
    'un suivi est lié à l’hospitalisation qu’il suit ; sans elle dans angio, il reste sans lien',
  ),
  'rules.reason.follow_up_ambiguous': t(
    'several hospitalisations of the patient fit equally: angio does not guess',
    'meerdere hospitalisaties van de patiënt passen even goed: angio gokt niet',
    'plusieurs hospitalisations du patient conviennent autant : angio ne devine pas',
  ),
  'rules.reason.before_registry_version': t(
    'this DCD (HD 2.0) applies to hospitalisations from 01/04/2023; earlier ones belong to the previous registry version',
    'deze DCD (HD 2.0) geldt voor hospitalisaties vanaf 01/04/2023; eerdere horen bij de vorige versie van het register',
    'ce DCD (HD 2.0) s’applique aux hospitalisations à partir du 01/04/2023 ; les précédentes relèvent de la version antérieure du registre',
  ),

  // Why two dates come in their order (DATE_ORDERS).
  'rules.reason.order.birth': t(
    'nothing happens to a patient before birth',
    'niets overkomt een patiënt vóór de geboorte',
    'rien n’arrive à un patient avant sa naissance',
  ),
  'rules.reason.order.withinStay': t(
    'a procedure of this registration took place during its stay',
    'een procedure van deze registratie vond plaats tijdens het verblijf',
    'une procédure de cet enregistrement a eu lieu pendant son séjour',
  ),
  'rules.reason.order.discharge': t(
    'a patient is discharged after being admitted',
    'een patiënt wordt ontslagen na zijn opname',
    'un patient sort après avoir été admis',
  ),
  'rules.reason.order.cabgDuringStay': t(
    'a CABG is usually during the stay; it may be recorded from elsewhere',
    'een CABG valt meestal tijdens het verblijf; hij kan van elders komen',
    'un PAC a lieu en général pendant le séjour ; il peut venir d’ailleurs',
  ),
  'rules.reason.order.cabgAfterDischarge': t(
    'a CABG after discharge belongs to another stay, unless it is recorded here',
    'een CABG na ontslag hoort bij een ander verblijf, tenzij hij hier wordt geregistreerd',
    'un PAC après la sortie relève d’un autre séjour, sauf s’il est enregistré ici',
  ),
  'rules.reason.order.stemiDuringStay': t(
    'a STEMI may start during a stay for another reason',
    'een STEMI kan beginnen tijdens een verblijf om een andere reden',
    'un STEMI peut débuter pendant un séjour pour une autre raison',
  ),
  'rules.reason.order.ecgAfterSymptoms': t(
    'the first ECG usually follows the first symptoms',
    'het eerste ECG volgt meestal op de eerste symptomen',
    'le premier ECG suit en général les premiers symptômes',
  ),
  'rules.reason.order.blocksInOrder': t(
    'procedure blocks are usually encoded in the order they took place',
    'procedureblokken worden meestal ingevoerd in de volgorde waarin ze plaatsvonden',
    'les blocs de procédure sont en général encodés dans l’ordre où ils ont eu lieu',
  ),

  // Why a field is required under its condition: its note in the field catalogue.
  'rules.reason.optionalWhen': t(
    'our reading: the answer may be given, but not every case has it',
    'onze lezing: het antwoord mag gegeven worden, maar niet elk geval heeft het',
    'notre lecture : la réponse peut être donnée, mais tous les cas ne l’ont pas',
  ),
  'rules.reason.requiredWhen': t(
    'our reading of when the field is needed',
    'onze lezing van wanneer het veld nodig is',
    'notre lecture du moment où le champ est nécessaire',
  ),
  'rules.reason.field.TX_PAT_FIRST_NAM': t(
    'Optional in the DCD; needed when IDC_PAT is empty (input for the generated id). Not transmitted in clear.',
    'Facultatief in de DCD; nodig als IDC_PAT leeg is (invoer voor de gegenereerde id). Niet onversleuteld verstuurd.',
    'Facultatif dans le DCD ; nécessaire si IDC_PAT est vide (base de l’identifiant généré). Non transmis en clair.',
  ),
  'rules.reason.field.TX_PAT_LAST_NAM': t('As first name.', 'Zoals de voornaam.', 'Comme le prénom.'),
  'rules.reason.field.T_PCI_CENT': STEMI,
  'rules.reason.field.T_FIRST_SYMP': STEMI,
  'rules.reason.field.T_FIRST_DIAGS': STEMI,
  'rules.reason.field.CD_TRFR_HOSP_TO_PCI': STEMI,
  'rules.reason.field.CD_INFARCT_LOC': STEMI,
  'rules.reason.field.CD_REPERF': STEMI,
  'rules.reason.field.CD_KILLIP_CLASS': STEMI,
  'rules.reason.field.CD_CARD_ARREST_BEF_REPERF': STEMI,
  'rules.reason.field.DT_FIRST_SYMP': t(
    'STEMI section (derived); ≤ admission date.',
    'STEMI-sectie (afgeleid); ≤ opnamedatum.',
    'Section STEMI (dérivée) ; ≤ date d’admission.',
  ),
  'rules.reason.field.DT_FIRST_DIAGS': t(
    'STEMI section (derived); ≥ date of first symptoms.',
    'STEMI-sectie (afgeleid); ≥ datum van de eerste symptomen.',
    'Section STEMI (dérivée) ; ≥ date des premiers symptômes.',
  ),
  'rules.reason.field.CD_REAS': t(
    'Derived: only when CD_REPERF = 4 (no reperfusion therapy).',
    'Afgeleid: enkel als CD_REPERF = 4 (geen reperfusietherapie).',
    'Dérivé : seulement si CD_REPERF = 4 (pas de reperfusion).',
  ),
  'rules.reason.field.TX_SPECIF': t(
    'Derived: only when CD_REAS = 4 (other).',
    'Afgeleid: enkel als CD_REAS = 4 (andere).',
    'Dérivé : seulement si CD_REAS = 4 (autre).',
  ),
  'rules.reason.field.CD_OYFFRPCI': CAME,
  'rules.reason.field.CD_CABG_EXECF': CAME,

  // The fields column of the checks every answer goes through.
  'rules.everyAnswer': t('(every answer)', '(elk antwoord)', '(chaque réponse)'),

  // The words of a condition (conditionText).
  'rules.cond.or': t('or', 'of', 'ou'),
  'rules.cond.and': t('and', 'en', 'et'),
  'rules.cond.oneOf': t('{field} in {codes}', '{field} in {codes}', '{field} parmi {codes}'),
  'rules.cond.has': t('{field} has {code}', '{field} bevat {code}', '{field} contient {code}'),
  'rules.cond.empty': t('{field} is not answered', '{field} is niet ingevuld', '{field} n’est pas rempli'),
  'rules.cond.otherThan': t(
    '{field} has a choice other than {code}',
    '{field} heeft een andere keuze dan {code}',
    '{field} a un autre choix que {code}',
  ),
});
