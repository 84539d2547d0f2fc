/** The list of choices of a code field, filtered as the user types. */
import { Box, Text } from 'ink';
import { useObservable } from '../observable.js';
import { useServices } from '../services.js';
import type { FormController } from './form-controller.js';

export function PickerView({ controller, height, width }: { controller: FormController; height: number; width: number }) {
  const { lang } = useServices();
  const state = useObservable(controller.observable);
  const p = state.picker!;
  const field = controller.form.byId.get(p.fieldId)!;
  const options = controller.pickerOptions();
  const room = Math.max(1, height - 2);
  const top = Math.max(0, Math.min(p.cursor - Math.floor(room / 2), options.length - room));
  return (
    <Box flexDirection="column" height={height}>
      <Text bold wrap="truncate">{`${field.label[lang]}${p.multi ? ` — ${p.ticked.length} ticked` : ''}`}</Text>
      <Text wrap="truncate">{`filter: ${p.filter}▏  (${options.length} choice${options.length === 1 ? '' : 's'})`}</Text>
      {options.length === 0 ? <Text dimColor>No choice matches; Backspace widens the filter.</Text> : null}
      {options.slice(top, top + room).map((c, i) => {
        const at = top + i === p.cursor;
        const tick = p.multi ? (p.ticked.includes(c.code) ? '[x] ' : '[ ] ') : '';
        return (
          <Text key={c.code} inverse={at} bold={at} wrap="truncate">
            {`${at ? '›' : ' '} ${tick}${c.code.padEnd(6)} ${c.label[lang]}`.slice(0, width - 1)}
          </Text>
        );
      })}
    </Box>
  );
}
