/**
 * Reading the query of an HD4DP route (organization-id, dcd-id, dcd-version-id, version,
 * language-id, data-src-type, incl-submit-*): the names HD4DP documents, each at most once, each
 * well formed, or a 400 that says which; an id that names nothing is a 404.
 */
import { getForm, isTypeCode, LANGS, type Form, type Lang } from '../../registry/index.js';
import { parsePositiveWhole } from '../../store/index.js';
import { HttpError } from '../errors.js';
import type { Query } from '../input.js';
import { formOfDcdVersionId, ORGANIZATION_ID, typeOfDcdId } from './ids.js';

const whole = (q: Query, name: string): number | undefined => {
  const text = q[name];
  if (text === undefined) return undefined;
  const n = parsePositiveWhole(text);
  if (n === undefined) throw new HttpError(400, `${name} must be a positive whole number in plain digits, such as 2`);
  return n;
};

/** organization-id, which HD4DP requires: this installation is organisation 1. */
export function assertOrganization(q: Query): void {
  const id = whole(q, 'organization-id');
  if (id === undefined)
    throw new HttpError(400, `organization-id is required: GET /proxy/api/organizations names it (${ORGANIZATION_ID} here)`);
  if (id !== ORGANIZATION_ID)
    throw new HttpError(404, `there is no organisation ${id}: this installation is organisation ${ORGANIZATION_ID}`);
}

/**
 * The form a query names: by dcd-id (a number from the menu structure, or the type's code, such
 * as P) with an optional version number or dcd-version-id, or by dcd-version-id alone; the
 * current version when none is given. Undefined when the query names no DCD and may not.
 */
export function formOfQuery(q: Query, options: { required: boolean }): Form | undefined {
  const dcdText = q['dcd-id'];
  const versionId = whole(q, 'dcd-version-id');
  let type = undefined as Form['type'] | undefined;
  if (dcdText !== undefined) {
    const code = dcdText.toUpperCase();
    const id = parsePositiveWhole(dcdText);
    type = isTypeCode(code) ? code : id !== undefined ? typeOfDcdId(id) : undefined;
    if (!type)
      throw new HttpError(
        404,
        `there is no DCD ${JSON.stringify(dcdText.slice(0, 40))}: the menu structure lists the DCDs (1 to 5, or H, P, F, FP, FU)`,
      );
  }
  if (versionId !== undefined) {
    const form = formOfDcdVersionId(versionId);
    if (!form) throw new HttpError(404, `there is no DCD version ${versionId}: the menu structure lists the versions of each DCD`);
    if (type && form.type !== type)
      throw new HttpError(400, `dcd-version-id ${versionId} is a version of DCD ${form.type}, not of ${type}: give the two of one DCD`);
    return form;
  }
  if (!type) {
    if (options.required) throw new HttpError(400, 'say which DCD: dcd-id (or dcd-version-id), as the menu structure gives it');
    return undefined;
  }
  const version = q.version;
  const form = getForm(type, version);
  if (!form)
    throw new HttpError(404, `DCD ${type} has no version ${JSON.stringify(version!.slice(0, 40))}: the menu structure lists its versions`);
  return form;
}

/** language-id: en (the default), nl or fr. */
export function languageOfQuery(q: Query): Lang {
  const lang = (q['language-id'] ?? 'en').toLowerCase();
  if (!(LANGS as readonly string[]).includes(lang)) throw new HttpError(400, 'language-id must be en, nl or fr');
  return lang as Lang;
}

/** A true/false parameter with its default. */
export function flagOfQuery(q: Query, name: string, fallback: boolean): boolean {
  const text = q[name]?.toLowerCase();
  if (text === undefined) return fallback;
  if (text !== 'true' && text !== 'false') throw new HttpError(400, `${name} must be true or false`);
  return text === 'true';
}

export const DATA_SOURCES = ['API', 'CSV', 'HD4DP'] as const;

/** data-src-type: API or CSV as HD4DP permits, HD4DP (its default) when left out. */
export function dataSourceOfQuery(q: Query): (typeof DATA_SOURCES)[number] {
  const text = (q['data-src-type'] ?? 'HD4DP').toUpperCase();
  const found = DATA_SOURCES.find((s) => s === text);
  if (!found) throw new HttpError(400, `data-src-type must be ${DATA_SOURCES.join(', ')}`);
  return found;
}
