/**
 * What HD4DP's discovery routes answer, made from angio's catalogue: the organisation, the menu
 * of projects, DCDs and versions, the payload definition of a DCD version in one language, one
 * field, one code list with the ids of its values (docs/api.md#the-hd4dp-routes).
 */
import {
  LANGS,
  registrationTypes,
  TYPE_CODES,
  versionsOf,
  type CodeList,
  type Field,
  type FieldKind,
  type Form,
  type Lang,
} from '../../registry/index.js';
import type { Hospital } from '../../transmit/index.js';
import { codeListIdOf, dcdIdOf, dcdVersionIdOf, fieldIdOf, ORGANIZATION_ID, valueIdOf } from './ids.js';

/** The one organisation of an installation: the hospital its site settings name. */
export function organizations(hospital: Hospital) {
  return [{ id: ORGANIZATION_ID, name: hospital.name ?? 'This hospital (hospital.name is not set)', nihii: hospital.inami ?? null }];
}

/** The projects of the organisation (one: ANGIO), their DCDs (the five types) and the versions of each. */
export function menuStructure() {
  return {
    organizationId: ORGANIZATION_ID,
    projects: [
      {
        id: 1,
        code: 'HDBP0012',
        name: 'ANGIO',
        dcds: TYPE_CODES.map((type) => ({
          id: dcdIdOf(type),
          code: type,
          name: registrationTypes[type].name,
          versions: versionsOf(type).map((v) => ({
            id: dcdVersionIdOf(type, v.version),
            version: v.version,
            date: v.date,
            current: v.current,
            languages: [...LANGS],
          })),
        })),
      },
    ],
  };
}

/** HD4DP's name for the data type of a field: CODE fields take a code-list value id or a plain code. */
const FIELD_TYPES: Record<FieldKind, string> = {
  title: 'TITLE',
  info: 'INFO',
  hidden: 'TEXT',
  text: 'TEXT',
  number: 'NUMBER',
  integer: 'INTEGER',
  date: 'DATE',
  time: 'TIME',
  yesno: 'CODE',
  code: 'CODE',
  codes: 'CODE',
  hcp: 'CODE',
  niss: 'TEXT',
  generated: 'TEXT',
  computed: 'NUMBER',
};

/** One field of a form as the payload definition describes it, its label in `lang`. */
export function fieldDefinition(form: Form, f: Field, lang: Lang) {
  return {
    id: fieldIdOf(form, f),
    key: f.id,
    label: f.label[lang],
    fieldType: FIELD_TYPES[f.kind],
    multiple: f.kind === 'codes',
    required: f.required,
    codeListId: f.codeList ? codeListIdOf(f.codeList) : null,
    step: f.step,
    ...(f.block ? { block: f.block } : {}),
    ...(f.unit ? { unit: f.unit } : {}),
    ...(f.min !== undefined ? { min: f.min } : {}),
    ...(f.max !== undefined ? { max: f.max } : {}),
    ...(f.show ? { show: f.show } : {}),
    ...(f.filledBy ? { filledBy: f.filledBy } : {}),
    personal: f.personal,
  };
}

/** Every field a payload of a DCD version may hold (no titles or info texts). */
export function payloadDefinition(form: Form, lang: Lang) {
  return {
    dcdId: dcdIdOf(form.type),
    dcdVersionId: dcdVersionIdOf(form.type, form.version),
    version: form.version,
    language: lang,
    fields: form.valueFields.map((f) => fieldDefinition(form, f, lang)),
  };
}

/** A code list with the id of each value; a list maintained outside the DCD has none to give. */
export function codeListView(list: CodeList, lang: Lang) {
  return {
    id: codeListIdOf(list.name),
    name: list.name,
    external: list.external,
    values: list.codes.map((c) => ({ id: valueIdOf(list.name, c.code)!, code: c.code, label: c.label[lang] })),
  };
}
