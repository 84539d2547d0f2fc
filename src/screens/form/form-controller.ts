/**
 * The state of an open registration form and every action on it. Each committed field change is
 * persisted at once through the store, so a killed process loses at most the field being typed.
 * Pure UI state and calls into the core: no SQL, no validation rules of its own.
 */
import { belgianTime } from '../../clock.js';
import { say } from '../../messages.js';
import { editText, formOf, type Field, type Form, type Lang, type Value } from '../../registry/index.js';
import { editableData, StoreError, ValidationFailed, type Registration, type RegistrationStore } from '../../store/index.js';
import {
  interpretInput,
  isEmpty,
  messageOf,
  problem,
  readinessProblems,
  stepStatuses,
  visibleFields,
  type Data,
  type Problem,
  type StepStatus,
  unusualValue,
} from '../../validation/index.js';
import { createObservable } from '../observable.js';
import { errorText } from '../refusals.js';
import { editsAsText, isChoice, isFocusable } from './field-kinds.js';
import { suggestionFor, type AnswerOutcome, type Operations } from '../../operations/index.js';
import { usesReferenceList, type PickerState } from './picker.js';
import { createPickerActions } from './picker-actions.js';
import { refusal } from './typed-input.js';
import { createShortEntry } from './short-entry.js';
import { createMovingActions } from './moving-actions.js';

export interface Message {
  text: string;
  tone: 'info' | 'success' | 'error';
}

export interface FormState {
  registration: Registration;
  stepId: string;
  focusId: string | undefined;
  /** Text typed but not (yet, or not validly) saved, per field. */
  buffers: Record<string, string>;
  /** Problems shown under fields (after the user left them or confirmed). */
  errors: Record<string, Problem[]>;
  /** What the form offers in an empty choice field (Enter accepts it). */
  suggested: Record<string, Value>;
  picker: PickerState | undefined;
  /**
   * A value outside its field's usual range, waiting for the user to keep it (asked once per
   * value, as REDCap does); nothing is saved until they do.
   */
  confirming: { fieldId: string; value: Value; warning: Problem } | undefined;
  /** Values the user kept although unusual, per field: not asked again. */
  kept: Record<string, Value>;
  /** The focused field while it holds nothing the user typed since it was focused. */
  fresh: string | undefined;
  /**
   * The field whose code was just chosen by typing it in full: the choosing key typed right after
   * (an Enter from habit) confirms it and does nothing else.
   */
  typedInFull: string | undefined;
  /** The field where an ignored character was already explained (said once per visit). */
  noticed: string | undefined;
  /** First visible line of the step's viewport. */
  top: number;
  height: number;
  message: Message | undefined;
}

export type Line = { kind: 'title' | 'info' | 'field' | 'error'; field: Field };

/** What the view renders, derived from the state. */
export interface FormView {
  form: Form;
  steps: StepStatus[];
  stepIndex: number;
  lines: Line[];
  focusLine: number;
  visible: Set<string>;
}

export interface FormDeps {
  /** Reads (the registration, reference lists, the clock). */
  store: RegistrationStore;
  /** Every change goes through an operation. */
  ops: Operations;
  user: string;
  lang: Lang;
  /** The user's RIZIV number, offered in the operator fields. */
  userRiziv?: string | undefined;
}

