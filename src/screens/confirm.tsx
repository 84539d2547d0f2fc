/** A question the user must answer before something irreversible happens (delete, send). */
import { Box, Text } from 'ink';
import { useKeys } from './use-keys.js';
import { actionFor, footerHints } from '../keymap.js';
import { useServices } from './services.js';

export interface ConfirmProps {
  question: string;
  detail?: string | undefined;
  onYes: () => void;
  onNo: () => void;
}

export function Confirm({ question, detail, onYes, onNo }: ConfirmProps) {
  const { lang } = useServices();
  useKeys((input, key) => {
    const a = actionFor('confirm', input, key);
    if (a === 'confirm.yes') onYes();
    else if (a === 'confirm.no') onNo();
  });
  return (
    <Box flexDirection="column" borderStyle="double" paddingX={1}>
      <Text bold>{question}</Text>
      {detail ? <Text>{detail}</Text> : null}
      <Text dimColor>{footerHints('confirm', lang)}</Text>
    </Box>
  );
}
