/** The registrations table: counts, filters, one Text per row and only the visible window mounted. */
import { Box, Text } from 'ink';
import { useKeys } from './use-keys.js';
import { useEffect } from 'react';
import { actionFor, binding, footerHints, isTyping, type ActionId } from '../keymap.js';
import type { ListRow } from '../store/index.js';
import { dmy, patientLabel } from './format.js';
import { useObservable } from './observable.js';
import { useServices } from './services.js';
import { ProgressBar } from '@inkjs/ui';
import { colour } from './theme.js';
import type { DeliveryProgress } from './use-delivery.js';
import { StatusLine, type Notice } from './status-line.js';
import type { TableController } from './table-controller.js';

const STATUS_LABEL = { active: 'Open + Sent', open: 'Open', sent: 'Sent', deleted: 'Deleted', all: 'All' } as const;
/** Title, counts and filters, column header, status line, footer. */
export const TABLE_CHROME = 5;

const DELIVERY = { none: '—', pending: 'pending', delivered: 'delivered', failed: 'FAILED' } as const;
const DELIVERY_MARK = { none: '', pending: ' …', delivered: ' ✓', failed: ' ✗' } as const;

type Column = { name: string; width: number; cell: (r: ListRow) => string };

/**
 * The columns for a width: from 100 columns on, delivery has its own column; narrower, it is a
 * mark after the status (… pending, ✓ delivered, ✗ failed) so that 80 columns still show all.
 */
function columnsFor(width: number): Column[] {
  const wide = width >= 100;
  return [
    { name: 'code / id', width: 15, cell: (r) => r.registrationCode ?? `#${r.id}` },
    { name: 'typ', width: 3, cell: (r) => r.type },
    { name: 'patient', width: 17, cell: (r) => patientLabel(r.patientKey) },
    { name: 'date', width: 10, cell: (r) => dmy(r.keyDate) },
    wide
      ? { name: 'status', width: 7, cell: (r) => r.status + (r.correcting ? '*' : '') }
      : { name: 'status', width: 9, cell: (r) => r.status + (r.correcting ? '*' : '') + DELIVERY_MARK[r.delivery] },
    ...(wide ? [{ name: 'delivery', width: 9, cell: (r: ListRow) => DELIVERY[r.delivery] }] : []),
    { name: 'done', width: 7, cell: (r) => `${r.requiredFilled}/${r.requiredTotal}` },
    { name: 'updated', width: 0, cell: (r) => `${dmy(r.updatedAt.slice(0, 10)).slice(0, 5)} ${r.updatedAt.slice(11, 16)} ${r.updatedBy}` },
  ];
}

const line = (cols: Column[], cells: string[]) =>
  cells.map((c, i) => (cols[i]!.width ? c.slice(0, cols[i]!.width).padEnd(cols[i]!.width) : c)).join(' ');

export interface TableProps {
  controller: TableController;
  delivery: DeliveryProgress;
  isActive: boolean;
  notice: Notice | undefined;
  onAction: (action: ActionId, row: ListRow | undefined) => void;
}

export function RegistrationsTable({ controller, delivery, isActive, notice, onAction }: TableProps) {
  const { size, canDeliver } = useServices();
  const state = useObservable(controller.observable);
  const height = Math.max(1, size.rows - TABLE_CHROME);
  useEffect(() => {
    controller.setHeight(height);
  }, [controller, height]);

  useKeys(
    (input, key) => {
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
        case 'table.down':
          return controller.down();
        case 'table.up':
          return controller.up();
        case 'table.pageDown':
          return controller.pageDown();
        case 'table.pageUp':
          return controller.pageUp();
        case 'table.first':
          return controller.first();
        case 'table.last':
          return controller.last();
        case 'table.status':
          return controller.cycleStatus();
        case 'table.type':
          return controller.cycleType();
        case 'table.search':
          return controller.startSearch();
        case undefined:
          return;
        default:
          return onAction(a, controller.selected());
      }
    },
    { isActive },
  );

  const c = state.counts;
  const cols = columnsFor(size.columns);
  const header =
    ' ' +
    line(
      cols,
      cols.map((x) => x.name),
    );
  const filter = state.searching || state.search ? `  /${state.search}${state.searching ? '▏' : ''}` : '';
  return (
    <Box flexDirection="column" height={size.rows}>
      <Box>
        <Text bold wrap="truncate">{`angio · ANGIO   Open ${c.open} · Sent ${c.sent} · Deleted ${c.deleted}   `}</Text>
        <OutboxState outbox={state.outbox} delivery={delivery} canDeliver={canDeliver} />
      </Box>
      <Text wrap="truncate">{`showing: ${STATUS_LABEL[state.status]} · type ${state.type ?? 'all'}${filter}`}</Text>
      <Text underline wrap="truncate">
        {header}
      </Text>
      <Box flexDirection="column" height={height} flexShrink={0}>
        {state.rows.length === 0 ? (
          <Text dimColor>
            {c.open + c.sent + c.deleted === 0
              ? 'No registrations yet: press n for a new one, or run "angio demo" to try the app.'
              : 'No registrations match.'}
          </Text>
        ) : null}
        {state.rows.map((r, i) => (
          <Text key={r.id} inverse={i === state.cursor} bold={i === state.cursor} wrap="truncate">
            {`${i === state.cursor ? '›' : ' '}${line(
              cols,
              cols.map((x) => x.cell(r)),
            )}`.slice(0, size.columns - 1)}
          </Text>
        ))}
      </Box>
      <StatusLine notice={notice} />
      <Text dimColor wrap="truncate">
        {footerHints(state.searching ? 'search' : 'table')}
      </Text>
    </Box>
  );
}

/** What the outbox holds and what delivery is doing: nothing ever looks delivered when it is not. */
function OutboxState({
  outbox,
  delivery,
  canDeliver,
}: {
  outbox: { pending: number; failed: number };
  delivery: DeliveryProgress;
  canDeliver: boolean;
}) {
  if (delivery.running && delivery.total > 0) {
    return (
      <Box>
        <Text>{`delivering ${delivery.done}/${delivery.total} `}</Text>
        <Box width={16}>
          <ProgressBar value={Math.round((100 * delivery.done) / delivery.total)} />
        </Box>
      </Box>
    );
  }
  const failed = outbox.failed ? ` · ${outbox.failed} FAILED` : '';
  if (!outbox.pending)
    return (
      <Text color={colour(outbox.failed ? 'error' : undefined)} wrap="truncate">
        {outbox.failed ? `outbox${failed}` : ''}
      </Text>
    );
  return (
    <Text color={colour(outbox.failed ? 'error' : canDeliver ? undefined : 'warn')} wrap="truncate">
      {canDeliver ? `outbox ${outbox.pending} to deliver${failed}` : `outbox ${outbox.pending} waiting: no endpoint configured${failed}`}
    </Text>
  );
}

/** Why an action on the selected row cannot be used now, from the keymap. */
export function whyDisabled(action: ActionId, row: ListRow | undefined): string | undefined {
  if (!row) return 'No registration is selected.';
  return binding(action).whyDisabled?.({ status: row.status });
}
