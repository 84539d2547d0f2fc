/**
 * The command line's part of the message catalogue (src/messages.ts), with the session's words it
 * shows: the help, each command's output, and a refused role. Ids by prefix: help.*, cli.*,
 * session.*, secret.*, refusal.*; the core's problems: db.*, output.*, setting.*.
 */
import { CLI_ADMIN } from './cli-admin.js';
import { CLI_HELP } from './cli-help.js';
import { CLI_RECORDS } from './cli-records.js';
import { PROBLEM_MESSAGES } from './problems.js';
import { SESSION_MESSAGES } from './session.js';

export const CLI_MESSAGES = { ...CLI_HELP, ...CLI_RECORDS, ...CLI_ADMIN, ...SESSION_MESSAGES, ...PROBLEM_MESSAGES };
