/** The one-line status bar that reports the result of an action. */
import { Text } from 'ink';

export interface Notice { text: string; tone: 'info' | 'success' | 'error' }

export function StatusLine({ notice }: { notice: Notice | undefined }) {
  if (!notice) return <Text> </Text>;
  const color = notice.tone === 'error' ? 'red' : notice.tone === 'success' ? 'green' : undefined;
  return <Text color={color} bold={notice.tone !== 'info'} wrap="truncate">{`${notice.tone === 'error' ? '✗' : '•'} ${notice.text}`}</Text>;
}
