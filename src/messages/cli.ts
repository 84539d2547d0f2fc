/**
 * The command line's part of the message catalogue (src/messages.ts), with the session's words it
 * shows: the help, each command's output, and what every door shares. Ids by prefix: help.*,
 * cli.*, session.*, secret.*, refusal.*.
 */
import { CLI_HELP } from './cli-help.js';
import { SESSION_MESSAGES } from './session.js';

export const CLI_MESSAGES = { ...CLI_HELP, ...SESSION_MESSAGES };
