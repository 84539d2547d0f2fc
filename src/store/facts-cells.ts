/**
 * The facts added up per cell (month, type, first operator, indication group, status), kept up to
 * date by triggers on registration_facts as each registration is written: a report reads a few
 * thousand cells instead of adding up a million rows each time
 * (docs/decisions.md#quality-facts-beside-each-registration). Whatever writes the facts (the
 * store, the import, the bulk writer, a back-fill) moves the cells in the same transaction.
 */

/** What a cell holds: its registrations (rows), and per fact its sum or how many registrations have it (count). */
export const CELL_SUMS = [
  ['n', 'rows', ''],
  ['procedures', 'sum', 'procedures'],
  ['access_known', 'sum', 'access_known'],
  ['radial', 'sum', 'radial'],
  ['success_known', 'sum', 'success_known'],
  ['success', 'sum', 'success'],
  ['stents', 'sum', 'stents'],
  ['des', 'sum', 'des'],
  ['died_n', 'count', 'died'],
  ['died', 'sum', 'died'],
  ['died_in_lab', 'sum', 'died_in_lab'],
  ['site_n', 'count', 'access_complication'],
  ['site', 'sum', 'access_complication'],
  ['bleeding_n', 'count', 'bleeding'],
  ['bleeding', 'sum', 'bleeding'],
  ['icu_n', 'count', 'icu'],
  ['icu', 'sum', 'icu'],
  ['dialysis_n', 'count', 'dialysis'],
  ['dialysis', 'sum', 'dialysis'],
  ['isch_n', 'count', 'ischaemia_test'],
  ['isch', 'sum', 'ischaemia_test'],
  ['physiology', 'sum', 'physiology'],
  ['egfr_low', 'sum', 'egfr_low'],
  ['new_pci_n', 'count', 'new_pci'],
  ['new_pci', 'sum', 'new_pci'],
  ['new_cabg_n', 'count', 'new_cabg'],
  ['new_cabg', 'sum', 'new_cabg'],
] as const;

export type CellSum = (typeof CELL_SUMS)[number][0];

const KEY = ['month', 'type', 'operator', 'grp', 'status'];
/** One registration's part in a cell, from its facts row (NEW or OLD in a trigger). */
const part = (row: 'NEW' | 'OLD') =>
  CELL_SUMS.map(([, kind, column]) =>
    kind === 'rows' ? '1' : kind === 'sum' ? `coalesce(${row}.${column}, 0)` : `(${row}.${column} IS NOT NULL)`,
  );
const add = (row: 'NEW' | 'OLD') => `INSERT INTO fact_cells (${[...KEY, ...CELL_SUMS.map(([k]) => k)].join(', ')})
    VALUES (${[...KEY.map((k) => `${row}.${k}`), ...part(row)].join(', ')})
    ON CONFLICT (${KEY.join(', ')}) DO UPDATE SET ${CELL_SUMS.map(([k]) => `${k} = ${k} + excluded.${k}`).join(', ')};`;
const remove = (row: 'NEW' | 'OLD') => {
  const p = part(row);
  return `UPDATE fact_cells SET ${CELL_SUMS.map(([k], i) => `${k} = ${k} - ${p[i]}`).join(', ')}
    WHERE ${KEY.map((k) => `${k} = ${row}.${k}`).join(' AND ')};`;
};
const COLUMNS = [...KEY, ...new Set(CELL_SUMS.map(([, , c]) => c).filter(Boolean))];

const RECOUNT = `INSERT INTO fact_cells (${[...KEY, ...CELL_SUMS.map(([k]) => k)].join(', ')})
    SELECT ${KEY.join(', ')}, ${CELL_SUMS.map(([, kind, c]) => (kind === 'rows' ? 'count(*)' : kind === 'sum' ? `coalesce(sum(${c}), 0)` : `count(${c})`)).join(', ')}
    FROM registration_facts GROUP BY ${KEY.join(', ')};`;

/** The cells counted again from the facts: after a bulk load, which writes with the triggers dropped. */
export const CELLS_RECOUNT = `DELETE FROM fact_cells; ${RECOUNT}`;

/** The schema of migration 15: the cells, their triggers, and the cells of the facts already there. */
export const CELLS_SCHEMA = `
  CREATE TABLE fact_cells (
    ${KEY.map((k) => `${k} TEXT NOT NULL`).join(', ')},
    ${CELL_SUMS.map(([k]) => `${k} INTEGER NOT NULL`).join(', ')},
    PRIMARY KEY (${KEY.join(', ')})
  ) WITHOUT ROWID;
  CREATE TRIGGER registration_facts_cells_add AFTER INSERT ON registration_facts BEGIN
    ${add('NEW')}
  END;
  CREATE TRIGGER registration_facts_cells_remove AFTER DELETE ON registration_facts BEGIN
    ${remove('OLD')}
  END;
  CREATE TRIGGER registration_facts_cells_move AFTER UPDATE OF ${COLUMNS.join(', ')} ON registration_facts BEGIN
    ${remove('OLD')}
    ${add('NEW')}
  END;
  ${RECOUNT}
`;
