/**
 * Why the core refuses an action (a user that exists already, the last admin, a registration that
 * is deleted or sent, a follow-up's link), and files or addresses a command cannot use: the core
 * reports them as data, the doors say them from here.
 */
import { defineMessages } from './entry.js';

export const REFUSAL_MESSAGES = defineMessages({});
