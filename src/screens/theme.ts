/**
 * Colours, and NO_COLOR (https://no-color.org): when it is set, no colour is used at all, while
 * bold, inverse and the ›/✗ markers keep focus, selection and errors visible.
 */
export type Tone = 'error' | 'success' | 'warn';

const COLOURS: Record<Tone, string> = { error: 'red', success: 'green', warn: 'yellow' };

export function colour(tone: Tone | undefined): string | undefined {
  if (!tone || (process.env.NO_COLOR ?? '') !== '') return undefined;
  return COLOURS[tone];
}
