/**
 * How the API answers a refusal: every error the core or the door raises becomes a 4xx with one
 * English sentence (and the problems, at most PROBLEMS_SHOWN of them); only a bug is a 500, and a
 * 500 never echoes internals or personal data.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { AccessDenied, StoreError, ValidationFailed } from '../store/index.js';
import { formatProblems } from '../validation/index.js';
import type { Lang } from '../registry/index.js';
import { NotSent } from '../operations/index.js';

/** A refusal of the door itself, with its status and sentence, and anything the body adds. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The most problems one answer lists: a body with 60,000 unknown fields must not get a 6 MB answer. */
export const PROBLEMS_SHOWN = 100;
/** The longest echoed value of a problem, in characters. */
const VALUE_SHOWN = 200;

interface ShownProblem {
  severity?: string;
  value?: string;
  /** The words a terminal door says a refused record with (exchange/import-row.ts): the API says its English message. */
  says?: unknown;
}

/**
 * The body of an answer with problems: errors before warnings, the first PROBLEMS_SHOWN of them,
 * each echoed value cut to VALUE_SHOWN characters, and `problemsTotal`, the number there are.
 */
export function problemsBody<P extends ShownProblem>(message: string, problems: readonly P[]) {
  const ordered = [...problems.filter((p) => p.severity !== 'warning'), ...problems.filter((p) => p.severity === 'warning')];
  const shown = ordered
    .slice(0, PROBLEMS_SHOWN)
    .map(({ says: _, ...p }) => p)
    .map((p) =>
      typeof p.value === 'string' && p.value.length > VALUE_SHOWN ? { ...p, value: `${p.value.slice(0, VALUE_SHOWN - 1)}…` } : p,
    );
  const more = problems.length - shown.length;
  return {
    message: more > 0 ? `${message} (the first ${shown.length} of ${problems.length} problems are listed)` : message,
    problems: shown,
    problemsTotal: problems.length,
  };
}

/** Fastify's own refusals of a body, in sentences that say what to send instead. */
const FASTIFY_SENTENCES: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'the body must be JSON, sent with Content-Type: application/json',
  FST_ERR_CTP_BODY_TOO_LARGE:
    'the body is larger than this server accepts (angio serve --body-limit, 1 MiB by default); send one registration a request',
  FST_ERR_CTP_INVALID_JSON_BODY: 'the body is not valid JSON (a brace, quote or comma missing or extra?): send one JSON object',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'the body is empty although its Content-Type says JSON: send a JSON object',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'the body is not as long as its Content-Length says: send it again whole',
};

/** Every error to its status: the core's typed refusals, the door's, and Fastify's own 4xx. */
export function installErrorHandler(app: FastifyInstance, lang: Lang) {
  app.setErrorHandler((error: FastifyError | Error, _request, reply) => {
    if (error instanceof HttpError) return reply.code(error.status).send({ message: error.message, ...error.extra });
    if (error instanceof NotSent)
      return reply.code(422).send(problemsBody('the registration cannot be sent; nothing was saved', formatProblems(error.problems, lang)));
    if (error instanceof AccessDenied) return reply.code(403).send({ message: error.message });
    if (error instanceof StoreError) {
      const status = { 'not-found': 404, conflict: 409, 'not-editable': 409, invalid: 422, 'unknown-form': 422, forbidden: 403 }[
        error.reason
      ];
      return reply
        .code(status)
        .send(
          error instanceof ValidationFailed
            ? problemsBody(error.message, formatProblems(error.problems, lang))
            : { message: error.message },
        );
    }
    const status = (error as FastifyError).statusCode;
    const sentence = FASTIFY_SENTENCES[(error as FastifyError).code ?? ''];
    if (status && status >= 400 && status < 500) return reply.code(status).send({ message: sentence ?? error.message });
    // Never echo internals (or personal data) on a server error.
    return reply.code(500).send({ message: 'internal error; the registration was not changed' });
  });
}
