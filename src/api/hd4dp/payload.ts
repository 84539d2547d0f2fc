/**
 * An HD4DP payload as angio's core reads it: the answers keyed by field id, with `STATUS` ("draft",
 * or "submit" or absent to submit) taken out, and each code given as a code-list value id (as
 * HD4DP requires) turned into its code. Plain codes are taken as they are, as in a CSV file.
 * angio's own routes turn value ids into codes the same way (docs/api.md#ids).
 */
import { codeLists, type Form } from '../../registry/index.js';
import { HttpError } from '../errors.js';
import { codeOfValueId } from './ids.js';

export interface Payload {
  /** "draft" keeps the registration Open; empty submits it. */
  status: string;
  answers: Record<string, unknown>;
}

const DIGITS = /^\s*\d{1,16}\s*$/;

/** The code a value stands for in a list: itself when it is a code, else the code of its value id. */
function codeIn(listName: string, codes: ReadonlySet<string>, value: unknown): unknown {
  if ((typeof value !== 'number' && typeof value !== 'string') || !DIGITS.test(String(value))) return value;
  const text = String(value).trim();
  if (codes.has(text)) return value;
  return codeOfValueId(listName, Number(text)) ?? value;
}

/** The answers with code-list value ids turned into codes (lists kept outside the DCD have no ids), whichever route they came by. */
export function withCodes(form: Form, answers: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(answers)) {
    const field = form.byId.get(key);
    const list = field?.codeList ? codeLists[field.codeList] : undefined;
    if (!field || !list || list.external) {
      out[key] = value;
      continue;
    }
    const codes = new Set(list.codes.map((c) => c.code));
    const one = (v: unknown) => codeIn(list.name, codes, v);
    if (field.kind === 'codes' && Array.isArray(value)) out[key] = value.map(one);
    else if (field.kind === 'codes' && typeof value === 'string' && value.includes('|')) out[key] = value.split('|').map(one).join('|');
    else out[key] = one(value);
  }
  return out;
}

/** Reads the body of a payload submit: a JSON object of answers, with its optional STATUS. */
export function readPayload(body: unknown): Payload {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new HttpError(400, 'the payload must be a JSON object keyed by field id, such as {"DT_HOSPZ": "10/03/2026", "STATUS": "draft"}');
  const { STATUS: given, ...answers } = body as Record<string, unknown>;
  const status = typeof given === 'string' ? given.trim().toLowerCase() : given;
  if (status !== undefined && status !== null && status !== '' && status !== 'draft' && status !== 'submit')
    throw new HttpError(422, 'STATUS must be "draft", "submit" or left out', {
      problems: [{ field: 'STATUS', code: 'invalid_status', severity: 'error', message: 'STATUS must be "draft", "submit" or left out' }],
      problemsTotal: 1,
    });
  return { status: status === 'draft' ? 'draft' : '', answers };
}
