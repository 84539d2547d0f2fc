/** A Sent or Deleted registration, read-only: its answers by step and its history. */
import { Box, Text } from 'ink';
import { useKeys } from './use-keys.js';
import { actionFor, footerHints } from '../keymap.js';
import { displayValue, formOf, registrationTypes } from '../registry/index.js';
import { patientLabel } from '../cli/format.js';
import { useServices } from './services.js';
import { useLiveState } from './use-live-state.js';

export function RecordView({ id, isActive, onBack, onHelp }: { id: number; isActive: boolean; onBack: () => void; onHelp: () => void }) {
  const { store, lang, size } = useServices();
  const r = store.mustGet(id);
  const form = formOf(r.type, r.formVersion);
  const lines: { text: string; bold?: boolean }[] = [];
  for (const step of form.steps) {
    const answered = form.fields.filter((f) => f.step === step.id && f.kind !== 'title' && f.kind !== 'info' && r.data[f.id] !== undefined);
    if (!answered.length) continue;
    lines.push({ text: step.title[lang], bold: true });
    for (const f of answered) lines.push({ text: `  ${f.label[lang].slice(0, 44).padEnd(45)}${displayValue(f, r.data[f.id], lang)}` });
  }
  lines.push({ text: 'History', bold: true });
  for (const h of store.history(id)) {
    const changes = h.changes.slice(0, 4).map((c) => `${c.field}: ${JSON.stringify(c.old)} → ${JSON.stringify(c.new)}`).join(', ');
    lines.push({ text: `  ${h.at.slice(0, 16).replace('T', ' ')} ${h.user} ${h.action} (${h.changes.length} change${h.changes.length === 1 ? '' : 's'})${changes ? ': ' + changes : ''}` });
  }
  const height = Math.max(1, size.rows - 4);
  const [top, setTop] = useLiveState(0);
  const maxTop = Math.max(0, lines.length - height);
  useKeys((input, key) => {
    const a = actionFor('view', input, key);
    if (a === 'view.down') setTop((t) => Math.min(maxTop, t + 1));
    else if (a === 'view.up') setTop((t) => Math.max(0, t - 1));
    else if (a === 'view.pageDown') setTop((t) => Math.min(maxTop, t + height));
    else if (a === 'view.pageUp') setTop((t) => Math.max(0, t - height));
    else if (a === 'view.back') onBack();
    else if (a === 'app.help') onHelp();
  }, { isActive });
  const state = r.status === 'sent' ? `Sent · ${r.registrationCode}` : r.status === 'deleted' ? 'Deleted (kept for audit)' : 'Open';
  return (
    <Box flexDirection="column" height={size.rows}>
      <Text bold wrap="truncate">{`#${r.id} ${r.type} · ${registrationTypes[r.type].name[lang]} · ${state} · ${patientLabel(r.patientKey)}`}</Text>
      <Text dimColor wrap="truncate">{r.status === 'open' ? 'Open' : 'Read-only: a Sent or Deleted registration cannot be edited.'}</Text>
      <Box flexDirection="column" height={height} flexShrink={0}>
        {lines.slice(top(), top() + height).map((l, i) => <Text key={i} bold={l.bold ?? false} wrap="truncate">{l.text}</Text>)}
      </Box>
      <Text dimColor wrap="truncate">{footerHints('view')}</Text>
    </Box>
  );
}
