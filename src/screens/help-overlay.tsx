/** The keys of the current screen, generated from the keymap. */
import { Box, Text } from 'ink';
import { useKeys } from './use-keys.js';
import { bindingsFor, keysLabel, matches, type Scope } from '../keymap.js';

export function HelpOverlay({ scope, onClose }: { scope: Scope; onClose: () => void }) {
  useKeys((input, key) => { if (matches('help.close', input, key)) onClose(); });
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>Keys</Text>
      {bindingsFor(scope).map((b) => (
        <Text key={b.id} wrap="truncate">
          <Text bold>{keysLabel(b, 4).padEnd(20)}</Text>
          {b.description}
        </Text>
      ))}
      <Text dimColor>Esc closes this help.</Text>
    </Box>
  );
}
