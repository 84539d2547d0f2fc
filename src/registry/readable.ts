/**
 * Numbers, dates and times as people read them, whatever the door: a decimal comma in Dutch and
 * French and a point in English, never a thousands mark inside a value (a grouping comma would
 * read as a decimal in Dutch and French); instants as dd/mm/yyyy hh:mm in Belgian local time, as
 * dates are written everywhere else (docs/decisions.md#numbers-and-times-as-people-read-them).
 * --json, the API and CSV files keep their own formats and do not come through here.
 */
import { belgianDate, belgianTime } from '../clock.js';
import type { Lang } from './types.js';

/** A date yyyy-mm-dd as dd/mm/yyyy (any other text as it is). */
export const isoToDmy = (iso: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso;

/** A number in `lang`: as JavaScript writes it (or with `decimals` decimals), its decimal mark the language's. */
export function numberText(value: number, lang: Lang, decimals?: number): string {
  const text = decimals === undefined ? String(value) : value.toFixed(decimals);
  return lang === 'en' ? text : text.replace('.', ',');
}

/** A share (0–1) as a percentage with one decimal: 87.3 % (87,3 % in Dutch and French). */
export const percentText = (share: number, lang: Lang) => `${numberText(share * 100, lang, 1)} %`;

/** A file's size: 1.0 MB (1,0 MB) from a million bytes on, else whole kilobytes rounded up. */
export const sizeText = (bytes: number, lang: Lang) =>
  bytes >= 1e6 ? `${numberText(bytes / 1e6, lang, 1)} MB` : `${numberText(Math.ceil(bytes / 1e3), lang)} kB`;

const instant = (iso: string) => {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? undefined : at;
};

/** A stored instant (ISO, UTC) as dd/mm/yyyy hh:mm in Belgium; "—" when there is none, the text itself when it is no instant. */
export function dateTimeText(iso: string | null | undefined): string {
  if (!iso) return '—';
  const at = instant(iso);
  return at ? `${isoToDmy(belgianDate(at))} ${belgianTime(at)}` : iso;
}

/** The Belgian calendar day of a stored instant, dd/mm/yyyy; "—" when there is none. */
export function dayText(iso: string | null | undefined): string {
  if (!iso) return '—';
  const at = instant(iso);
  return at ? isoToDmy(belgianDate(at)) : iso;
}
