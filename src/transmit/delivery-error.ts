/**
 * Why a delivery waits or failed, as data and as the English sentence the outbox stores
 * (`last_error`). The stored sentence stays English (it is data: logs, --json, the API, rows
 * written by earlier versions); the doors read it back with `parseDeliveryError` and say it in
 * the person's language (docs/decisions.md#delivery-errors-said-in-the-persons-language). Writing
 * and reading the shapes live together here, so a new shape is added to both or a test fails.
 */

export type DeliveryError =
  /** No address configured for the destination: the item waits. */
  | { kind: 'no-endpoint'; destination: string }
  /** The receiver answered with an error status; `message` is the receiver's own text. */
  | { kind: 'http'; status: number; message: string }
  /** No answer within the request's time limit. */
  | { kind: 'timeout'; ms: number }
  /** The connection failed: `code` is the system's (ECONNREFUSED, ENOTFOUND, …) or the error's name. */
  | { kind: 'network'; code: string; message: string }
  /** Retried for `days` days, then failed; `last` is the last try's reason. */
  | { kind: 'gave-up'; days: number; last: DeliveryError }
  /** A text of no known shape: shown as it is. */
  | { kind: 'other'; text: string };

/** The English sentence stored for an error. */
export function deliveryErrorText(e: DeliveryError): string {
  switch (e.kind) {
    case 'no-endpoint':
      return `no ${e.destination} endpoint configured`;
    case 'http':
      return e.message ? `HTTP ${e.status}: ${e.message}` : `HTTP ${e.status}`;
    case 'timeout':
      return `no answer within ${e.ms} ms`;
    case 'network':
      return `${e.code}: ${e.message}`;
    case 'gave-up':
      return `gave up after ${e.days} days; last error ${deliveryErrorText(e.last)}`;
    case 'other':
      return e.text;
    default: {
      const never: never = e;
      throw new Error(`unknown delivery error ${JSON.stringify(never)}`);
    }
  }
}

const GAVE_UP = /^gave up after (\d+) days; last error ([\s\S]*)$/;
const HTTP = /^HTTP (\d{3})(?:: ([\s\S]*))?$/;
const TIMEOUT = /^no answer within (\d+) ms$/;
const NO_ENDPOINT = /^no (\S+) endpoint configured$/;
// A system code (ECONNREFUSED, UND_ERR_SOCKET) or an error's name (TypeError), then its message.
const NETWORK = /^([A-Za-z][A-Za-z0-9_]*): ([\s\S]*)$/;

/** The error a stored sentence stands for (any version's); a text of no known shape is `other`. */
export function parseDeliveryError(text: string): DeliveryError {
  let m = GAVE_UP.exec(text);
  if (m) return { kind: 'gave-up', days: Number(m[1]), last: parseDeliveryError(m[2]!) };
  if ((m = HTTP.exec(text))) return { kind: 'http', status: Number(m[1]), message: m[2] ?? '' };
  if ((m = TIMEOUT.exec(text))) return { kind: 'timeout', ms: Number(m[1]) };
  if ((m = NO_ENDPOINT.exec(text))) return { kind: 'no-endpoint', destination: m[1]! };
  if ((m = NETWORK.exec(text))) return { kind: 'network', code: m[1]!, message: m[2]! };
  return { kind: 'other', text };
}
