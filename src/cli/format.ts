/** Plain-text rendering shared by the headless commands. */
import { formatNiss, maskNiss, messageOf, type Problem } from '../validation/index.js';
import type { Form, Lang } from '../registry/index.js';

/** NISS masked (tables and logs never show it whole), or the pseudocode. */
export function patientLabel(patientKey: string | null): string {
  if (!patientKey) return '—';
  return /^\d{11}$/.test(patientKey) ? maskNiss(patientKey) : patientKey;
}

export const dmy = (iso: string | null | undefined) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '—');

export function problemLine(form: Form, p: Problem, lang: Lang): string {
  const f = form.byId.get(p.field);
  const label = f ? ` (${f.label[lang]})` : '';
  return `${p.severity === 'error' ? 'error  ' : 'warning'} ${p.field}${label}: ${messageOf(p, lang)}`;
}

export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

export { formatNiss };
