/** A registration read-only: its answers by step, its delivery and its history. */
import { Box, Text } from 'ink';
import { actionFor, binding, footerHints } from '../keymap.js';
import { displayValue, formOf, registrationTypes } from '../registry/index.js';
import { sentWarningsOf } from '../store/index.js';
import { maskedChange, maskedValue, messageOf, warningProblem } from '../validation/index.js';
import { patientLabel } from './format.js';
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
    lines.push({
      text: `Delivery: ${r.delivery}${!canDeliver && r.delivery === 'pending' ? ' (no endpoint configured: waiting in the outbox)' : ''}`,
      bold: true,
    });
    for (const i of items) {
      const when =
        i.status === 'delivered'
          ? `delivered ${i.deliveredAt?.slice(0, 16).replace('T', ' ')}`
          : i.status === 'pending'
            ? `next try ${i.nextAttemptAt.slice(0, 16).replace('T', ' ')}`
            : 'FAILED';
      lines.push({
        text: `  ${i.destination.padEnd(10)} ${i.kind.padEnd(12)} ${when} · ${i.attempts} attempt(s)${i.lastError ? ` · ${i.lastError}` : ''}`,
      });
    }
  }
  const sentWith = r.status === 'sent' ? sentWarningsOf(store.history(id)).map(warningProblem) : [];
  if (sentWith.length) {
    lines.push({ text: `Sent with ${sentWith.length} warning(s)`, bold: true });
    for (const p of sentWith) lines.push({ text: `  ! ${form.byId.get(p.field)?.label[lang] ?? p.field}: ${messageOf(p, lang)}` });
  }
  for (const step of form.steps) {
    const answered = form.fields.filter((f) => f.step === step.id && f.kind !== 'title' && f.kind !== 'info' && r.data[f.id] !== undefined);
    if (!answered.length) continue;
    lines.push({ text: step.title[lang], bold: true });
    for (const f of answered)
      lines.push({ text: `  ${f.label[lang].slice(0, 44).padEnd(45)}${displayValue(f, maskedValue(f, r.data[f.id]), lang)}` });
  }
  lines.push({ text: 'History', bold: true });
  for (const h of store.history(id)) {
    const changes = h.changes
      .map((c) => maskedChange(form, c))
      .slice(0, 4)
      .map((c) => `${c.field}: ${JSON.stringify(c.old)} → ${JSON.stringify(c.new)}`)
      .join(', ');
    lines.push({
      text: `  ${h.at.slice(0, 16).replace('T', ' ')} ${h.user} ${h.action} (${h.changes.length} change${h.changes.length === 1 ? '' : 's'})${changes ? ': ' + changes : ''}`,
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
        const why = binding(a).whyDisabled?.({ status: r.status });
        if (why) onRefused(why);
        else onAction(a);
      }
    },
    { isActive },
  );
  const state =
    r.status === 'sent'
      ? `Sent · ${r.registrationCode}${r.submissions > 1 ? ` · submission ${r.submissions}` : ''}`
      : r.status === 'deleted'
        ? 'Deleted (kept for audit)'
        : 'Open';
  const sub =
    r.status === 'sent'
      ? r.correctionData
        ? 'A correction is in progress: c continues it, x discards it.'
        : 'Read-only: a Sent registration is corrected by a full resubmission (c).'
      : r.status === 'deleted'
        ? 'Read-only: a Deleted registration cannot be edited.'
        : 'Open';
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
        {footerHints('view')}
      </Text>
    </Box>
  );
}
