/** The keys of a screen, generated from the keymap. */
import { Box, Text, useInput } from 'ink';
import { bindingsFor, matches, type Scope } from '../keymap.js';

export function HelpOverlay({ scope, onClose }: { scope: Scope; onClose: () => void }) {
  useInput((input, key) => { if (matches('help.close', input, key)) onClose(); });
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>Keys</Text>
      {bindingsFor(scope).map((b) => (
        <Text key={b.id}>
          <Text bold>{b.keys.map((k) => k.replace('ctrl+', 'Ctrl+')).join(', ').padEnd(18)}</Text>
          {b.description}
        </Text>
      ))}
      <Text dimColor>Esc closes this help.</Text>
    </Box>
  );
}
