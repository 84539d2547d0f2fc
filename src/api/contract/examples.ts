/**
 * The examples of the OpenAPI document: one story (a P registration of a made-up patient, created
 * as a draft, updated, sent) told in each route's words. Redocly checks each against its schema,
 * and so do the tests; ids of HD4DP's code lists are the real ones.
 */
import { codeListIdOf, dcdVersionIdOf, valueIdOf } from '../hd4dp/ids.js';

const patient = { IDC_PAT: '85040216932', DT_PAT_DOB: '1985-04-02', CD_PAT_SEX: 'M', CD_PAT_PLC_RESDC: '9000' };
export const answers = { ...patient, DT_HOSPZ: '2026-03-10', MS_PAT_HGHT: 180, CD_DIABT: '6' };

const problem = (field: string, code: string, message: string) => ({ field, code, severity: 'error' as const, message });

export const registration = {
  id: 12,
  type: 'P',
  version: '2',
  status: 'open',
  registrationCode: null,
  delivery: 'none',
  patient: '85.04.02-***.**',
  parentId: null,
  submissions: 0,
  createdAt: '2026-03-11T08:00:00.000Z',
  createdBy: 'lis-import',
  updatedAt: '2026-03-11T08:00:00.000Z',
  updatedBy: 'lis-import',
  rowVersion: 1,
  data: answers,
  missing: [problem('CD_INDICATN', 'required', 'required')],
};

export const sent = {
  ...registration,
  status: 'sent',
  registrationCode: 'AG-7K3M-Q9XZ-T',
  delivery: 'pending',
  submissions: 1,
  rowVersion: 3,
  missing: [],
  sentWithWarnings: [],
};

export const submission = { type: 'P', status: 'draft', data: answers };
export const replacement = { status: 'draft', rowVersion: 1, data: { ...answers, MS_PAT_HGHT: 181 } };

export const page = {
  registrations: [
    {
      id: 12,
      type: 'P',
      formVersion: '2',
      status: 'open',
      patient: '85.04.02-***.**',
      keyDate: '2026-03-10',
      registrationCode: null,
      requiredFilled: 8,
      requiredTotal: 61,
      updatedAt: '2026-03-11T08:00:00.000Z',
      updatedBy: 'lis-import',
      parentId: null,
      delivery: 'none',
      correcting: 0,
    },
  ],
  next: null,
};

export const errors = {
  400: { message: 'unknown query parameter "page": use status, type, updatedSince, limit, after' },
  401: { message: 'the bearer token is not valid (unknown, revoked or mistyped)' },
  403: { message: 'helper has the role support, which may not create registrations' },
  404: { message: 'there is no registration 999' },
  409: {
    message:
      'registration 12 is at version 2, not 1: it was changed since you read it. GET it again, apply your change and send rowVersion 2; nothing was saved',
    currentRowVersion: 2,
  },
  413: {
    message: 'the body is larger than this server accepts (angio serve --body-limit, 1 MiB by default); send one registration a request',
  },
  415: { message: 'the body must be JSON, sent with Content-Type: application/json' },
  422: {
    message: 'the registration has problems; nothing was saved',
    problems: [
      {
        field: 'DT_HOSPZ',
        code: 'invalid_date',
        severity: 'error' as const,
        message: 'not a valid date (dd/mm/yyyy)',
        value: '31/02/2026',
      },
    ],
    problemsTotal: 1,
  },
  428: {
    message:
      'say which version of registration 12 you changed: "rowVersion": 1 in the body or If-Match: "1" (its ETag), as GET gave it; then no one else\'s change is overwritten',
  },
  503: {
    status: 'unavailable' as const,
    message: 'the database cannot be read; angio doctor says why (the file, its permissions, its integrity)',
  },
};

/** The HD4DP family's examples, with the real ids of P version 2 and its code lists. */
export function hd4dpExamples() {
  const versionId = dcdVersionIdOf('P', '2');
  const diabetes = valueIdOf('CA_DISORDER_1', '6')!;
  return {
    payload: { ...answers, CD_DIABT: diabetes, STATUS: 'draft' },
    accepted: {
      registrationId: 12,
      dcdId: 2,
      dcdVersionId: versionId,
      dataSrcType: 'API',
      outcome: 'sent',
      status: 'sent',
      businessKey: 'P|3f2a9c0d6b1e4f7a8c5d2e1f0a9b8c7d|2026-03-10',
      registrationCode: 'AG-7K3M-Q9XZ-T',
      warnings: [],
    },
    codeList: {
      id: codeListIdOf('CA_DISORDER_1'),
      name: 'CA_DISORDER_1',
      external: false,
      values: [{ id: diabetes, code: '6', label: 'Type 2 diabetes on insulin' }],
    },
  };
}
