/** Review before sending: every missing or invalid answer grouped by step; Enter jumps to it. */
import { Box, Text } from 'ink';
import { useKeys } from './use-keys.js';
import { actionFor, binding, footerHints, keysLabel } from '../keymap.js';
import { labelled, say } from '../messages.js';
import { readinessProblems, messageOf, type Problem } from '../validation/index.js';
import { editableData } from '../store/index.js';
import type { FormController } from './form/form-controller.js';
import { useObservable } from './observable.js';
import { useServices } from './services.js';
import { useLiveState } from './use-live-state.js';
import { StatusLine, type Notice } from './status-line.js';
import { colour } from './theme.js';

type Line = { kind: 'step'; text: string } | { kind: 'problem'; problem: Problem; text: string };

export interface ReviewProps {
  controller: FormController;
  isActive: boolean;
  notice: Notice | undefined;
  onJump: (fieldId: string) => void;
  onSend: (problems: Problem[]) => void;
  /** Records the patient's consent (the field named by a consent problem). */
  onConsent: (fieldId: string) => void;
  onBack: () => void;
  onHelp: () => void;
}

export function Review({ controller, isActive, notice, onJump, onSend, onConsent, onBack, onHelp }: ReviewProps) {
  const { lang, size, store } = useServices();
  const state = useObservable(controller.observable);
  const form = controller.form;
  const problems = readinessProblems(form, editableData(state.registration), { lists: store.lists, today: store.clock.today() });
  const lines: Line[] = [];
  for (const step of form.steps) {
    const here = problems.filter((p) => form.byId.get(p.field)?.step === step.id);
    if (!here.length) continue;
    lines.push({ kind: 'step', text: step.title[lang] });
    for (const p of here) {
      const label = form.byId.get(p.field)?.label[lang] ?? p.field;
      lines.push({
        kind: 'problem',
        problem: p,
        text: `${p.severity === 'error' ? '✗' : '!'} ${labelled(lang, label, messageOf(p, lang))}`,
      });
    }
  }
  const selectable = lines.flatMap((l, i) => (l.kind === 'problem' ? [i] : []));
  const [cursor, setCursor] = useLiveState(0);
  const at = selectable[Math.min(cursor(), selectable.length - 1)];
  const errors = problems.filter((p) => p.severity === 'error');

  useKeys(
    (input, key) => {
      const a = actionFor('review', input, key);
      const now = selectable[Math.min(cursor(), selectable.length - 1)];
      if (a === 'review.down') setCursor((c) => Math.min(c + 1, selectable.length - 1));
      else if (a === 'review.up') setCursor((c) => Math.max(0, c - 1));
      else if (a === 'review.jump' && now !== undefined) onJump((lines[now] as { problem: Problem }).problem.field);
      else if (a === 'review.send') onSend(errors);
      else if (a === 'review.consent') {
        const consent = errors.find((p) => p.code === 'consent_required');
        if (consent) onConsent(consent.field);
      } else if (a === 'review.back') onBack();
      else if (a === 'app.help') onHelp();
    },
    { isActive },
  );

  const height = Math.max(1, size.rows - 4);
  const top = at === undefined ? 0 : Math.max(0, Math.min(at - Math.floor(height / 2), lines.length - height));
  return (
    <Box flexDirection="column" height={size.rows}>
      <Text bold wrap="truncate">
        {errors.length
          ? say(lang, 'review.problems', { id: state.registration.id, n: errors.length })
          : say(lang, 'review.ready', { id: state.registration.id, key: keysLabel(binding('review.send'), 1, lang) })}
      </Text>
      <Box flexDirection="column" height={height} flexShrink={0}>
        {lines.slice(top, top + height).map((l, i) => (
          <Text
            key={i}
            bold={l.kind === 'step'}
            inverse={top + i === at}
            color={colour(l.kind === 'problem' && l.problem.severity === 'error' ? 'error' : undefined)}
            wrap="truncate"
          >
            {l.kind === 'step' ? l.text : `  ${l.text}`}
          </Text>
        ))}
        {lines.length === 0 ? <Text wrap="truncate">{say(lang, 'review.allValid')}</Text> : null}
      </Box>
      <StatusLine notice={notice} />
      <Text dimColor wrap="truncate">
        {footerHints('review', lang)}
      </Text>
    </Box>
  );
}
