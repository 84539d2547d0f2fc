/**
 * How the dashboard writes a figure in a fixed-width cell: the value (the report's own
 * formatting, "—" when there is nothing to divide by), what was counted, the trend as a sparkline
 * (sparkly) and a bar for a count. Only characters carry the meaning, never colour alone.
 */
import sparkly from 'sparkly';
import type { Lang } from '../../registry/index.js';
import { valueText, type Figure, type Indicator } from '../../quality/index.js';
import { say } from '../../messages.js';

export { fit } from '../format.js';

/** What a figure counted: numerator/denominator for a rate, n for a median, nothing for a count. */
export function counted(ind: Pick<Indicator, 'kind'>, f: Figure, lang: Lang): string {
  if (ind.kind === 'rate') return `${f.numerator ?? 0}/${f.denominator ?? 0}`;
  if (ind.kind === 'median') return say(lang, 'dashboard.n', { n: f.denominator ?? 0 });
  return '';
}

/** The value of a figure as the report writes it in `lang`. */
export const value = (ind: Pick<Indicator, 'kind' | 'unit'>, v: number | null, lang: Lang) => valueText(ind, v, lang);

/**
 * The trend of the buckets: one character each, ▁ to █. A rate is drawn on 0–100 % so that the
 * height reads the same in every row; counts and medians from 0 to their largest value. A bucket
 * without a value (nothing to divide by) is a dot, not a low bar.
 */
export function trend(ind: Pick<Indicator, 'kind'>, values: readonly (number | null)[]): string {
  const numbers = values.map((v) => (v === null ? Number.NaN : v));
  const line = ind.kind === 'rate' ? sparkly(numbers, { minimum: 0, maximum: 1 }) : sparkly(numbers, { minimum: 0 });
  return line.replace(/ /g, '·');
}

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A horizontal bar of `n` out of `max` in `width` characters, to the eighth of a character; nothing for 0. */
export function bar(n: number, max: number, width: number): string {
  if (max <= 0 || n <= 0 || width <= 0) return '';
  const eighths = Math.max(1, Math.round((n / max) * width * 8));
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8]!;
}

/** A share as a percentage in `lang`, "—" when there is nothing to divide by. */
export const share = (v: number | null, lang: Lang) => valueText({ kind: 'rate', unit: '%' }, v, lang);

/** A text broken into lines of at most `width` characters at spaces (a longer word is cut). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
    while (line.length > width) {
      lines.push(line.slice(0, width));
      line = line.slice(width);
    }
  }
  return line ? [...lines, line] : lines;
}
