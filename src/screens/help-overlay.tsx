/** The keys of the current screen, generated from the keymap. */
import { Box, Text } from 'ink';
import { useKeys } from './use-keys.js';
import { bindingsFor, keysLabel, matches, type Scope } from '../keymap.js';
import { useServices } from './services.js';

export function HelpOverlay({ scope, onClose }: { scope: Scope; onClose: () => void }) {
  const { size } = useServices();
  useKeys((input, key) => {
    if (matches('help.close', input, key)) onClose();
  });
  // Border, title and closing line take four lines; the rest lists as many keys as fit.
  const shown = bindingsFor(scope).slice(0, Math.max(1, size.rows - 4));
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>Keys</Text>
      {shown.map((b) => (
        <Text key={b.id} wrap="truncate">
          <Text bold>{keysLabel(b, 4).padEnd(20)}</Text>
          {b.description}
        </Text>
      ))}
      <Text dimColor>Esc closes this help.</Text>
    </Box>
  );
}
