/**
 * The keys of the current screen, generated from the keymap; when they are more than the terminal
 * has lines, ↓ and ↑ show the others.
 */
import { Box, Text } from 'ink';
import { useKeys } from './use-keys.js';
import { actionFor, bindingsFor, descriptionOf, keysLabel, type Scope } from '../keymap.js';
import { say } from '../messages.js';
import { useServices } from './services.js';
import { useLiveState } from './use-live-state.js';

/** The keys column: the longest keys (Esc/?/q/Ctrl+k) and two spaces; at 80 columns a description has 60. */
export const HELP_KEYS = 17;

export function HelpOverlay({ scope, onClose }: { scope: Scope; onClose: () => void }) {
  const { size, lang } = useServices();
  const all = bindingsFor(scope);
  // Border, title and closing line take four lines; the rest lists as many keys as fit.
  const room = Math.max(1, size.rows - 4);
  const last = Math.max(0, all.length - room);
  const [top, setTop] = useLiveState(0);
  useKeys((input, key) => {
    const a = actionFor('help', input, key);
    if (a === 'help.close') onClose();
    else if (a === 'help.down') setTop((t) => Math.min(last, t + (key.pageDown ? room : 1)));
    else if (a === 'help.up') setTop((t) => Math.max(0, t - (key.pageUp ? room : 1)));
  });
  const from = Math.min(top(), last);
  const shown = all.slice(from, from + room);
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>{say(lang, 'keysHelp.title')}</Text>
      {shown.map((b) => (
        <Text key={b.id} wrap="truncate">
          <Text bold>{keysLabel(b, 4, lang).padEnd(HELP_KEYS)}</Text>
          {descriptionOf(b, lang)}
        </Text>
      ))}
      <Text dimColor wrap="truncate">
        {last ? say(lang, 'keysHelp.more', { from: from + 1, to: from + shown.length, n: all.length }) : say(lang, 'keysHelp.close')}
      </Text>
    </Box>
  );
}
