/** The stepwise form of an Open registration: step bar, a scrolling viewport of the step's fields, hints. */
import { Box, Text } from 'ink';
import { useKeys } from '../use-keys.js';
import { useEffect } from 'react';
import { actionFor, footerHints, isTyping, matches, statusWord } from '../../keymap.js';
import { say } from '../../messages.js';
import { displayValue, editText, numberText, registrationTypes, type Value } from '../../registry/index.js';
import { patientLabel } from '../format.js';
import { editableData } from '../../store/index.js';
import { useObservable } from '../observable.js';
import { useServices } from '../services.js';
import { hintFor } from './field-kinds.js';
import type { FormController, Line } from './form-controller.js';
import { PickerView } from './picker-view.js';
import { StepBar } from './step-bar.js';
import { colour } from '../theme.js';
import { StatusLine } from '../status-line.js';

/** Header, step bar, step title, hint, status line and footer. */
export const FORM_CHROME = 6;

export interface RecordFormProps {
  controller: FormController;
  isActive: boolean;
  onLeave: () => void;
  onReview: () => void;
  onHelp: () => void;
}

export function RecordForm({ controller, isActive, onLeave, onReview, onHelp }: RecordFormProps) {
  const { lang, size, ops, user } = useServices();
  const state = useObservable(controller.observable);
  const view = controller.view();
  const height = Math.max(3, size.rows - FORM_CHROME);
  useEffect(() => {
    controller.setHeight(height);
  }, [controller, height]);

  useKeys(
    (input, key) => {
      // Read live state: several keys of one chunk arrive before React re-renders.
      const live = controller.observable.get();
      if (live.confirming) {
        const a = actionFor('confirm', input, key);
        if (a === 'confirm.yes') controller.keepUnusual();
        else if (a === 'confirm.no') controller.rejectUnusual();
        else if (a === 'app.help') onHelp();
        return;
      }
      if (controller.confirmsTypedCode(matches('picker.choose', input, key))) return;
      const picker = live.picker;
      if (picker) {
        const a = actionFor('picker', input, key);
        if (a === 'picker.down') controller.pickerMove(1);
        else if (a === 'picker.up') controller.pickerMove(-1);
        else if (a === 'picker.choose') controller.pickerChoose();
        else if (a === 'picker.toggle' && picker.multi) controller.pickerToggle();
        else if (a === 'picker.erase') controller.pickerErase();
        else if (a === 'picker.cancel') controller.pickerCancel();
        else if (a === 'picker.add') controller.pickerAdd(ops.whyNot(user, 'addListEntry'));
        else if (isTyping(input, key)) controller.pickerType(input);
        else if (a === 'app.help') onHelp();
        return;
      }
      const f = controller.focusField();
      const typingText = f !== undefined && controller.types(f) && isTyping(input, key);
      if (typingText) return controller.type(input);
      if (f?.kind === 'yesno' && matches('form.yes', input, key)) return controller.answerYesNo('1');
      if (f?.kind === 'yesno' && matches('form.no', input, key)) return controller.answerYesNo('0');
      const a = actionFor('form', input, key);
      switch (a) {
        case 'form.next':
          return controller.next();
        case 'form.prev':
          return controller.prev();
        case 'form.nextStep':
          return controller.nextStep();
        case 'form.prevStep':
          return controller.prevStep();
        case 'form.edit':
          return controller.edit();
        case 'form.toggle':
          return controller.toggle();
        case 'form.erase':
          return controller.erase();
        case 'form.clear':
          return controller.clear();
        case 'form.nextMissing':
          return controller.nextMissing();
        case 'form.copyBlock':
          return controller.copyPreviousBlock();
        case 'form.save':
          return void controller.save();
        case 'form.review':
          controller.save();
          // An unusual value typed last is confirmed (or corrected) before the review opens.
          if (!controller.observable.get().confirming) onReview();
          return;
        case 'form.leave':
          return onLeave();
        case 'app.help':
          return onHelp();
        default:
          if (f && isTyping(input, key) && f.kind !== 'yesno') controller.type(input);
      }
    },
    { isActive },
  );

  const r = state.registration;
  const focused = controller.focusField();
  const step = view.steps[view.stepIndex];
  const stepTitle = view.form.steps.find((x) => x.id === state.stepId)?.title[lang] ?? '';
  const labelWidth = Math.min(46, Math.floor(size.columns * 0.5));
  const lines = view.lines.slice(state.top, state.top + height);
  // The header writes the status in lower case, mid-line; a Sent registration is being corrected.
  const standing =
    r.status === 'sent'
      ? say(lang, 'form.correcting', { code: r.registrationCode ?? '' })
      : statusWord(lang, r.status).toLocaleLowerCase(lang);
  return (
    <Box flexDirection="column" height={size.rows}>
      <Text bold wrap="truncate">
        {`#${r.id} ${r.type} · ${registrationTypes[r.type].name[lang]} · v${r.formVersion} · ${standing} · ${patientLabel(r.patientKey)} · ${r.requiredFilled}/${r.requiredTotal}`}
      </Text>
      <StepBar steps={view.steps} current={view.stepIndex} form={view.form} width={size.columns} />
      <Text underline wrap="truncate">
        {step?.missing
          ? say(lang, 'form.step.toComplete', { step: stepTitle, n: step.missing })
          : say(lang, 'form.step.complete', { step: stepTitle })}
      </Text>
      <Box flexDirection="column" height={height} flexShrink={0}>
        {state.picker ? (
          <PickerView controller={controller} height={height} width={size.columns} />
        ) : (
          lines.map((line) => (
            <FieldLine
              key={`${line.kind}:${line.field.id}`}
              line={line}
              focused={line.kind === 'field' && line.field.id === state.focusId}
              buffer={state.buffers[line.field.id]}
              value={editableData(r)[line.field.id]}
              errors={state.errors[line.field.id]?.map((p) => `${p.severity === 'error' ? '✗' : '!'} ${controller.problemText(p)}`) ?? []}
              labelWidth={labelWidth}
              width={size.columns}
              lang={lang}
              required={line.field.required}
              live={line.field.id === state.focusId ? controller.liveCheck() : ''}
              typed={controller.types(line.field)}
              described={controller.describe(line.field, editableData(r)[line.field.id])}
              offered={
                state.suggested[line.field.id] !== undefined ? displayValue(line.field, state.suggested[line.field.id], lang) : undefined
              }
            />
          ))
        )}
      </Box>
      <Text dimColor wrap="truncate">
        {focused ? hintFor(focused, lang, focused.required, focused.label[lang].length + 2 <= labelWidth - 1) : ' '}
      </Text>
      {state.confirming ? (
        <Text color={colour('warn')} bold wrap="truncate">
          {say(lang, 'form.keepUnusual', {
            value: typeof state.confirming.value === 'number' ? numberText(state.confirming.value, lang) : String(state.confirming.value),
            unit: controller.form.byId.get(state.confirming.fieldId)?.unit ?? '',
            problem: controller.problemText(state.confirming.warning),
          })}
        </Text>
      ) : (
        <StatusLine notice={state.message} />
      )}
      <Text dimColor wrap="truncate">
        {footerHints(state.confirming ? 'confirm' : state.picker ? 'picker' : 'form', lang)}
      </Text>
    </Box>
  );
}

