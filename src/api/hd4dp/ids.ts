/**
 * The numeric ids HD4DP's S2S API names things by, for angio's catalogue (docs/api.md#ids).
 * HD4DP takes them from its own database; angio derives them from the catalogue, so that they
 * are the same on every installation and in every release that keeps the same names:
 *
 * - the organisation: 1 (an angio installation is one hospital);
 * - a DCD: its type's place in H, P, F, FP, FU (1-5), a DCD version: DCD id × 100 + version (P v2: 202);
 * - a field: its DCD version id × 1000 + its place in the form (P v2's first field: 202001);
 * - a code list and each of its values: a hash of their names (code list 100000-999999, value
 *   10000000-99999999), checked once for clashes.
 */
import { codeLists, getForm, TYPE_CODES, versionsOf, type CodeList, type Field, type Form, type TypeCode } from '../../registry/index.js';

export const ORGANIZATION_ID = 1;
/** The range of code-list value ids: eight digits, so that no id is read as a code of its own list. */
export const VALUE_ID_MIN = 10_000_000;
export const VALUE_ID_MAX = 99_999_999;
const DCD = 'HDBP0012';

/** 32-bit FNV-1a of a text's UTF-8 bytes: small, stable, and enough to spread a few hundred names. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h;
}

export const dcdIdOf = (type: TypeCode) => TYPE_CODES.indexOf(type) + 1;
export const typeOfDcdId = (id: number): TypeCode | undefined => TYPE_CODES[id - 1];
export const dcdVersionIdOf = (type: TypeCode, version: string) => dcdIdOf(type) * 100 + Number(version);

/** The DCD version with this id, if there is one. */
export function formOfDcdVersionId(id: number): Form | undefined {
  const type = typeOfDcdId(Math.floor(id / 100));
  const version = versionsOf(type ?? 'H').find((v) => dcdVersionIdOf(type!, v.version) === id);
  return type && version ? getForm(type, version.version) : undefined;
}

export const fieldIdOf = (form: Form, field: Field) => dcdVersionIdOf(form.type, form.version) * 1000 + form.fields.indexOf(field) + 1;

/** The field with this id and its form, if there is one. */
export function fieldOfId(id: number): { form: Form; field: Field } | undefined {
  const form = formOfDcdVersionId(Math.floor(id / 1000));
  const field = form?.fields[(id % 1000) - 1];
  return form && field ? { form, field } : undefined;
}

interface Ids {
  listIds: Map<string, number>;
  lists: Map<number, CodeList>;
  /** Per code list: value id → code, and code → value id. */
  codeOf: Map<string, Map<number, string>>;
  idOf: Map<string, Map<string, number>>;
}

let ids: Ids | undefined;

/** Every id of every code list and value, made once; a clash would make two things one, so it stops angio. */
function allIds(): Ids {
  if (ids) return ids;
  const built: Ids = { listIds: new Map(), lists: new Map(), codeOf: new Map(), idOf: new Map() };
  const values = new Set<number>();
  for (const list of Object.values(codeLists)) {
    const listId = 100_000 + (fnv1a(`${DCD}/${list.name}`) % 900_000);
    if (built.lists.has(listId)) throw new Error(`code lists ${list.name} and ${built.lists.get(listId)!.name} have the same id`);
    built.listIds.set(list.name, listId);
    built.lists.set(listId, list);
    const codeOf = new Map<number, string>();
    const idOf = new Map<string, number>();
    for (const { code } of list.external ? [] : list.codes) {
      const valueId = VALUE_ID_MIN + (fnv1a(`${DCD}/${list.name}/${code}`) % (VALUE_ID_MAX - VALUE_ID_MIN + 1));
      if (values.has(valueId)) throw new Error(`value ${code} of ${list.name} has the id of another value`);
      values.add(valueId);
      codeOf.set(valueId, code);
      idOf.set(code, valueId);
    }
    built.codeOf.set(list.name, codeOf);
    built.idOf.set(list.name, idOf);
  }
  ids = built;
  return built;
}

export const codeListIdOf = (name: string): number => allIds().listIds.get(name)!;
export const codeListOfId = (id: number): CodeList | undefined => allIds().lists.get(id);
/** The id of a value of a code list (undefined for a list maintained outside the DCD). */
export const valueIdOf = (list: string, code: string): number | undefined => allIds().idOf.get(list)?.get(code);
/** The code a value id of a code list stands for. */
export const codeOfValueId = (list: string, id: number): string | undefined => allIds().codeOf.get(list)?.get(id);
