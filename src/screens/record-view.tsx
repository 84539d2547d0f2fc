/** A registration read-only: its answers by step, its delivery and its history. */
import { Box, Text } from 'ink';
import { actionFor, binding, footerHints, keysLabel, statusWord } from '../keymap.js';
import { MESSAGES, say, type MessageId } from '../messages.js';
import { dateTimeText, displayValue, formOf, registrationTypes } from '../registry/index.js';
import { deliveryErrorSentence } from '../session/index.js';
import { sentWarningsOf } from '../store/index.js';
import { maskedChange, maskedValue, messageOf, warningProblem } from '../validation/index.js';
import { fit, patientLabel } from './format.js';
import { useServices } from './services.js';
import { StatusLine, type Notice } from './status-line.js';
import { useKeys } from './use-keys.js';
import { useLiveState } from './use-live-state.js';

export interface RecordViewProps {
  id: number;
  isActive: boolean;
  notice: Notice | undefined;
  onBack: () => void;
  onHelp: () => void;
  onAction: (action: 'view.correct' | 'view.discard' | 'view.retry') => void;
  /** An action that cannot be used on this registration, with the reason. */
  onRefused: (why: string) => void;
}

export function RecordView({ id, isActive, notice, onBack, onHelp, onAction, onRefused }: RecordViewProps) {
  const { store, outbox, lang, size, canDeliver } = useServices();
  const r = store.mustGet(id);
  const form = formOf(r.type, r.formVersion);
  const lines: { text: string; bold?: boolean }[] = [];
  // Delivery first: it is what support staff come to see.
  const items = outbox.ofRegistration(id);
  if (r.status === 'sent') {
    const waiting = !canDeliver && r.delivery === 'pending' ? ` ${say(lang, 'view.noEndpoint')}` : '';
    lines.push({ text: say(lang, 'view.delivery', { state: say(lang, `delivery.${r.delivery}`) }) + waiting, bold: true });
    for (const i of items) {
      const when =
        i.status === 'delivered'
          ? say(lang, 'view.deliveredAt', { at: dateTimeText(i.deliveredAt) })
          : i.status === 'pending'
            ? say(lang, 'view.nextTry', { at: dateTimeText(i.nextAttemptAt) })
            : say(lang, 'delivery.failed');
      const attempts = say(lang, 'view.attempts', { n: i.attempts });
      lines.push({
        text: `  ${fit(i.destination, 10)} ${fit(say(lang, `outboxKind.${i.kind}`), 14)} ${when} · ${attempts}${i.lastError ? ` · ${deliveryErrorSentence(lang, i.lastError)}` : ''}`,
      });
    }
  }
  const sentWith = r.status === 'sent' ? sentWarningsOf(store.history(id)).map(warningProblem) : [];
  if (sentWith.length) {
    lines.push({ text: say(lang, 'view.sentWith', { n: sentWith.length }), bold: true });
    for (const p of sentWith) lines.push({ text: `  ! ${form.byId.get(p.field)?.label[lang] ?? p.field}: ${messageOf(p, lang)}` });
  }
  for (const step of form.steps) {
    const answered = form.fields.filter((f) => f.step === step.id && f.kind !== 'title' && f.kind !== 'info' && r.data[f.id] !== undefined);
    if (!answered.length) continue;
    lines.push({ text: step.title[lang], bold: true });
    for (const f of answered) lines.push({ text: `  ${fit(f.label[lang], 44)} ${displayValue(f, maskedValue(f, r.data[f.id]), lang)}` });
  }
  lines.push({ text: say(lang, 'view.history'), bold: true });
  for (const h of store.history(id)) {
    const changes = h.changes
      .map((c) => maskedChange(form, c))
      .slice(0, 4)
      .map((c) => `${c.field}: ${JSON.stringify(c.old)} → ${JSON.stringify(c.new)}`)
      .join(', ');
    const action = `audit.${h.action}` in MESSAGES ? say(lang, `audit.${h.action}` as MessageId) : h.action;
    lines.push({
      text: `  ${dateTimeText(h.at)} ${h.user} ${action} (${say(lang, 'view.changes', { n: h.changes.length })})${changes ? ': ' + changes : ''}`,
    });
  }
  const height = Math.max(1, size.rows - 4);
  const [top, setTop] = useLiveState(0);
  const maxTop = Math.max(0, lines.length - height);
  useKeys(
    (input, key) => {
      const a = actionFor('view', input, key);
      if (a === 'view.down') setTop((t) => Math.min(maxTop, t + 1));
      else if (a === 'view.up') setTop((t) => Math.max(0, t - 1));
      else if (a === 'view.pageDown') setTop((t) => Math.min(maxTop, t + height));
      else if (a === 'view.pageUp') setTop((t) => Math.max(0, t - height));
      else if (a === 'view.back') onBack();
      else if (a === 'app.help') onHelp();
      else if (a === 'view.correct' || a === 'view.discard' || a === 'view.retry') {
        const why = binding(a).whyDisabled?.({ status: r.status }, lang);
        if (why) onRefused(why);
        else onAction(a);
      }
    },
    { isActive },
  );
  const state =
    r.status === 'sent'
      ? `${say(lang, 'view.sentState', { code: r.registrationCode ?? '' })}${r.submissions > 1 ? ` · ${say(lang, 'view.submission', { n: r.submissions })}` : ''}`
      : r.status === 'deleted'
        ? say(lang, 'view.deletedState')
        : statusWord(lang, r.status);
  const sub =
    r.status === 'sent'
      ? say(lang, r.correctionData ? 'view.correcting' : 'view.readOnlySent', {
          correct: keysLabel(binding('view.correct'), 1),
          discard: keysLabel(binding('view.discard'), 1),
        })
      : r.status === 'deleted'
        ? say(lang, 'view.readOnlyDeleted')
        : statusWord(lang, r.status);
  return (
    <Box flexDirection="column" height={size.rows}>
      <Text
        bold
        wrap="truncate"
      >{`#${r.id} ${r.type} · ${registrationTypes[r.type].name[lang]} · ${state} · ${patientLabel(r.patientKey)}`}</Text>
      <Text dimColor wrap="truncate">
        {sub}
      </Text>
      <Box flexDirection="column" height={height - 1} flexShrink={0}>
        {lines.slice(top(), top() + height - 1).map((l, i) => (
          <Text key={i} bold={l.bold ?? false} wrap="truncate">
            {l.text}
          </Text>
        ))}
      </Box>
      <StatusLine notice={notice} />
      <Text dimColor wrap="truncate">
        {footerHints('view', lang)}
      </Text>
    </Box>
  );
}
