/**
 * The catalogue: registration types, their form versions and code lists. The only list of fields
 * in angio; forms, validation, CSV header, API payload and table columns all come from here.
 *
 * A new DCD version is added by giving it its own folder (like dcd-v2/) and a line in VERSIONS.
 * Records keep the version they were made with, so old records never change meaning.
 */
import { buildV2, V2 } from './dcd-v2/index.js';
import { dcdCodeLists } from './dcd-v2/code-lists.js';
import { externalCodeLists } from './dcd-v2/external-lists.js';
import { registrationTypes } from './registration-types.js';
import type { CodeList, Field, FormVersion, Lang, TypeCode } from './types.js';
import { TYPE_CODES } from './types.js';

interface VersionEntry {
  version: string;
  date: string;
  build: (type: TypeCode) => FormVersion;
}

/** Every form version, oldest first; the last one is current. */
const VERSIONS: VersionEntry[] = [{ ...V2, build: buildV2 }];

/** A form version with its fields indexed by id. */
export interface Form extends FormVersion {
  byId: ReadonlyMap<string, Field>;
  /** Fields that hold a value (no titles or info texts). */
  valueFields: readonly Field[];
}

const cache = new Map<string, Form>();

/** The form of a type at a version (the current one when omitted), or undefined if unknown. */
export function getForm(type: TypeCode, version?: string): Form | undefined {
  const entry = version === undefined ? VERSIONS.at(-1) : VERSIONS.find((v) => v.version === version);
  if (!entry) return undefined;
  const key = `${type}@${entry.version}`;
  let form = cache.get(key);
  if (!form) {
    const built = entry.build(type);
    form = {
      ...built,
      byId: new Map(built.fields.map((f) => [f.id, f])),
      valueFields: built.fields.filter((f) => f.kind !== 'title' && f.kind !== 'info'),
    };
    cache.set(key, form);
  }
  return form;
}

/** Like getForm, for callers that already checked the pair exists. */
export function formOf(type: TypeCode, version?: string): Form {
  const form = getForm(type, version);
  if (!form) throw new Error(`unknown form ${type} version ${version}`);
  return form;
}

/**
 * The label of a field of any type of the current version, in a language: for a message that
 * names another field (a date order), said in the reader's language wherever it is read.
 */
export function fieldLabel(id: string, lang: Lang): string | undefined {
  for (const type of TYPE_CODES) {
    const f = formOf(type).byId.get(id);
    if (f) return f.label[lang];
  }
  return undefined;
}

export function versionsOf(_type: TypeCode): { version: string; date: string; current: boolean }[] {
  return VERSIONS.map((v, i) => ({ version: v.version, date: v.date, current: i === VERSIONS.length - 1 }));
}

export const currentVersion = (): string => VERSIONS.at(-1)!.version;

export const codeLists: Record<string, CodeList> = { ...dcdCodeLists, ...externalCodeLists };

export function codeListOf(field: Field): CodeList | undefined {
  return field.codeList ? codeLists[field.codeList] : undefined;
}

export { registrationTypes, TYPE_CODES };
