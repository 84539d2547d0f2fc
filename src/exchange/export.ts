/**
 * CSV export in HD4DP's format (one type per file, header = technical field ids), streamed page
 * by page so a million registrations export in bounded memory. The coded export, for the
 * scientific associations and INAMI, drops every field that identifies the patient and adds the
 * patient's pseudonym.
 */
import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import { formOf, type Field, type TypeCode } from '../registry/index.js';
import type { RegistrationStore, StatusFilter } from '../store/index.js';
import type { Pseudonymiser } from '../transmit/index.js';
import { patientIdentifierOf } from '../validation/index.js';
import { SEPARATOR, toCell } from './csv-cells.js';
import { STATUS_COLUMN } from './csv-header.js';
import { openOutput } from './standard-output.js';

export const PSEUDONYM_COLUMN = 'PATIENT_PSEUDONYM';

export interface ExportOptions {
  type: TypeCode;
  status?: StatusFilter;
  /** Pseudonymised: no personal fields, a pseudonym column; Sent registrations only. */
  coded?: { pseudonymiser: Pseudonymiser };
  /** Also our local columns (LOC_*: no NISS, consent), which HD4DP does not know. */
  local?: boolean;
  /** Replace the file if it exists (else an existing file is refused). */
  replace?: boolean;
}

/** The columns of an export: every value field of the current form, in form order. */
export function exportColumns(type: TypeCode, o: Pick<ExportOptions, 'coded' | 'local'>): Field[] {
  return formOf(type).valueFields.filter((f) => (o.local || !f.local) && !(o.coded && (f.personal || f.local)));
}

export async function exportCsv(store: RegistrationStore, file: string, o: ExportOptions): Promise<number> {
  const columns = exportColumns(o.type, o);
  // STATUS=draft keeps an Open registration Open when the file is imported again (HD4DP rule).
  const header = [...columns.map((f) => f.id), ...(o.coded ? [PSEUDONYM_COLUMN] : [STATUS_COLUMN])];
  const out = openOutput(file, { replace: o.replace ?? false });
  const csv = stringify({ delimiter: SEPARATOR, header: true, columns: header, quoted_match: /[;"\n\r]/ });
  csv.pipe(out.stream);
  try {
    const count = await writeRows(store, csv, columns, o);
    csv.end();
    await once(out.stream, 'finish');
    await out.commit();
    return count;
  } catch (e) {
    csv.destroy();
    await out.discard();
    throw e;
  }
}

async function writeRows(store: RegistrationStore, csv: ReturnType<typeof stringify>, columns: Field[], o: ExportOptions) {
  let count = 0;
  let after = 0;
  const status = o.coded ? 'sent' : (o.status ?? 'active');
  for (;;) {
    const page = store.list({ type: o.type, status, afterId: after, limit: 500 });
    if (!page.length) break;
    for (const row of [...page].sort((a, b) => a.id - b.id)) {
      const r = store.mustGet(row.id);
      const cells = columns.map((f) => toCell(f, r.data[f.id]));
      if (o.coded) {
        const id = patientIdentifierOf(r.data);
        cells.push(id ? o.coded.pseudonymiser.pseudonym(id) : '');
      } else {
        cells.push(r.status === 'open' ? 'draft' : '');
      }
      if (!csv.write(cells)) await once(csv, 'drain');
      count++;
      after = Math.max(after, row.id);
    }
  }
  return count;
}
