/** Plain-text rendering shared by the headless commands. */
import { UsageError } from '../session/index.js';
import { isStatusFilter, parseRegistrationId, STATUS_FILTERS, type StatusFilter } from '../store/index.js';
import { formatNiss, messageOf, patientLabel, type Problem } from '../validation/index.js';
import { isoToDmy, type Form, type Lang } from '../registry/index.js';

export const dmy = (iso: string | null | undefined) => (iso ? isoToDmy(iso) : '—');
export { patientLabel };

export function problemLine(form: Form, p: Problem, lang: Lang): string {
  const f = form.byId.get(p.field);
  const label = f ? ` (${f.label[lang]})` : '';
  return `${p.severity === 'error' ? 'error  ' : 'warning'} ${p.field}${label}: ${messageOf(p, lang)}`;
}

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
export function registrationId(text: string): number {
  const id = parseRegistrationId(text.startsWith('#') ? text.slice(1) : text);
  if (id === undefined)
    throw new UsageError(
      `"${text}" is not a registration id: write it as "angio list" shows it, a positive whole number in plain digits (such as 12).`,
    );
  return id;
}

/** A status filter as typed (`--status`), or a usage error naming the filters there are. */
export function statusFilter(text: string): StatusFilter {
  if (!isStatusFilter(text)) throw new UsageError(`Unknown status "${text}": use ${STATUS_FILTERS.join(', ')}.`);
  return text;
}