interface FieldLineProps {
  line: Line;
  focused: boolean;
  buffer: string | undefined;
  value: Value;
  errors: string[];
  labelWidth: number;
  width: number;
  lang: 'en' | 'nl' | 'fr';
  required: boolean;
  live: string;
  /** Edited by typing (else chosen); and the reference-list name of the value, if any. */
  typed: boolean;
  described: string | undefined;
  /** A suggested answer not taken yet (Enter takes it). */
  offered: string | undefined;
}

function FieldLine({
  line,
  focused,
  buffer,
  value,
  errors,
  labelWidth,
  width,
  lang,
  required,
  live,
  typed,
  described,
  offered,
}: FieldLineProps) {
  const f = line.field;
  if (line.kind === 'title')
    return (
      <Text bold wrap="truncate">
        {f.label[lang]}
      </Text>
    );
  if (line.kind === 'info') return <Text dimColor wrap="truncate">{`ℹ ${f.label[lang]}`}</Text>;
  if (line.kind === 'error')
    return (
      <Text color={colour(errors.some((e) => e.startsWith('✗')) ? 'error' : 'warn')} wrap="truncate">{`    ${errors.join('; ')}`}</Text>
    );
  const full = f.label[lang] + (required ? ' *' : '');
  const label = (full.length > labelWidth - 1 ? full.slice(0, labelWidth - 2) + '…' : full).padEnd(labelWidth);
  const shown = buffer !== undefined ? buffer : `${displayValue(f, value, lang)}${described ? ` · ${described}` : ''}`;
  const text =
    focused && typed
      ? `${buffer ?? editText(f, value, lang)}▏${live ? `  ${live}` : ''}`
      : shown || (offered ? say(lang, 'form.offered', { value: offered }) : focused ? '' : '·');
  const marker = errors.some((e) => e.startsWith('✗')) ? '✗' : errors.length ? '!' : focused ? '›' : ' ';
  return (
    <Text inverse={focused} bold={focused} wrap="truncate">
      {`${marker} ${label}${text}`.slice(0, width - 1)}
    </Text>
  );
}
