/**
 * The choice picker's actions of the form controller: open it on a field (the current or suggested
 * answer under the cursor, the user's usual codes first), filter, move, tick, choose, cancel, and
 * add a physician to its list.
 */
import { say } from '../../messages.js';
import type { Field, Form, Lang, Value } from '../../registry/index.js';
import type { RegistrationStore } from '../../store/index.js';
import { interpretInput, messageOf, type Data } from '../../validation/index.js';
import type { FormState, Message } from './form-controller.js';
import { codeTypedInFull, inListOrder, pickerOptions, toggleTick, usesReferenceList } from './picker.js';

export interface PickerContext {
  form: Form;
  lang: Lang;
  store: RegistrationStore;
  user: string;
  state: () => FormState;
  set: (patch: Partial<FormState>) => void;
  persist: (changes: Data) => boolean;
  /** Adds a code to a reference list and answers it, both or neither. */
  persistWithNewListEntry: (fieldId: string, list: string, code: string) => boolean;
  /** After an answer: on to the next field, or to the next missing answer. */
  advance: () => void;
  focusField: () => Field | undefined;
  value: (f: Field) => Value;
  picks: (f: Field) => boolean;
}

export function createPickerActions(c: PickerContext) {
  const { form, lang, store, user, set, persist, persistWithNewListEntry, advance, focusField, value, picks } = c;
  const s = c.state;
  /** Chooses a code the filter names without doubt, at once; whether it did. */
  const chooseTypedInFull = (f: Field, filter: string): boolean => {
    const code = codeTypedInFull(f, filter, store.lists);
    if (code === undefined) return false;
    set({ picker: undefined });
    if (persist({ [f.id]: code })) {
      set({ typedInFull: f.id });
      advance();
    }
    return true;
  };
  const actions = {
    openPicker(filter: string) {
      const f = focusField();
      if (!f || !picks(f) || chooseTypedInFull(f, filter)) return;
      const current = value(f);
      const ticked = f.kind === 'codes' && Array.isArray(current) ? current : [];
      const chosen = store.answers.choiceCounts(user, f.id);
      const options = pickerOptions(f, filter, lang, store.lists, chosen);
      const target = typeof current === 'string' ? current : s().suggested[f.id];
      const at = typeof target === 'string' && !filter ? options.findIndex((c) => c.code === target) : 0;
      set({ picker: { fieldId: f.id, multi: f.kind === 'codes', filter, cursor: Math.max(0, at), ticked, chosen } });
    },
    pickerOptions() {
      const p = s().picker;
      return p ? pickerOptions(form.byId.get(p.fieldId)!, p.filter, lang, store.lists, p.chosen) : [];
    },
    pickerMove(delta: 1 | -1) {
      const p = s().picker;
      if (!p) return;
      const n = actions.pickerOptions().length;
      set({ picker: { ...p, cursor: n ? (p.cursor + delta + n) % n : 0 } });
    },
    pickerType(ch: string) {
      const p = s().picker;
      if (!p || chooseTypedInFull(form.byId.get(p.fieldId)!, p.filter + ch)) return;
      set({ picker: { ...p, filter: p.filter + ch, cursor: 0 } });
    },
    pickerErase() {
      const p = s().picker;
      if (p) set({ picker: { ...p, filter: p.filter.slice(0, -1), cursor: 0 } });
    },
    pickerToggle() {
      const p = s().picker;
      const option = actions.pickerOptions()[p?.cursor ?? 0];
      if (!p || !p.multi || !option) return;
      set({ picker: { ...p, ticked: toggleTick(form.byId.get(p.fieldId)!, p.ticked, option.code) } });
    },
    pickerChoose() {
      const p = s().picker;
      if (!p) return;
      const f = form.byId.get(p.fieldId)!;
      const option = actions.pickerOptions()[p.cursor];
      let chosen: Value;
      if (p.multi) chosen = inListOrder(f, p.ticked.length || !option ? p.ticked : [option.code]);
      else if (option) chosen = option.code;
      else if (usesReferenceList(f, store.lists) && p.filter.trim()) {
        // Not in the list (a new physician, a special postal code): the typed value is used as
        // typed, checked like any input; validation then warns that it is not in the list.
        const r = interpretInput(form, f, p.filter);
        if (r.problems.length)
          return set({
            message: { text: say(lang, 'form.typedProblem', { typed: p.filter, problem: messageOf(r.problems[0]!, lang) }), tone: 'error' },
          });
        chosen = r.value;
      } else return;
      set({ picker: undefined });
      if (persist({ [f.id]: chosen })) advance();
    },
    pickerCancel() {
      set({ picker: undefined });
    },
    /**
     * An admin adds the typed physician number to the HPIN list from the form, then it is chosen;
     * the name can be completed with the next list import.
     */
    pickerAdd(denied: string | undefined) {
      const p = s().picker;
      const f = p ? form.byId.get(p.fieldId) : undefined;
      if (!p || !f || f.kind !== 'hcp' || !usesReferenceList(f, store.lists))
        return set({ message: { text: say(lang, 'picker.add.onlyPhysician'), tone: 'error' } });
      if (denied) return set({ message: { text: denied, tone: 'error' } });
      const r = interpretInput(form, f, p.filter);
      if (r.problems.length || typeof r.value !== 'string')
        return set({
          message: {
            text: say(lang, 'form.typedProblem', {
              typed: p.filter || say(lang, 'picker.add.nothingTyped'),
              problem: r.problems[0] ? messageOf(r.problems[0], lang) : say(lang, 'picker.add.typeFirst'),
            }),
            tone: 'error',
          },
        });
      set({ picker: undefined });
      if (persistWithNewListEntry(f.id, f.codeList!, r.value)) {
        set({ message: { text: say(lang, 'picker.add.added', { code: r.value }), tone: 'success' } });
        advance();
      }
    },
  };
  return actions;
}

export type { Message };
