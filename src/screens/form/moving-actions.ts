/**
 * The form controller's actions that take the cursor to what is still missing: the first missing
 * answer on opening, the next one after the answer that completes a step (or on Ctrl+E), and a PCI
 * block started from the one before it (offered on entering the block, Ctrl+B), then its first
 * missing answer.
 */
import { binding, keysLabel } from '../../keymap.js';
import { say } from '../../messages.js';
import type { Field, Form, Lang } from '../../registry/index.js';
import { editableData } from '../../store/index.js';
import type { Data } from '../../validation/index.js';
import { blockCopy } from './block-copy.js';
import type { FormState, FormView } from './form-controller.js';
import { missingFields, nextMissing } from './missing.js';

export interface MovingContext {
  form: Form;
  lang: Lang;
  state: () => FormState;
  set: (patch: Partial<FormState>) => void;
  view: () => FormView;
  focusField: () => Field | undefined;
  focusAt: (stepId: string, which: 'first' | 'last' | string) => void;
  move: (delta: 1 | -1) => void;
  commitFocused: () => boolean;
  waiting: () => boolean;
  persist: (changes: Data) => boolean;
  /** The step the last answer completed, if it did; asking forgets it. */
  takeCompletedStep: () => string | undefined;
}

export function createMovingActions(c: MovingContext) {
  const { form, lang, set, view, focusField, focusAt } = c;
  const s = c.state;
  const missing = () => missingFields(form, view().steps, view().visible);
  const say1 = (text: string, tone: 'info' | 'success' | 'error') => set({ message: { text, tone } });

  return {
    /** Opens on the first answer still missing; on the first field when nothing is. */
    focusFirstMissing() {
      const first = missing()[0];
      if (first) focusAt(first.step, first.id);
      else focusAt(view().steps[0]?.id ?? form.steps[0]!.id, 'first');
    },
    /**
     * After an answer: the next field; or, when the answer completed its step, the next answer
     * still missing, in a later step or back at the start.
     */
    advance() {
      const done = c.takeCompletedStep();
      const target = done === s().stepId ? nextMissing(form, missing(), focusField(), true) : undefined;
      if (target) focusAt(target.step, target.id);
      else c.move(1);
    },
    /** To the next answer still missing, in this step or another (round to the start). */
    nextMissing() {
      c.commitFocused();
      if (c.waiting()) return;
      const target = nextMissing(form, missing(), focusField());
      if (target) return focusAt(target.step, target.id);
      say1(say(lang, 'form.nothingMissing', { key: keysLabel(binding('form.review'), 1, lang) }), 'success');
    },
    /** Entering a PCI block after the first that can take answers from the one before: the key says so. */
    offerBlockCopy() {
      const block = form.steps.find((x) => x.id === s().stepId)?.block;
      const copy = block ? blockCopy(form, editableData(s().registration), block) : undefined;
      if (!block || !copy?.fields.length) return;
      const key = keysLabel(binding('form.copyBlock'), 1, lang);
      say1(say(lang, 'form.block.offer', { key, block, from: copy.from }), 'info');
    },
    /** A PCI block after the first takes the procedural answers of the one before, in one confirmation. */
    copyPreviousBlock() {
      // What the focused field shows untouched is only the form's offer: it stays offered, not saved.
      if (s().fresh !== s().focusId) c.commitFocused();
      if (c.waiting()) return;
      const stepId = s().stepId;
      const block = form.steps.find((x) => x.id === stepId)?.block;
      const copy = block ? blockCopy(form, editableData(s().registration), block) : undefined;
      if (!copy) return say1(say(lang, 'form.block.notHere'), 'error');
      if (!copy.fields.length) return say1(say(lang, 'form.block.nothing', { from: copy.from }), 'info');
      if (!c.persist(copy.changes)) return;
      c.takeCompletedStep();
      const fields = copy.fields.map((f) => f.label[lang]).join(', ');
      say1(say(lang, 'form.block.copied', { n: copy.fields.length, from: copy.from, fields }), 'success');
      const target = missing().find((f) => f.step === stepId) ?? nextMissing(form, missing(), focusField(), true);
      if (target) focusAt(target.step, target.id);
    },
  };
}
