/** One line of steps: ✓ when complete, the number still to complete otherwise; the current one inverse. */
import { Text } from 'ink';
import type { Form } from '../../registry/index.js';
import type { StepStatus } from '../../validation/index.js';
import { useServices } from '../services.js';

export function StepBar({ steps, current, form, width }: { steps: StepStatus[]; current: number; form: Form; width: number }) {
  const { lang } = useServices();
  const parts = steps.map((s) => {
    const title = form.steps.find((x) => x.id === s.id)?.title[lang] ?? s.id;
    return ` ${title} ${s.missing ? s.missing : '✓'} `;
  });
  // Scroll the bar so the current step is always in view.
  let start = 0;
  const len = (from: number, to: number) => parts.slice(from, to + 1).join('│').length;
  while (start < current && len(start, current) > width - 4) start++;
  const shown = parts.slice(start);
  return (
    <Text wrap="truncate">
      {start > 0 ? '‹' : ' '}
      {shown.map((p, i) => (
        <Text key={steps[start + i]!.id} inverse={start + i === current} bold={start + i === current}>
          {p}
          {i < shown.length - 1 ? <Text inverse={false}>│</Text> : null}
        </Text>
      ))}
    </Text>
  );
}
