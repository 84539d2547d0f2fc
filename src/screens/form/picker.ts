/** The choice picker of a code field: type-to-filter over code and label, Space ticks (multiple). */
import { codeListOf, type Code, type Field, type Lang } from '../../registry/index.js';
import type { ReferenceLookup } from '../../validation/index.js';

export interface PickerState {
  fieldId: string;
  multi: boolean;
  filter: string;
  cursor: number;
  ticked: string[];
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether a field is answered from a reference list that is loaded (physicians, devices, postal codes). */
export function usesReferenceList(field: Field, lists: ReferenceLookup | undefined): boolean {
  return !!lists && !!field.codeList && codeListOf(field)?.external === true && lists.isLoaded(field.codeList);
}

/** Options matching the filter: code prefix or label words; an exact code comes first. */
export function pickerOptions(field: Field, filter: string, lang: Lang, lists?: ReferenceLookup): Code[] {
  if (usesReferenceList(field, lists)) {
    return lists!.search(field.codeList!, filter, 200).map((e) => {
      const text = `${e.name}${e.detail ? ` — ${e.detail}` : ''}${e.validTo ? ` (until ${e.validTo.split('-').reverse().join('/')})` : ''}`;
      return { code: e.code, label: { en: text, nl: text, fr: text } };
    });
  }
  const codes = codeListOf(field)?.codes ?? [];
  const f = fold(filter.trim());
  if (!f) return codes;
  const hits = codes.filter((c) => fold(c.code).startsWith(f) || fold(c.label[lang]).includes(f));
  return [...hits.filter((c) => fold(c.code) === f), ...hits.filter((c) => fold(c.code) !== f)];
}

/** Ticking follows the exclusive choice of a list ("no", "no test"): it unticks the others and back. */
export function toggleTick(field: Field, ticked: string[], code: string): string[] {
  if (ticked.includes(code)) return ticked.filter((c) => c !== code);
  if (field.exclusiveCode === code) return [code];
  return [...ticked.filter((c) => c !== field.exclusiveCode), code];
}

/** Ticked codes in the list's order (the stored order does not depend on the order of ticking). */
export function inListOrder(field: Field, ticked: string[]): string[] {
  const order = (codeListOf(field)?.codes ?? []).map((c) => c.code);
  return [...ticked].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
