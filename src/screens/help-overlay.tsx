/** The keys of the current screen, generated from the keymap. */
import { Box, Text } from 'ink';
import { useKeys } from './use-keys.js';
import { bindingsFor, descriptionOf, keysLabel, matches, type Scope } from '../keymap.js';
import { say } from '../messages.js';
import { useServices } from './services.js';

/** The keys column: the longest keys (Esc/?/q/Ctrl+k) and two spaces; at 80 columns a description has 60. */
export const HELP_KEYS = 16;

export function HelpOverlay({ scope, onClose }: { scope: Scope; onClose: () => void }) {
  const { size, lang } = useServices();
  useKeys((input, key) => {
    if (matches('help.close', input, key)) onClose();
  });
  // Border, title and closing line take four lines; the rest lists as many keys as fit.
  const shown = bindingsFor(scope).slice(0, Math.max(1, size.rows - 4));
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>{say(lang, 'keysHelp.title')}</Text>
      {shown.map((b) => (
        <Text key={b.id} wrap="truncate">
          <Text bold>{keysLabel(b, 4).padEnd(HELP_KEYS)}</Text>
          {descriptionOf(b, lang)}
        </Text>
      ))}
      <Text dimColor>{say(lang, 'keysHelp.close')}</Text>
    </Box>
  );
}
