/**
 * Delivery as people read it: why an item waits or failed (a receiver that does not answer, an
 * HTTP status, the ten days given up), and dates, times and numbers written as each language
 * writes them.
 */
import { defineMessages } from './entry.js';

export const DELIVERY_MESSAGES = defineMessages({});
