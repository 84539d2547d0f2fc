/**
 * What a long-running command (`angio transmit --watch`, `angio serve`) reports as it works: plain
 * lines for a person, or with `--log json` one JSON object per line (pino's format, the one Fastify
 * logs in) for journald and log collectors.
 */
import pino from 'pino';
import type { Lang } from '../registry/index.js';
import { say } from '../messages.js';
import { UsageError } from '../session/index.js';

export type LogFormat = 'text' | 'json';

export function logFormat(text: string | undefined, lang: Lang): LogFormat {
  if (text === undefined || text === 'text') return 'text';
  if (text === 'json') return 'json';
  throw new UsageError(say(lang, 'cli.log', { text }));
}

type Fields = Record<string, string | number | boolean | null | undefined>;

export interface Log {
  format: LogFormat;
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
}

/** pino's options for angio's JSON lines: ISO times and the service's name on every line. */
export const PINO_OPTIONS = { base: { service: 'angio' }, timestamp: pino.stdTimeFunctions.isoTime } as const;

export function createLog(format: LogFormat): Log {
  if (format === 'json') {
    // Synchronous: a line logged just before the process exits is never lost.
    const logger = pino(PINO_OPTIONS, pino.destination({ sync: true }));
    return {
      format,
      info: (msg, fields) => logger.info(fields ?? {}, msg),
      warn: (msg, fields) => logger.warn(fields ?? {}, msg),
      error: (msg, fields) => logger.error(fields ?? {}, msg),
    };
  }
  return {
    format,
    info: (msg) => console.log(msg),
    warn: (msg) => console.error(msg),
    error: (msg) => console.error(msg),
  };
}
