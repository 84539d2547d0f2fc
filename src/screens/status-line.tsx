/** The one-line status bar that reports the result of an action. */
import { Text } from 'ink';
import { colour } from './theme.js';

export interface Notice {
  text: string;
  tone: 'info' | 'success' | 'error';
}

export function StatusLine({ notice }: { notice: Notice | undefined }) {
  if (!notice) return <Text> </Text>;
  const color = colour(notice.tone === 'info' ? undefined : notice.tone);
  return <Text color={color} bold={notice.tone !== 'info'} wrap="truncate">{`${notice.tone === 'error' ? '✗' : '•'} ${notice.text}`}</Text>;
}
