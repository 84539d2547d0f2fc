/** Shown once a registration is sent: its registration code, large enough to read over the phone. */
import { Box, Text } from 'ink';
import { useKeys } from './use-keys.js';
import { actionFor, footerHints } from '../keymap.js';

export function SentNotice({ id, code, onClose }: { id: number; code: string; onClose: () => void }) {
  useKeys((input, key) => {
    if (actionFor('confirm', input, key)) onClose();
  });
  return (
    <Box flexDirection="column" borderStyle="double" paddingX={2} paddingY={1} alignItems="center">
      <Text>{`Registration #${id} is sent. Its registration code:`}</Text>
      <Text bold inverse>{`  ${code}  `}</Text>
      <Text dimColor>It is now read-only. Enter or Esc to continue.</Text>
      <Text dimColor>{footerHints('confirm')}</Text>
    </Box>
  );
}
