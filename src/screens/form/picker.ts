/** The choice picker of a code field: type-to-filter over code and label, Space ticks (multiple). */
import { codeListOf, type Code, type Field, type Lang } from '../../registry/index.js';
import type { ReferenceLookup } from '../../validation/index.js';
import { say } from '../../messages.js';

export interface PickerState {
  fieldId: string;
  multi: boolean;
  filter: string;
  cursor: number;
  ticked: string[];
  /** How often the user chose each code of the field, read when the picker opened. */
  chosen: ReadonlyMap<string, number>;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether a field is answered from a reference list that is loaded (physicians, devices, postal codes). */
export function usesReferenceList(field: Field, lists: ReferenceLookup | undefined): boolean {
  return !!lists && !!field.codeList && codeListOf(field)?.external === true && lists.isLoaded(field.codeList);
}

/**
 * Options matching the filter (code prefix or label words): an exact code first, then the codes the
 * user chose most often (`chosen`: code → times), then the list's own order.
 */
export function pickerOptions(
  field: Field,
  filter: string,
  lang: Lang,
  lists?: ReferenceLookup,
  chosen?: ReadonlyMap<string, number>,
): Code[] {
  const f = fold(filter.trim());
  let hits: Code[];
  if (usesReferenceList(field, lists)) {
    const found = lists!.search(field.codeList!, filter, 200);
    // The user's usual entries may lie beyond the first page of an unfiltered list.
    const usual = f ? [] : [...(chosen?.keys() ?? [])].flatMap((code) => lists!.get(field.codeList!, code) ?? []);
    const seen = new Set<string>();
    hits = [...usual, ...found]
      .filter((e) => !seen.has(e.code) && !!seen.add(e.code))
      .map((e) => {
        const until = e.validTo?.split('-').reverse().join('/');
        const text = (l: Lang) =>
          `${e.name}${e.detail ? ` — ${e.detail}` : ''}${until ? ` (${say(l, 'picker.validTo', { date: until })})` : ''}`;
        return { code: e.code, label: { en: text('en'), nl: text('nl'), fr: text('fr') } };
      });
  } else {
    const codes = codeListOf(field)?.codes ?? [];
    hits = f ? codes.filter((c) => fold(c.code).startsWith(f) || fold(c.label[lang]).includes(f)) : codes;
  }
  const rank = (c: Code) => (f && fold(c.code) === f ? Number.MAX_SAFE_INTEGER : (chosen?.get(c.code) ?? 0));
  // Array.prototype.sort is stable: equal ranks keep the list's order.
  return hits
    .map((c) => ({ c, r: rank(c) }))
    .sort((a, b) => b.r - a.r)
    .map((x) => x.c);
}

/**
 * The code a digit filter names without doubt, in a single-choice official list: it equals one
 * code and starts no other ("1" among 1–5, "10" among 1–12, never "1" among 1–12). Such a code is
 * chosen as it is typed, as y/n answer a yes/no question (docs/decisions.md#fewer-keys-per-registration).
 * Letters never are: they may be the start of a label the user is looking for.
 */
export function codeTypedInFull(field: Field, filter: string, lists?: ReferenceLookup): string | undefined {
  if (field.kind === 'codes' || !/^\d+$/.test(filter) || usesReferenceList(field, lists)) return undefined;
  const list = codeListOf(field);
  if (!list || list.external) return undefined;
  const starting = list.codes.filter((c) => c.code.startsWith(filter));
  return starting.length === 1 && starting[0]!.code === filter ? filter : undefined;
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
