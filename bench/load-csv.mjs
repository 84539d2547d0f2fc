// A large HD4DP CSV of complete P registrations for the load test's import, written as
// `angio export --local` writes one (the same columns and cells). Like the bulk demo
// (src/demo/bulk-demo.ts), a few dozen registrations are generated in full and each row is one of
// them with a patient of its own (birth date, sex, a national number with valid check digits,
// never used twice): every row is then a new registration with its own business key.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { generateData, demoNiss } from '../dist/demo/generate.js';
import { createRandom } from '../dist/demo/random.js';
import { exportColumns } from '../dist/exchange/export.js';
import { SEPARATOR, toCell } from '../dist/exchange/csv-cells.js';
import { STATUS_COLUMN } from '../dist/exchange/csv-header.js';

const DAY = 86_400_000;
const TEMPLATES = 48;

/**
 * Complete P registrations, each with a patient of its own.
 * @param {number} count
 * @param {number} seed
 * @param {number} [today] the day the registrations are made (ms), the machine's by default
 * @returns {Generator<Record<string, unknown>>}
 */
export function* completePs(count, seed, today = Date.now()) {
  for (const { data } of fromTemplates(count, seed, today)) yield data;
}

/**
 * @param {number} count
 * @param {number} seed
 * @param {number} today
 * @returns {Generator<{ template: number, data: Record<string, unknown> }>}
 */
function* fromTemplates(count, seed, today) {
  const r = createRandom(seed);
  const templates = Array.from({ length: Math.min(TEMPLATES, count) }, () => {
    const data = generateData({ type: 'P', random: r, today, complete: true, user: 'load' });
    if (data.CD_PREST_PCI === 'BI0153') data.LOC_CONSENT = '1';
    delete data.LOC_NO_NISS;
    delete data.TX_IDC_PAT_GENER;
    return data;
  });
  const used = new Set();
  for (let i = 0; i < count; i++) {
    const template = i % templates.length;
    const data = { ...templates[template] };
    const admission = Date.parse(String(data.DT_HOSPZ));
    const sex = r.chance(0.5) ? 'M' : 'F';
    let niss;
    let dob;
    do {
      dob = new Date(admission - r.int(40 * 365, 90 * 365) * DAY).toISOString().slice(0, 10);
      niss = demoNiss(dob, sex, r);
    } while (used.has(niss));
    used.add(niss);
    Object.assign(data, { DT_PAT_DOB: dob, CD_PAT_SEX: sex, IDC_PAT: niss });
    yield { template, data };
  }
}

/**
 * Writes `rows` complete P registrations as an HD4DP CSV file. Each template's cells are made once
 * (quoted as the export quotes them); a row then only puts its patient's cells (digits and dates,
 * nothing to quote) in their places.
 * @param {string} file
 * @param {number} rows
 * @param {number} [seed]
 */
export async function writeImportCsv(file, rows, seed = 7) {
  const columns = exportColumns('P', { local: true });
  const ids = columns.map((f) => f.id);
  const patient = ['DT_PAT_DOB', 'CD_PAT_SEX', 'IDC_PAT'].map((id) => ids.indexOf(id));
  if (patient.some((i) => i < 0)) throw new Error(`The P export lacks one of DT_PAT_DOB, CD_PAT_SEX, IDC_PAT.`);
  /** @type {Map<number, string[]>} each template's cells */
  const lines = new Map();
  const quote = (/** @type {string} */ c) => (/[;"\n\r]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
  const out = createWriteStream(file);
  out.write([...ids, STATUS_COLUMN].join(SEPARATOR) + '\n');
  let text = '';
  let n = 0;
  for (const { template, data } of fromTemplates(rows, seed, Date.now())) {
    let cells = lines.get(template);
    if (!cells) {
      cells = [...columns.map((f) => quote(toCell(f, /** @type {never} */ (data[f.id])))), ''];
      lines.set(template, cells);
    }
    const row = [...cells];
    for (const i of patient) row[i] = toCell(columns[i], /** @type {never} */ (data[columns[i].id]));
    text += row.join(SEPARATOR) + '\n';
    if (++n % 1000 === 0) {
      if (!out.write(text)) await once(out, 'drain');
      text = '';
    }
  }
  out.write(text);
  out.end();
  await once(out, 'finish');
}
