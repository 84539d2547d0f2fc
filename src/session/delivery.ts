/**
 * Why a delivery waits or failed, said in the person's language at the doors: the outbox keeps
 * its English sentence (data: --json, the API, the service's log), the CLI and the screens read
 * it back and say it from the catalogue, rows of earlier versions too
 * (docs/decisions.md#delivery-errors-said-in-the-persons-language).
 */
import { say, type MessageId } from '../messages.js';
import { numberText, type Lang } from '../registry/index.js';
import { parseDeliveryError, type DeliveryError } from '../transmit/index.js';

// What the system's codes mean to someone who calls the receiver's helpdesk or IT.
const REFUSED = new Set(['ECONNREFUSED']);
const UNKNOWN_HOST = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL']);
const UNREACHABLE = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN', 'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT']);
const BROKEN = new Set([
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);
const CERTIFICATE = /CERT|TLS|SSL/;
/** A system code (ECONNREFUSED), not an error's name (TypeError), is worth showing to support. */
const SYSTEM_CODE = /^[A-Z][A-Z0-9_]+$/;

function networkMessage(code: string): MessageId {
  if (REFUSED.has(code)) return 'delivery.error.refused';
  if (UNKNOWN_HOST.has(code)) return 'delivery.error.unknownHost';
  if (UNREACHABLE.has(code)) return 'delivery.error.unreachable';
  if (BROKEN.has(code)) return 'delivery.error.broken';
  if (CERTIFICATE.test(code)) return 'delivery.error.certificate';
  return 'delivery.error.connection';
}

/** A delivery error in `lang`. */
export function deliveryErrorSaid(lang: Lang, e: DeliveryError): string {
  switch (e.kind) {
    case 'no-endpoint':
      return say(lang, 'delivery.error.noEndpoint', { destination: e.destination });
    case 'http':
      return e.message
        ? say(lang, 'delivery.error.http', { status: e.status, message: e.message })
        : say(lang, 'delivery.error.httpBare', { status: e.status });
    case 'timeout':
      return say(lang, 'delivery.error.timeout', { ms: numberText(e.ms, lang) });
    case 'network':
      return SYSTEM_CODE.test(e.code) ? say(lang, networkMessage(e.code), { code: e.code }) : say(lang, 'delivery.error.connectionBare');
    case 'gave-up':
      return say(lang, 'delivery.error.gaveUp', { days: e.days, last: deliveryErrorSaid(lang, e.last) });
    case 'other':
      return e.text;
    default: {
      const never: never = e;
      throw new Error(`unknown delivery error ${JSON.stringify(never)}`);
    }
  }
}

/** A stored delivery error (`last_error`, a delivery result's detail) in `lang`; "" when there is none. */
export const deliveryErrorSentence = (lang: Lang, stored: string | null | undefined): string =>
  stored ? deliveryErrorSaid(lang, parseDeliveryError(stored)) : '';
