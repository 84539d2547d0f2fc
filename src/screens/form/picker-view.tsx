/** The list of choices of a code field, filtered as the user types. */
import { Box, Text } from 'ink';
import { say } from '../../messages.js';
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
      <Text bold wrap="truncate">
        {p.multi ? say(lang, 'picker.ticked', { label: field.label[lang], n: p.ticked.length }) : field.label[lang]}
      </Text>
      <Text wrap="truncate">
        {say(lang, options.length === 1 ? 'picker.filterOne' : 'picker.filter', { filter: `${p.filter}▏`, n: options.length })}
      </Text>
      {options.length === 0 ? (
        <Text dimColor wrap="truncate">
          {say(lang, 'picker.noMatch')}
        </Text>
      ) : null}
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
