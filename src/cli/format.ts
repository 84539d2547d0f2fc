/** Plain-text rendering shared by the headless commands. */
import { UsageError } from '../session/index.js';
import { isStatusFilter, parseRegistrationId, STATUS_FILTERS, type StatusFilter } from '../store/index.js';
import { formatNiss, messageOf, patientLabel, type Problem } from '../validation/index.js';
import { isoToDmy, isTypeCode, type Form, type Lang, type TypeCode } from '../registry/index.js';
import { labelled, say, type MessageId } from '../messages.js';

export const dmy = (iso: string | null | undefined) => (iso ? isoToDmy(iso) : '—');
export { patientLabel };

export function problemLine(form: Form, p: Problem, lang: Lang): string {
  const f = form.byId.get(p.field);
  const label = f ? ` (${f.label[lang]})` : '';
  return `${severity(lang, p.severity)} ${labelled(lang, `${p.field}${label}`, messageOf(p, lang))}`;
}

/** "error" or "warning" in `lang`, padded to the longer of the two, so that the lines after them align. */
export function severity(lang: Lang, s: 'error' | 'warning'): string {
  const width = Math.max(say(lang, 'cli.error').length, say(lang, 'cli.warning').length);
  return say(lang, s === 'error' ? 'cli.error' : 'cli.warning').padEnd(width);
}

/** A table's header: one message, its columns separated by "|". */
export const columns = (lang: Lang, id: MessageId): string[] => say(lang, id).split('|');

export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export { formatNiss };

/**
 * A registration id as typed ("12" or "#12"), or a usage error that says what an id looks like:
 * every command that takes ids reads them here, so "0x1", "1e0" or " 1" never stand for #1.
 */
export function registrationId(text: string, lang: Lang): number {
  const id = parseRegistrationId(text.startsWith('#') ? text.slice(1) : text);
  if (id === undefined) throw new UsageError(say(lang, 'cli.notAnId', { text }));
  return id;
}

/** A status filter as typed (`--status`), or a usage error naming the filters there are. */
export function statusFilter(text: string, lang: Lang): StatusFilter {
  if (!isStatusFilter(text)) throw new UsageError(say(lang, 'cli.unknownStatus', { text, filters: STATUS_FILTERS.join(', ') }));
  return text;
}

/** A registration type as typed (`--type`, any case), or a usage error naming the types. */
export function typeCode(text: string, lang: Lang): TypeCode {
  const type = text.toUpperCase();
  if (!isTypeCode(type)) throw new UsageError(say(lang, 'cli.unknownType', { type: text }));
  return type;
}
