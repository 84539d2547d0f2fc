/**
 * The integrity checks' part of the message catalogue (src/messages.ts): what `angio doctor` and
 * `angio backup` found, said in the user's language. The core carries each finding as a message id
 * and its values (src/store/violations.ts); its English is the core's own detail, and a test holds
 * the two equal. Ids: integrity.rule.* name the rules; the others are details and the words inside
 * them (a status, a delivery state, a message kind, a member of a payload).
 */
import { defineMessages, t } from './entry.js';

export const INTEGRITY_MESSAGES = defineMessages({
  // A finding as a line: its rule and what is wrong.
  'integrity.line': t('{rule}: {detail}', '{rule}: {detail}', '{rule} : {detail}'),

  // The rules, as a person reads them (--json keeps the English rule).
  'integrity.rule.integrity': t('integrity', 'integriteit', 'intégrité'),
  'integrity.rule.uniqueCode': t('unique code', 'unieke code', 'code unique'),
  'integrity.rule.counters': t('counters', 'tellers', 'compteurs'),
  'integrity.rule.uniqueKey': t('unique key', 'unieke sleutel', 'clé unique'),
  'integrity.rule.outbox': t('outbox', 'outbox', 'boîte d’envoi'),
  'integrity.rule.triggers': t('triggers', 'triggers', 'déclencheurs'),
  'integrity.rule.damaged': t('damaged', 'beschadigd', 'endommagé'),
  'integrity.rule.fullyWritten': t('fully written', 'volledig geschreven', 'entièrement écrit'),
  'integrity.rule.audit': t('audit', 'auditlog', 'journal d’audit'),
  'integrity.rule.sent': t('sent', 'verzonden', 'envoyé'),
  'integrity.rule.code': t('code', 'code', 'code'),
  'integrity.rule.delivery': t('delivery', 'levering', 'livraison'),
  'integrity.rule.open': t('open', 'open', 'ouvert'),
  'integrity.rule.deleted': t('deleted', 'verwijderd', 'supprimé'),
  'integrity.rule.auditChain': t('audit chain', 'auditketen', 'chaîne d’audit'),
  'integrity.rule.payload': t('payload', 'inhoud', 'contenu'),
  'integrity.rule.secret': t('secret', 'geheim', 'secret'),

  // The database and its rows (src/store/invariants.ts).
  'integrity.sqlite': t('{report}', 'SQLite meldt: {report}', 'SQLite signale : {report}'),
  'integrity.codeTwice': t('{code} used {n} times', '{code} {n} keer gebruikt', '{code} utilisé {n} fois'),
  'integrity.counter': t(
    '{type}/{status}: {n} rows, counter says {kept}',
    '{type}/{status}: {n} rijen, de teller zegt {kept}',
    '{type}/{status} : {n} lignes, le compteur indique {kept}',
  ),
  'integrity.keyTwice': t(
    'idempotency key {key} used {n} times',
    'idempotentiesleutel {key} {n} keer gebruikt',
    'clé d’idempotence {key} utilisée {n} fois',
  ),
  'integrity.outboxNotJson': t(
    'item {item} has a payload that is not JSON',
    'item {item} heeft een inhoud die geen JSON is',
    'l’élément {item} a un contenu qui n’est pas du JSON',
  ),
  'integrity.outboxOfStatus': t(
    'item {item} belongs to a registration that is {status}',
    'item {item} hoort bij een registratie die {status} is',
    'l’élément {item} appartient à un enregistrement {status}',
  ),
  'integrity.outboxPruned': t(
    'item {item} is not delivered yet its payload is gone',
    'item {item} is nog niet afgeleverd, maar zijn inhoud is weg',
    'l’élément {item} n’est pas encore livré, mais son contenu a disparu',
  ),
  'integrity.damaged': t(
    'its stored answers are not valid JSON',
    'de opgeslagen antwoorden zijn geen geldige JSON',
    'ses réponses enregistrées ne sont pas du JSON valide',
  ),
  'integrity.noCreate': t('no create entry', 'geen auditregel van de aanmaak', 'aucune entrée de création'),
  'integrity.notReplayed': t(
    'the data is not what its audit log says',
    'de gegevens zijn niet wat de auditlog zegt',
    'les données ne sont pas ce que dit son journal d’audit',
  ),
  'integrity.sentNoCode': t(
    'no registration code or business key',
    'geen registratiecode of business key',
    'pas de code d’enregistrement ni de clé métier',
  ),
  'integrity.sendEntries': t('{n} send entries', '{n} verzendregels', '{n} entrées d’envoi'),
  'integrity.codeNotSent': t(
    'the code {code} is not the one its send entry gave ({given})',
    'de code {code} is niet die van de verzendregel ({given})',
    'le code {code} n’est pas celui que donnait son entrée d’envoi ({given})',
  ),
  'integrity.codeNotAnswered': t(
    'the code {code} is not the one in its answers ({answered})',
    'de code {code} is niet die in de antwoorden ({answered})',
    'le code {code} n’est pas celui de ses réponses ({answered})',
  ),
  'integrity.outboxItems': t(
    '{healthdata} Healthdata and {cin} billing item(s) for {submissions} submission(s)',
    '{healthdata} Healthdata- en {cin} facturatie-item(s) voor {submissions} indiening(en)',
    '{healthdata} élément(s) Healthdata et {cin} de facturation pour {submissions} soumission(s)',
  ),
  'integrity.delivery': t(
    'column says {column}, items say {items}',
    'de kolom zegt {column}, de items zeggen {items}',
    'la colonne indique {column}, les éléments indiquent {items}',
  ),
  'integrity.notSent': t(
    '{items} outbox item(s), code {code}, {sends} send entries',
    '{items} outbox-item(s), code {code}, {sends} verzendregels',
    '{items} élément(s) dans la boîte d’envoi, code {code}, {sends} entrées d’envoi',
  ),
  'integrity.status.open': t('open', 'open', 'ouvert'),
  'integrity.status.sent': t('sent', 'verzonden', 'envoyé'),
  'integrity.status.deleted': t('deleted', 'verwijderd', 'supprimé'),
  'integrity.delivery.none': t('none', 'geen', 'aucun envoi'),
  'integrity.delivery.pending': t('pending', 'wachtend', 'en attente'),
  'integrity.delivery.delivered': t('delivered', 'afgeleverd', 'livré'),
  'integrity.delivery.failed': t('failed', 'mislukt', 'en échec'),

  // The triggers and the audit log's hash chain (src/store/tamper-checks.ts, audit-chain.ts).
  'integrity.triggerMissing': t('{trigger} is missing', '{trigger} ontbreekt', '{trigger} est absent'),
  'integrity.triggerReplaced': t(
    '{trigger} was replaced by another definition',
    '{trigger} is vervangen door een andere definitie',
    '{trigger} a été remplacé par une autre définition',
  ),
  'integrity.chainEntry': t(
    'entry #{id} ({action} of registration #{registration} by {user} at {at})',
    'auditregel #{id} ({action} van registratie #{registration} door {user} om {at})',
    'l’entrée #{id} ({action} de l’enregistrement #{registration} par {user} le {at})',
  ),
  'integrity.chainMissingOne': t(
    'entry #{missing} is missing before {entry}',
    'auditregel #{missing} ontbreekt vóór {entry}',
    'l’entrée #{missing} manque avant {entry}',
  ),
  'integrity.chainMissingMany': t(
    'entries #{from} to #{to} are missing before {entry}',
    'auditregels #{from} tot #{to} ontbreken vóór {entry}',
    'les entrées #{from} à #{to} manquent avant {entry}',
  ),
  'integrity.chainNoHash': t(
    '{entry} has no hash: it was written around angio',
    '{entry} heeft geen hash: hij is buiten angio om geschreven',
    '{entry} n’a pas d’empreinte : elle a été écrite en dehors d’angio',
  ),
  'integrity.chainMismatch': t(
    '{entry} does not match its hash: it was changed after it was written',
    '{entry} klopt niet met zijn hash: hij is gewijzigd nadat hij geschreven werd',
    '{entry} ne correspond pas à son empreinte : elle a été modifiée après avoir été écrite',
  ),

  // Sent registrations: their codes and the messages waiting in the outbox (src/transmit/sent-checks.ts).
  'integrity.codeCheckSymbol': t(
    '{code} is not a registration code (its check symbol is wrong)',
    '{code} is geen registratiecode (het controleteken klopt niet)',
    '{code} n’est pas un code d’enregistrement (son caractère de contrôle est faux)',
  ),
  'integrity.payloadNoSubmission': t(
    'outbox item {item} ({key}) matches no submission of this registration',
    'outbox-item {item} ({key}) past bij geen enkele indiening van deze registratie',
    'l’élément {item} de la boîte d’envoi ({key}) ne correspond à aucune soumission de cet enregistrement',
  ),
  'integrity.payload': t(
    'outbox item {item} ({destination}, submission {submission}) {problem}',
    'outbox-item {item} ({destination}, indiening {submission}) {problem}',
    'l’élément {item} de la boîte d’envoi ({destination}, soumission {submission}) {problem}',
  ),
  'integrity.payloadNotGiven': t(
    'is a message its answers do not give',
    'is een bericht dat de antwoorden niet geven',
    'est un message que ses réponses ne donnent pas',
  ),
  'integrity.payloadKind': t(
    'is marked {marked}, not {expected}',
    'is gemarkeerd als {marked}, niet als {expected}',
    'est marqué {marked}, pas {expected}',
  ),
  'integrity.payloadNotJson': t('is not JSON', 'is geen JSON', 'n’est pas du JSON'),
  'integrity.payloadDiffers': t(
    "is not what the registration's answers give: {changes}",
    'is niet wat de antwoorden van de registratie geven: {changes}',
    'n’est pas ce que donnent les réponses de l’enregistrement : {changes}',
  ),
  'integrity.memberAdded': t('{member} added', '{member} toegevoegd', '{member} ajouté'),
  'integrity.memberRemoved': t('{member} removed', '{member} verwijderd', '{member} retiré'),
  'integrity.memberChanged': t('{member} changed', '{member} gewijzigd', '{member} modifié'),
  'integrity.payloadChanged': t('the payload changed', 'de inhoud is gewijzigd', 'le contenu a changé'),
  'integrity.kind.registration': t('registration', 'registratie', 'enregistrement'),
  'integrity.kind.correction': t('correction', 'correctie', 'correction'),
  'integrity.kind.billing': t('billing', 'facturatie', 'facturation'),

  // A backup's copy (src/operations/backup.ts).
  'integrity.secretOther': t(
    "the copy's pseudonyms were made with another secret than the one beside it",
    'de pseudoniemen van de kopie zijn gemaakt met een ander geheim dan dat ernaast',
    'les pseudonymes de la copie ont été faits avec un autre secret que celui placé à côté',
  ),
});
