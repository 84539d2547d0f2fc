/** Short renderings shared by the screens. */
import { isoToDmy } from '../registry/index.js';

export { patientLabel } from '../validation/index.js';

export const dmy = (iso: string | null | undefined) => (iso ? isoToDmy(iso) : '—');

/** A text cut to a width (with …, never mid-word without it) and padded to it. */
export function fit(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  if (width <= 0) return '';
  const chars = [...text];
  const cut = chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : text;
  const room = width - [...cut].length;
  return align === 'left' ? cut + ' '.repeat(room) : ' '.repeat(room) + cut;
}

/** A text cut to a width with …, not padded. */
export const clip = (text: string, width: number) => ([...text].length > width ? fit(text, width) : text);
