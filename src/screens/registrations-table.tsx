/** The registrations table: counts, filters, one Text per row and only the visible window mounted. */
import { Box, Text } from 'ink';
import { useKeys } from './use-keys.js';
import { useEffect } from 'react';
import { actionFor, binding, footerHints, isTyping } from '../keymap.js';
import type { ListRow } from '../store/index.js';
import { dmy, patientLabel } from '../cli/format.js';
import { useObservable } from './observable.js';
import { useServices } from './services.js';
import { StatusLine, type Notice } from './status-line.js';
import type { TableController } from './table-controller.js';

const STATUS_LABEL = { active: 'Open + Sent', open: 'Open', sent: 'Sent', deleted: 'Deleted', all: 'All' } as const;
/** Title, counts and filters, column header, status line, footer. */
export const TABLE_CHROME = 5;

const COLUMNS = [['code / id', 16], ['type', 4], ['patient', 17], ['date', 10], ['status', 7], ['done', 7], ['updated', 0]] as const;

function rowText(r: ListRow): string {
  const cells = [r.registrationCode ?? `#${r.id}`, r.type, patientLabel(r.patientKey), dmy(r.keyDate), r.status,
    `${r.requiredFilled}/${r.requiredTotal}`, `${r.updatedAt.slice(0, 16).replace('T', ' ')} ${r.updatedBy}`];
  return cells.map((c, i) => (COLUMNS[i]![1] ? c.padEnd(COLUMNS[i]![1]) : c)).join(' ');
}

export interface TableProps {
  controller: TableController;
  isActive: boolean;
  notice: Notice | undefined;
  onAction: (action: string, row: ListRow | undefined) => void;
}

export function RegistrationsTable({ controller, isActive, notice, onAction }: TableProps) {
  const { size } = useServices();
  const state = useObservable(controller.observable);
  const height = Math.max(1, size.rows - TABLE_CHROME);
  useEffect(() => { controller.setHeight(height); }, [controller, height]);

  useKeys((input, key) => {
    if (controller.observable.get().searching) {
      const a = actionFor('search', input, key);
      if (a === 'search.done') controller.endSearch(true);
      else if (a === 'search.cancel') controller.endSearch(false);
      else if (key.backspace || key.delete) controller.eraseSearch();
      else if (isTyping(input, key)) controller.typeSearch(input);
      else if (a === 'app.help') onAction('app.help', undefined);
      return;
    }
    const a = actionFor('table', input, key);
    switch (a) {
      case 'table.down': return controller.down();
      case 'table.up': return controller.up();
      case 'table.pageDown': return controller.pageDown();
      case 'table.pageUp': return controller.pageUp();
      case 'table.first': return controller.first();
      case 'table.last': return controller.last();
      case 'table.status': return controller.cycleStatus();
      case 'table.type': return controller.cycleType();
      case 'table.search': return controller.startSearch();
      case undefined: return;
      default: return onAction(a, controller.selected());
    }
  }, { isActive });

  const c = state.counts;
  const header = COLUMNS.map(([name, w]) => (w ? name.padEnd(w) : name)).join(' ');
  const filter = state.searching || state.search ? `  /${state.search}${state.searching ? '▏' : ''}` : '';
  return (
    <Box flexDirection="column" height={size.rows}>
      <Text bold wrap="truncate">{`angio · ANGIO registrations   Open ${c.open} · Sent ${c.sent} · Deleted ${c.deleted}`}</Text>
      <Text wrap="truncate">{`showing: ${STATUS_LABEL[state.status]} · type ${state.type ?? 'all'}${filter}`}</Text>
      <Text underline wrap="truncate">{header}</Text>
      <Box flexDirection="column" height={height} flexShrink={0}>
        {state.rows.length === 0
          ? <Text dimColor>{c.open + c.sent + c.deleted === 0 ? 'No registrations yet: press n for a new one, or run "angio demo" to try the app.' : 'No registrations match.'}</Text>
          : null}
        {state.rows.map((r, i) => (
          <Text key={r.id} inverse={i === state.cursor} bold={i === state.cursor} wrap="truncate">
            {`${i === state.cursor ? '›' : ' '}${rowText(r)}`.slice(0, size.columns - 1)}
          </Text>
        ))}
      </Box>
      <StatusLine notice={notice} />
      <Text dimColor wrap="truncate">{footerHints(state.searching ? 'search' : 'table')}</Text>
    </Box>
  );
}

/** Why an action on the selected row cannot be used now, from the keymap. */
export function whyDisabled(action: string, row: ListRow | undefined): string | undefined {
  if (!row) return 'No registration is selected.';
  return binding(action).whyDisabled?.({ status: row.status });
}