export function createFormController(deps: FormDeps, registration: Registration, height = 15) {
  const { store, ops, user, lang } = deps;
  const form = formOf(registration.type, registration.formVersion);
  const o = createObservable<FormState>({
    registration,
    stepId: form.steps[0]!.id,
    focusId: undefined,
    buffers: {},
    errors: {},
    suggested: {},
    confirming: undefined,
    kept: {},
    picker: undefined,
    fresh: undefined,
    noticed: undefined,
    typedInFull: undefined,
    top: 0,
    height,
    message: undefined,
  });
  let viewCache: { state: FormState; view: FormView } | undefined;

  const s = () => o.get();
  const entry = createShortEntry({ form, lang, store, user, userRiziv: deps.userRiziv, registration: () => s().registration });
  const set = (patch: Partial<FormState>) => {
    o.set({ ...s(), ...patch });
    keepFocusVisible();
  };

  function view(): FormView {
    const state = s();
    if (viewCache?.state === state) return viewCache.view;
    const data = editableData(state.registration);
    const visible = visibleFields(form, data);
    const steps = stepStatuses(form, data, { lists: store.lists, today: store.clock.today() });
    const lines: Line[] = [];
    for (const f of form.fields) {
      if (f.step !== state.stepId || !visible.has(f.id) || f.kind === 'hidden') continue;
      // The one info text says the official form is NL/FR only: it matters to English readers.
      if (f.kind === 'info') {
        if (lang === 'en') lines.push({ kind: 'info', field: f });
        continue;
      }
      lines.push({ kind: f.kind === 'title' ? 'title' : 'field', field: f });
      if (state.errors[f.id]?.length) lines.push({ kind: 'error', field: f });
    }
    const focusLine = lines.findIndex((l) => l.kind === 'field' && l.field.id === state.focusId);
    const stepIndex = Math.max(
      0,
      steps.findIndex((x) => x.id === state.stepId),
    );
    const v = { form, steps, stepIndex, lines, focusLine, visible };
    viewCache = { state, view: v };
    return v;
  }

  const focusables = () =>
    view()
      .lines.filter((l) => l.kind === 'field' && isFocusable(l.field))
      .map((l) => l.field);

  function keepFocusVisible() {
    const state = s();
    const v = view();
    if (v.focusLine < 0) return;
    let top = state.top;
    const needed = v.lines[v.focusLine + 1]?.kind === 'error' ? 2 : 1;
    if (v.focusLine < top) top = Math.max(0, v.focusLine - (v.lines[v.focusLine - 1]?.kind === 'title' ? 1 : 0));
    if (v.focusLine + needed > top + state.height) top = v.focusLine + needed - state.height;
    top = Math.max(0, Math.min(top, Math.max(0, v.lines.length - state.height)));
    if (top !== state.top) o.set({ ...state, top });
  }

  function focusField() {
    return s().focusId ? form.byId.get(s().focusId!) : undefined;
  }

  const labels = (ids: string[]) => ids.map((k) => form.byId.get(k)!.label[lang]).join(', ');

  /**
   * Runs one answering operation of the core (one transaction) and shows its outcome; on refusal
   * keeps the typed text and shows why, overwriting nothing.
   */
  function apply(changes: Data, run: (rowVersion: number) => AnswerOutcome): boolean {
    try {
      const outcome = run(s().registration.rowVersion);
      const r = outcome.registration;
      let message: Message | undefined;
      if (outcome.fromNiss.length) message = { text: say(lang, 'form.fromNiss', { fields: labels(outcome.fromNiss) }), tone: 'info' };
      if (outcome.fromPatient) {
        const { registrationId, fields } = outcome.fromPatient;
        message = { text: say(lang, 'form.fromPatient', { id: registrationId, fields: labels(fields) }), tone: 'info' };
      }
      const buffers = { ...s().buffers };
      const errors = { ...s().errors };
      const suggested = { ...s().suggested };
      for (const k of Object.keys(changes)) {
        delete buffers[k];
        delete errors[k];
        delete suggested[k];
      }
      // A saved value may still break a rule of complete validation (a range, a date order):
      // say so under the field now rather than at sending time.
      const changed = new Set(Object.keys(changes));
      for (const p of readinessProblems(form, editableData(r), { lists: store.lists, today: store.clock.today() })) {
        if (changed.has(p.field) && p.code !== 'required') (errors[p.field] ??= []).push(p);
      }
      set({ registration: r, buffers, errors, suggested, message });
      return true;
    } catch (e) {
      if (e instanceof ValidationFailed) {
        const errors = { ...s().errors };
        for (const p of e.problems) (errors[p.field] ??= []).push(p);
        set({ errors });
        return false;
      }
      if (e instanceof StoreError && e.reason === 'conflict') {
        set({ registration: store.mustGet(s().registration.id), message: { text: errorText(lang, e), tone: 'error' } });
        return false;
      }
      if (e instanceof StoreError) {
        set({ message: { text: errorText(lang, e), tone: 'error' } });
        return false;
      }
      throw e;
    }
  }

  const missingIn = (stepId: string) => view().steps.find((x) => x.id === stepId)?.missing ?? 0;
  /** The step the last answer completed (it lacked something before, nothing after), until the cursor moves on. */
  let completedStep: string | undefined;

  /** Runs an answering operation and notes whether it completed the step of the cursor. */
  function answering(changes: Data, run: (rowVersion: number) => AnswerOutcome): boolean {
    const stepId = s().stepId;
    const before = missingIn(stepId);
    completedStep = undefined;
    const ok = apply(changes, run);
    if (ok && before > 0 && missingIn(stepId) === 0) completedStep = stepId;
    return ok;
  }

  /** Confirms answers: the change and what follows from it, in one operation. */
  const persist = (changes: Data): boolean =>
    answering(changes, (rowVersion) => ops.confirmAnswer(user, { id: s().registration.id, rowVersion, changes }));

  /** An admin adds a physician number to its list and answers it, in one operation. */
  const persistWithNewListEntry = (fieldId: string, list: string, code: string): boolean =>
    answering({ [fieldId]: code }, (rowVersion) =>
      ops.answerWithNewListEntry(user, { id: s().registration.id, rowVersion, changes: { [fieldId]: code }, list, code }),
    );

  /** Saves the text typed in the focused field; an invalid value stays on screen with its error. */
  function commitFocused(): boolean {
    const f = focusField();
    if (!f || !(f.id in s().buffers)) return true;
    const typed = s().buffers[f.id]!;
    if (typed === editText(f, editableData(s().registration)[f.id], lang)) {
      const buffers = { ...s().buffers };
      delete buffers[f.id];
      set({ buffers });
      return true;
    }
    const reading = entry.read(f, typed);
    if (reading.kind === 'nothing-offered') {
      set({ message: { text: entry.nothingOffered(f), tone: 'error' } });
      return false;
    }
    if (reading.kind === 'no-such-day') {
      set({
        errors: { ...s().errors, [f.id]: [problem(f.id, 'invalid_date', { value: reading.text })] },
        message: { text: entry.noSuchDay(f, reading, true), tone: 'error' },
      });
      return false;
    }
    const text = reading.kind === 'full' ? reading.text : typed;
    const r = interpretInput(form, f, text);
    if (r.problems.length) {
      set({ errors: { ...s().errors, [f.id]: r.problems } });
      return false;
    }
    const unusual = unusualValue(f, r.value);
    if (unusual && s().kept[f.id] !== r.value) {
      set({ confirming: { fieldId: f.id, value: r.value, warning: unusual } });
      return false;
    }
    return persist({ [f.id]: r.value });
  }

  /** Whether a value waits for the user to keep it: the form then does nothing else. */
  const waiting = () => s().confirming !== undefined;

  /** Puts the focus on a field, offering what fast encoding suggests for it when it is empty. */
  function focusOn(id: string | undefined) {
    const f = id ? form.byId.get(id) : undefined;
    const offer = f ? suggestionFor(f, editableData(s().registration), store, user, deps.userRiziv) : undefined;
    const visit = { focusId: id, fresh: id, noticed: undefined };
    if (!f || offer === undefined || f.id in s().buffers) return set(visit);
    if (types(f)) set({ ...visit, buffers: { ...s().buffers, [f.id]: editText(f, offer, lang) } });
    else set({ ...visit, suggested: { ...s().suggested, [f.id]: offer } });
  }

  function focusAt(stepId: string, which: 'first' | 'last' | string) {
    const entering = stepId !== s().stepId || s().focusId === undefined;
    set({ stepId, top: which === 'first' ? 0 : s().top, focusId: undefined });
    const list = focusables();
    const target = which === 'first' ? list[0] : which === 'last' ? list.at(-1) : list.find((f) => f.id === which);
    focusOn(target?.id);
    if (entering) moving.offerBlockCopy();
  }

  function move(delta: 1 | -1) {
    commitFocused();
    if (waiting()) return;
    const list = focusables();
    const i = list.findIndex((f) => f.id === s().focusId);
    const next = list[i + delta];
    if (next) return focusOn(next.id);
    const steps = view().steps;
    const j = view().stepIndex + delta;
    if (j >= 0 && j < steps.length) focusAt(steps[j]!.id, delta === 1 ? 'first' : 'last');
  }

  const moving = createMovingActions({
    form,
    lang,
    state: s,
    set,
    view,
    focusField,
    focusAt,
    move,
    commitFocused,
    waiting,
    persist,
    takeCompletedStep() {
      const done = completedStep;
      completedStep = undefined;
      return done;
    },
  });
  const advance = () => moving.advance();

  const value = (f: Field): Value => editableData(s().registration)[f.id];
  /** Answered by choosing: a code list, or a loaded reference list (physicians, devices, postal codes). */
  const picks = (f: Field) => isChoice(f) || usesReferenceList(f, store.lists);
  /** Typed as text: everything else that is typed (and reference lists that are not loaded). */
  const types = (f: Field) => editsAsText(f) && !picks(f);

  const controller = {
    observable: o,
    form,
    view,
    focusField,
    /** Opens on the first answer still missing; on the first field when nothing is. */
    start() {
      moving.focusFirstMissing();
      return controller;
    },
    nextMissing: () => moving.nextMissing(),
    copyPreviousBlock: () => moving.copyPreviousBlock(),
    setHeight(height: number) {
      if (height !== s().height) set({ height });
    },
    next: () => move(1),
    prev: () => move(-1),
    nextStep() {
      commitFocused();
      if (waiting()) return;
      const steps = view().steps;
      const j = view().stepIndex + 1;
      if (j < steps.length) focusAt(steps[j]!.id, 'first');
    },
    prevStep() {
      commitFocused();
      if (waiting()) return;
      const j = view().stepIndex - 1;
      if (j >= 0) focusAt(view().steps[j]!.id, 'first');
    },
    /** Jumps to a field (from the review list): its step, then the field. */
    goTo(fieldId: string) {
      commitFocused();
      if (waiting()) return;
      const f = form.byId.get(fieldId);
      if (!f) return;
      if (isFocusable(f)) return focusAt(f.step, f.id);
      // A computed field (BMI, pseudocode) is fixed through the answers it is made of: go to the
      // first of its step's fields that still lacks something.
      focusAt(f.step, 'first');
      const step = view().steps.find((x) => x.id === f.step);
      const target = step?.problems.map((p) => form.byId.get(p.field)).find((x) => x && isFocusable(x));
      if (target) focusAt(f.step, target.id);
    },
    picks,
    types,
    /** The reference-list entry behind a value, shown beside the code. */
    describe(f: Field, v: Value): string | undefined {
      if (!usesReferenceList(f, store.lists) || typeof v !== 'string') return undefined;
      return store.lists.get(f.codeList!, v)?.name;
    },
    /**
     * A character typed into the focused field. A date, time or number field ignores one that
     * cannot be part of its answer, and says so once per visit; `t` or `=` typed first in a date
     * field replaces what it shows.
     */
    type(ch: string) {
      const f = focusField();
      if (!f) return;
      if (types(f)) {
        const state = s();
        const fresh = state.fresh === f.id;
        const current = state.buffers[f.id] ?? editText(f, value(f), lang);
        const why = refusal(f, ch, current, fresh);
        if (why) {
          if (state.noticed === f.id) return;
          return set({ noticed: f.id, message: { text: entry.ignored(f, ch, why), tone: 'error' } });
        }
        const errors = { ...state.errors };
        delete errors[f.id];
        const replaces = fresh && f.kind === 'date' && /^[tT=]$/.test(ch);
        set({ buffers: { ...state.buffers, [f.id]: replaces ? ch : current + ch }, errors, message: undefined, fresh: undefined });
      } else if (picks(f)) {
        controller.openPicker(ch);
      }
    },
    erase() {
      const f = focusField();
      if (!f || !types(f)) return;
      const current = s().buffers[f.id] ?? editText(f, value(f), lang);
      const errors = { ...s().errors };
      delete errors[f.id];
      set({ buffers: { ...s().buffers, [f.id]: current.slice(0, -1) }, errors, fresh: undefined });
    },
    clear() {
      const f = focusField();
      if (!f) return;
      const buffers = { ...s().buffers };
      delete buffers[f.id];
      set({ buffers });
      if (!isEmpty(value(f))) persist({ [f.id]: undefined });
      else {
        const errors = { ...s().errors };
        delete errors[f.id];
        set({ errors });
      }
    },
    /** Enter: saves a typed value and moves on, or opens the choices. */
    edit() {
      const f = focusField();
      if (!f) return;
      const offer = s().suggested[f.id];
      if (offer !== undefined && isEmpty(value(f))) {
        if (persist({ [f.id]: offer })) advance();
        return;
      }
      if (picks(f)) return controller.openPicker('');
      if (f.kind === 'yesno') return controller.toggle();
      completedStep = undefined;
      if (commitFocused()) advance();
    },
    /**
     * Called with every key: whether it is the choosing key right after a code typed in full, which
     * only confirms that code. Any key ends that moment.
     */
    confirmsTypedCode(choosing: boolean): boolean {
      if (s().typedInFull === undefined) return false;
      set({ typedInFull: undefined });
      return choosing;
    },
    answerYesNo(code: '1' | '0') {
      const f = focusField();
      if (f?.kind === 'yesno' && persist({ [f.id]: code })) advance();
    },
    toggle() {
      const f = focusField();
      if (f?.kind === 'yesno') persist({ [f.id]: value(f) === '1' ? '0' : '1' });
    },
    /** Saves what is typed; everything else was saved as it was answered. */
    save(): boolean {
      const ok = commitFocused();
      if (waiting()) return false;
      const pending = Object.keys(s().buffers).length;
      set({
        message:
          pending || !ok
            ? { text: say(lang, 'form.notSaved', { n: pending }), tone: 'error' }
            : { text: say(lang, 'form.saved', { time: belgianTime(store.clock.now()) }), tone: 'success' },
      });
      return pending === 0 && ok;
    },
    /** Whether leaving would lose typed values that could not be saved. */
    unsavedOnLeave(): number {
      commitFocused();
      return Object.keys(s().buffers).length;
    },
    ...createPickerActions({ form, lang, store, user, state: s, set, persist, persistWithNewListEntry, advance, focusField, value, picks }),
    /** The unusual value waiting for confirmation is kept: saved, and not asked again; the form moves on. */
    keepUnusual() {
      const c = s().confirming;
      if (!c) return;
      set({ confirming: undefined, kept: { ...s().kept, [c.fieldId]: c.value } });
      if (persist({ [c.fieldId]: c.value })) advance();
    },
    /** The unusual value is not kept: the typed text stays in the field, to be corrected. */
    rejectUnusual() {
      set({ confirming: undefined });
    },
    setMessage(message: Message | undefined) {
      set({ message });
    },
    /** Reloads the record (after a send or a change elsewhere). */
    reload() {
      set({ registration: store.mustGet(s().registration.id) });
    },
    problemText: (p: Problem) => messageOf(p, lang),
    /**
     * Identifiers are checked while they are typed (check digits): '✓', or '✗ why' once the
     * typed text is long enough to judge; a short date or time shows what it stands for in full
     * ('→ 10/03/2026'), or why it stands for nothing; '' otherwise.
     */
    liveCheck(): string {
      const f = focusField();
      const text = f ? s().buffers[f.id] : undefined;
      if (!f || text === undefined) return '';
      if (f.kind === 'date' || f.kind === 'time') return entry.preview(f, text);
      if (f.kind !== 'niss' && f.kind !== 'hcp') return '';
      if (text.replace(/\D/g, '').length < 11) return '';
      const r = interpretInput(form, f, text);
      return r.problems.length ? `✗ ${messageOf(r.problems[0]!, lang)}` : '✓';
    },
  };
  return controller;
}

export type FormController = ReturnType<typeof createFormController>;
