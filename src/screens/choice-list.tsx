/** A titled list to choose from with the list keys; optionally typing filters it. */
import { Box, Text } from 'ink';
import { useKeys } from './use-keys.js';
import { actionFor, footerHints, isTyping, matches } from '../keymap.js';
import { say } from '../messages.js';
import { useLiveState } from './use-live-state.js';
import { useServices } from './services.js';
import { colour } from './theme.js';

export interface Choice {
  key: string;
  text: string;
  detail?: string;
  tone?: 'warn';
}

export interface ChoiceListProps {
  title: string;
  subtitle?: string;
  choices: Choice[];
  initial?: number;
  isActive: boolean;
  /** When given, typed characters filter the list through this callback. */
  search?: { value: string; onChange: (value: string) => void };
  empty?: string;
  onChoose: (choice: Choice) => void;
  onBack: () => void;
  onHelp: () => void;
}

export function ChoiceList({ title, subtitle, choices, initial = 0, isActive, search, empty, onChoose, onBack, onHelp }: ChoiceListProps) {
  const { size, lang } = useServices();
  const [cursor, setCursor] = useLiveState(initial);
  const clamp = (c: number) => Math.min(Math.max(0, c), Math.max(0, choices.length - 1));
  const at = clamp(cursor());
  useKeys(
    (input, key) => {
      const a = actionFor('list', input, key);
      const now = clamp(cursor());
      if (a === 'list.down') setCursor(clamp(now + 1));
      else if (a === 'list.up') setCursor(clamp(now - 1));
      else if (a === 'list.choose' && choices[now]) onChoose(choices[now]);
      else if (a === 'list.back') onBack();
      else if (search && (key.backspace || key.delete)) {
        search.onChange(search.value.slice(0, -1));
        setCursor(0);
      } else if (search && isTyping(input, key)) {
        search.onChange(search.value + input);
        setCursor(0);
      } else if (matches('app.help', input, key)) onHelp();
    },
    { isActive },
  );
  const perItem = choices.some((c) => c.detail) ? 2 : 1;
  const room = Math.max(1, Math.floor((size.rows - 5) / perItem));
  const top = Math.max(0, Math.min(at - Math.floor(room / 2), choices.length - room));
  return (
    <Box flexDirection="column" height={size.rows}>
      <Text bold wrap="truncate">
        {title}
      </Text>
      <Text wrap="truncate">{search ? `${say(lang, 'list.search', { value: search.value })}▏` : (subtitle ?? ' ')}</Text>
      <Box flexDirection="column" height={size.rows - 4} flexShrink={0}>
        {choices.length === 0 ? <Text dimColor>{empty ?? say(lang, 'list.nothing')}</Text> : null}
        {choices.slice(top, top + room).map((c, i) => (
          <Box key={c.key} flexDirection="column">
            <Text inverse={top + i === at} bold={top + i === at} color={colour(c.tone)} wrap="truncate">
              {`${top + i === at ? '›' : ' '} ${c.text}`}
            </Text>
            {c.detail ? <Text dimColor wrap="truncate">{`    ${c.detail}`}</Text> : null}
          </Box>
        ))}
      </Box>
      <Text dimColor wrap="truncate">
        {footerHints('list', lang, search !== undefined)}
      </Text>
    </Box>
  );
}
