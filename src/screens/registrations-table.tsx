/** The registrations table: one Text per row, only the visible window mounted. */
import { Box, Text, useApp, useInput, useStdout } from 'ink';
import { useEffect, useState } from 'react';
import { footerHints, matches } from '../keymap.js';
import type { Lang } from '../registry/index.js';
import type { ListRow, RegistrationStore } from '../store/index.js';
import { dmy, patientLabel } from '../cli/format.js';
import { useTableState } from './use-table-state.js';

const STATUS_LABEL = { active: 'Open + Sent', open: 'Open', sent: 'Sent', deleted: 'Deleted', all: 'All' } as const;
/** Lines used around the rows: title, counts, column header, status line, footer. */
const CHROME = 5;

function useTerminalSize(height?: number, width?: number) {
  const { stdout } = useStdout();
  const [size, setSize] = useState({ rows: height ?? stdout.rows ?? 24, columns: width ?? stdout.columns ?? 80 });
  useEffect(() => {
    if (height !== undefined) return;
    const onResize = () => setSize({ rows: stdout.rows ?? 24, columns: stdout.columns ?? 80 });
    stdout.on('resize', onResize);
    return () => { stdout.off('resize', onResize); };
  }, [stdout, height]);
  return size;
}

function rowText(r: ListRow, width: number): string {
  const cells = [
    (r.registrationCode ?? `#${r.id}`).padEnd(22), r.type.padEnd(3), patientLabel(r.patientKey).padEnd(18), dmy(r.keyDate).padEnd(11),
    r.status.padEnd(8), `${r.requiredFilled}/${r.requiredTotal}`.padEnd(8), `${r.updatedAt.slice(0, 16).replace('T', ' ')} ${r.updatedBy}`,
  ];
  return cells.join(' ').slice(0, width - 1);
}

export function RegistrationsTable({ store, height, width, onHelp }: { store: RegistrationStore; lang: Lang; height?: number; width?: number; onHelp: () => void }) {
  const { exit } = useApp();
  const size = useTerminalSize(height, width);
  const visibleRows = Math.max(1, size.rows - CHROME);
  const t = useTableState(store, visibleRows);
  const counts = store.counts().byStatus;

  useInput((input, key) => {
    if (matches('app.quit', input, key)) exit();
    else if (matches('app.help', input, key)) onHelp();
    else if (matches('table.down', input, key)) t.down();
    else if (matches('table.up', input, key)) t.up();
    else if (matches('table.pageDown', input, key)) t.pageDown();
    else if (matches('table.pageUp', input, key)) t.pageUp();
    else if (matches('table.first', input, key)) t.first();
    else if (matches('table.last', input, key)) t.last();
    else if (matches('table.status', input, key)) t.cycleStatus();
    else if (matches('table.type', input, key)) t.cycleType();
  });

  const { state } = t;
  const header = ['code / id'.padEnd(22), 'typ', 'patient'.padEnd(18), 'date'.padEnd(11), 'status'.padEnd(8), 'complete', 'updated'].join(' ');
  return (
    <Box flexDirection="column" height={Math.min(size.rows, visibleRows + CHROME)}>
      <Text bold>angio · ANGIO registrations</Text>
      <Text>Open {counts.open} · Sent {counts.sent} · Deleted {counts.deleted}   filter: {STATUS_LABEL[state.status]} · type {state.type ?? 'all'}</Text>
      <Text underline>{header.slice(0, size.columns - 1)}</Text>
      <Box flexDirection="column" height={visibleRows}>
        {state.rows.length === 0 ? <Text dimColor>No registrations match. Run "angio demo" to try the app on demo data.</Text> : null}
        {state.rows.map((r, i) => (
          <Text key={r.id} inverse={i === state.cursor} bold={i === state.cursor} wrap="truncate">{rowText(r, size.columns)}</Text>
        ))}
      </Box>
      <Text dimColor wrap="truncate">{footerHints('table')}</Text>
    </Box>
  );
}
