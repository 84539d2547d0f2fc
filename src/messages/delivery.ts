/**
 * Delivery as people read it: why an item waits or failed (a receiver that does not answer, an
 * HTTP status, the ten days given up), and dates, times and numbers written as each language
 * writes them.
 */
import { defineMessages, t } from './entry.js';

export const DELIVERY_MESSAGES = defineMessages({
  // What the outbox stores in English (src/transmit/delivery-error.ts), said at the doors.
  'delivery.error.noEndpoint': t(
    'no {destination} endpoint configured',
    'geen adres ingesteld voor {destination}',
    'aucune adresse configurée pour {destination}',
  ),
  // The receiver's own message after the status stays as the receiver wrote it.
  'delivery.error.http': t(
    'HTTP {status}: {message}',
    'de ontvanger antwoordde HTTP {status}: {message}',
    'le destinataire a répondu HTTP {status} : {message}',
  ),
  'delivery.error.httpBare': t('HTTP {status}', 'de ontvanger antwoordde HTTP {status}', 'le destinataire a répondu HTTP {status}'),
  'delivery.error.timeout': t('no answer within {ms} ms', 'geen antwoord binnen {ms} ms', 'pas de réponse dans les {ms} ms'),
  'delivery.error.gaveUp': t(
    'gave up after {days} days; last error {last}',
    'opgegeven na {days} dagen; laatste fout: {last}',
    'abandonné après {days} jours ; dernière erreur : {last}',
  ),
  'delivery.error.refused': t(
    'the receiver refused the connection ({code})',
    'de ontvanger weigerde de verbinding ({code})',
    'le destinataire a refusé la connexion ({code})',
  ),
  'delivery.error.unknownHost': t(
    'the receiver’s host name was not found ({code})',
    'de naam van de ontvanger werd niet gevonden ({code})',
    'le nom du destinataire est introuvable ({code})',
  ),
  'delivery.error.unreachable': t(
    'the receiver cannot be reached ({code})',
    'de ontvanger is niet bereikbaar ({code})',
    'le destinataire est injoignable ({code})',
  ),
  'delivery.error.broken': t(
    'the connection was broken off ({code})',
    'de verbinding werd verbroken ({code})',
    'la connexion a été interrompue ({code})',
  ),
  'delivery.error.certificate': t(
    'the receiver’s certificate is not trusted ({code})',
    'het certificaat van de ontvanger wordt niet vertrouwd ({code})',
    'le certificat du destinataire n’est pas reconnu ({code})',
  ),
  'delivery.error.connection': t(
    'the connection to the receiver failed ({code})',
    'de verbinding met de ontvanger is mislukt ({code})',
    'la connexion au destinataire a échoué ({code})',
  ),
  'delivery.error.connectionBare': t(
    'the connection to the receiver failed',
    'de verbinding met de ontvanger is mislukt',
    'la connexion au destinataire a échoué',
  ),
});
