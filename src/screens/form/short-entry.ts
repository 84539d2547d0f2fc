/**
 * How the form reads what is typed into a field before it is checked: short dates and times
 * (typed-input.ts) with the dates of the registration, and the sentences for a day that does not
 * exist, a date not offered, and a character the field ignores.
 */
import { say, type MessageId } from '../../messages.js';
import { keyDateFieldOf, type Field, type Form, type Lang } from '../../registry/index.js';
import { editableData, type Registration, type RegistrationStore } from '../../store/index.js';
import { suggestionFor } from '../../operations/index.js';
import { readTyped, type DateContext, type Reading, type Refusal } from './typed-input.js';

export interface ShortEntryContext {
  form: Form;
  lang: Lang;
  /** Reads the clock, the user's remembered answers. */
  store: RegistrationStore;
  user: string;
  userRiziv: string | undefined;
  registration: () => Registration;
}

const GUARDS: Record<Refusal, MessageId> = {
  date: 'form.guard.date',
  'date-command': 'form.guard.dateCommand',
  time: 'form.guard.time',
  whole: 'form.guard.whole',
  decimal: 'form.guard.decimal',
};

export type NoSuchDay = Extract<Reading, { kind: 'no-such-day' }>;

export function createShortEntry(c: ShortEntryContext) {
  const { form, lang, store } = c;

  /**
   * The dates a short date reads with: today (the injected clock's), the year of the key date
   * (today's for the key date itself, or while it is unanswered) and the date `=` takes: the
   * field's own offer (a PCI date: the admission), else the key date for a later date of the stay.
   */
  function dateContext(f: Field): DateContext {
    const today = store.clock.today();
    const r = c.registration();
    const { [f.id]: _own, ...others } = editableData(r);
    const keyId = keyDateFieldOf(r.type);
    const key = typeof others[keyId] === 'string' ? others[keyId] : undefined;
    const offer = suggestionFor(f, others, store, c.user, c.userRiziv);
    const stepAt = (id: string | undefined) => form.steps.findIndex((x) => x.id === id);
    const ofTheStay = f.id !== keyId && stepAt(f.step) >= stepAt(form.byId.get(keyId)?.step);
    const offered = typeof offer === 'string' ? offer : ofTheStay ? key : undefined;
    return { today, year: (f.id === keyId || !key ? today : key).slice(0, 4), offered };
  }

  /** Why a day typed does not exist, in a sentence naming the field (the status line) or not (beside it). */
  function noSuchDay(f: Field, r: NoSuchDay, named: boolean): string {
    const reason =
      r.month === 2 && r.day === 29
        ? say(lang, 'form.date.notLeap', { year: r.year })
        : say(lang, 'form.date.shortMonth', { month: r.month, days: r.days });
    return say(lang, named ? 'form.date.noSuchDay' : 'form.date.noSuchDayHere', { field: f.label[lang], date: r.text, reason });
  }

  return {
    /** What the text typed in a field stands for. */
    read: (f: Field, text: string): Reading => readTyped(f, text, dateContext(f)),
    noSuchDay,
    nothingOffered: (f: Field) => say(lang, 'form.date.nothingOffered', { field: f.label[lang] }),
    /** Why a character typed into a field is ignored. */
    ignored: (f: Field, ch: string, why: Refusal) => say(lang, GUARDS[why], { field: f.label[lang], char: ch }),
    /**
     * What a date or time typed so far stands for, shown beside it: '→ 10/03/2026', '✗ why', or ''
     * when it is typed in full or not a date yet.
     */
    preview(f: Field, text: string): string {
      const r = readTyped(f, text, dateContext(f));
      if (r.kind === 'full') return r.text === text.trim() ? '' : `→ ${r.text}`;
      if (r.kind === 'no-such-day') return `✗ ${noSuchDay(f, r, false)}`;
      return r.kind === 'nothing-offered' ? `✗ ${say(lang, 'form.date.nothingOfferedHere')}` : '';
    },
  };
}
