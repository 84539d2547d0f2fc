/** Shown once a registration is sent: its registration code, large enough to read over the phone. */
import { Box, Text } from 'ink';
import { useKeys } from './use-keys.js';
import { actionFor, footerHints } from '../keymap.js';
import { say } from '../messages.js';
import { useServices } from './services.js';

export function SentNotice({ id, code, onClose, onHelp }: { id: number; code: string; onClose: () => void; onHelp: () => void }) {
  const { lang } = useServices();
  useKeys((input, key) => {
    const a = actionFor('notice', input, key);
    if (a === 'notice.close') onClose();
    else if (a === 'app.help') onHelp();
  });
  return (
    <Box flexDirection="column" borderStyle="double" paddingX={2} paddingY={1} alignItems="center">
      <Text>{say(lang, 'sent.title', { id })}</Text>
      <Text bold inverse>{`  ${code}  `}</Text>
      <Text dimColor>{say(lang, 'sent.readOnly')}</Text>
      <Text dimColor>{footerHints('notice', lang)}</Text>
    </Box>
  );
}
