/** The registrations table: counts, filters, one Text per row and only the visible window mounted. */
import { Box, Text } from 'ink';
import { useKeys } from './use-keys.js';
import { useEffect } from 'react';
import { actionFor, binding, footerHints, isTyping, statusWord, type ActionId } from '../keymap.js';
import { say, type MessageId } from '../messages.js';
import { dateTimeText, type Lang } from '../registry/index.js';
import type { ListRow } from '../store/index.js';
import { clip, dmy, fit, patientLabel } from './format.js';
import { useObservable } from './observable.js';
import { useServices } from './services.js';
import { ProgressBar } from '@inkjs/ui';
import { colour } from './theme.js';
import type { DeliveryProgress } from './use-delivery.js';
import { StatusLine, type Notice } from './status-line.js';
import type { TableController } from './table-controller.js';

/** Title, counts and filters, column header, status line, footer. */
export const TABLE_CHROME = 5;

const DELIVERY_MARK = { none: '', pending: ' …', delivered: ' ✓', failed: ' ✗' } as const;

type Column = { name: string; width: number; cell: (r: ListRow) => string };

/** The status of a row as the table writes it: the word, * while a correction is in progress. */
const statusCell = (lang: Lang, r: ListRow) => statusWord(lang, r.status) + (r.correcting ? '*' : '');

/** The widest of some words (a column is as wide as its header and its longest value). */
const widest = (...words: string[]) => Math.max(...words.map((w) => [...w].length));

/** When a row was last changed, as much as the room holds: date, time, who. */
function updatedCell(r: ListRow, room: number): string {
  const [day = '', hour = ''] = dateTimeText(r.updatedAt).split(' ');
  const date = day.slice(0, 5);
  const time = `${date} ${hour}`;
  const full = `${time} ${r.updatedBy}`;
  return full.length <= room ? full : time.length <= room ? time : date;
}

/**
 * The columns for a width and a language: from 100 columns on, delivery has its own column;
 * narrower, it is a mark after the status (… pending, ✓ delivered, ✗ failed) so that 80 columns
 * still show all. Each column is as wide as its header and its words in the language; the last
 * one takes what is left.
 */
function columnsFor(width: number, lang: Lang): Column[] {
  const wide = width >= 100;
  const w = (id: MessageId) => say(lang, id);
  const status = widest(w('table.col.status'), w('status.open'), `${w('status.sent')}*${wide ? '' : ' ✓'}`, w('status.deleted'));
  const delivery = widest(w('table.col.delivery'), ...DELIVERIES.map((d) => w(`delivery.${d}`)));
  const cols: Column[] = [
    { name: w('table.col.code'), width: 14, cell: (r) => r.registrationCode ?? `#${r.id}` },
    { name: w('table.col.type'), width: widest(w('table.col.type'), 'FP'), cell: (r) => r.type },
    { name: w('table.col.patient'), width: 15, cell: (r) => patientLabel(r.patientKey) },
    { name: w('table.col.date'), width: 10, cell: (r) => dmy(r.keyDate) },
    wide
      ? { name: w('table.col.status'), width: status, cell: (r) => statusCell(lang, r) }
      : { name: w('table.col.status'), width: status, cell: (r) => statusCell(lang, r) + DELIVERY_MARK[r.delivery] },
    ...(wide ? [{ name: w('table.col.delivery'), width: delivery, cell: (r: ListRow) => w(`delivery.${r.delivery}`) }] : []),
    { name: w('table.col.done'), width: widest(w('table.col.done'), '374/374'), cell: (r) => `${r.requiredFilled}/${r.requiredTotal}` },
  ];
  // The cursor's column, then each column and the space after it.
  const room = width - 1 - 1 - cols.reduce((n, c) => n + c.width + 1, 0);
  return [...cols, { name: w('table.col.updated'), width: Math.max(0, room), cell: (r) => updatedCell(r, room) }];
}

const DELIVERIES = ['none', 'pending', 'delivered', 'failed'] as const;

const line = (cols: Column[], cells: string[]) => cells.map((c, i) => fit(c, cols[i]!.width)).join(' ');

export interface TableProps {
  controller: TableController;
  delivery: DeliveryProgress;
  isActive: boolean;
  notice: Notice | undefined;
  onAction: (action: ActionId, row: ListRow | undefined) => void;
}

export function RegistrationsTable({ controller, delivery, isActive, notice, onAction }: TableProps) {
  const { size, canDeliver, lang } = useServices();
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
  const width = size.columns - 1;
  const cols = columnsFor(size.columns, lang);
  const header =
    ' ' +
    line(
      cols,
      cols.map((x) => x.name),
    );
  const filter = state.searching || state.search ? `  /${state.search}${state.searching ? '▏' : ''}` : '';
  const status =
    state.status === 'active' || state.status === 'all' ? say(lang, `table.filter.${state.status}`) : statusWord(lang, state.status);
  const title = `angio · ANGIO   ${say(lang, 'table.counts', { open: c.open, sent: c.sent, deleted: c.deleted })}`;
  return (
    <Box flexDirection="column" height={size.rows}>
      <TitleLine title={title} width={width} outbox={state.outbox} delivery={delivery} canDeliver={canDeliver} lang={lang} />
      <Text wrap="truncate">{`${say(lang, 'table.showing', { status, type: state.type ?? say(lang, 'table.type.all') })}${filter}`}</Text>
      <Text underline wrap="truncate">
        {header}
      </Text>
      <Box flexDirection="column" height={height} flexShrink={0}>
        {state.rows.length === 0 ? (
          <Text dimColor wrap="truncate">
            {say(lang, c.open + c.sent + c.deleted === 0 ? 'table.empty' : 'table.noMatch')}
          </Text>
        ) : null}
        {state.rows.map((r, i) => (
          <Text key={r.id} inverse={i === state.cursor} bold={i === state.cursor} wrap="truncate">
            {clip(
              `${i === state.cursor ? '›' : ' '}${line(
                cols,
                cols.map((x) => x.cell(r)),
              )}`,
              width,
            )}
          </Text>
        ))}
      </Box>
      <StatusLine notice={notice} />
      <Text dimColor wrap="truncate">
        {footerHints(state.searching ? 'search' : 'table', lang)}
      </Text>
    </Box>
  );
}

/** The gap between the counts and the outbox: never less, so the two never run into each other. */
const GAP = 3;
const BAR = 16;

/**
 * The title with the counts, then what the outbox holds and what delivery is doing: nothing ever
 * looks delivered when it is not. The outbox takes the room the counts leave, in its long words
 * when they fit, else its short ones, else cut with an ellipsis.
 */
function TitleLine({
  title,
  width,
  outbox,
  delivery,
  canDeliver,
  lang,
}: {
  title: string;
  width: number;
  outbox: { pending: number; failed: number };
  delivery: DeliveryProgress;
  canDeliver: boolean;
  lang: Lang;
}) {
  const left = clip(title, width);
  const room = width - [...left].length - GAP;
  const gap = ' '.repeat(GAP);
  if (delivery.running && delivery.total > 0) {
    const text = say(lang, 'outbox.delivering', { done: delivery.done, total: delivery.total });
    const bar = Math.min(BAR, room - text.length - 1);
    return (
      <Box>
        <Text bold>{left}</Text>
        {room > 0 ? <Text>{gap + clip(text, room)}</Text> : null}
        {bar >= 4 ? (
          <Box width={bar + 1} paddingLeft={1}>
            <ProgressBar value={Math.round((100 * delivery.done) / delivery.total)} />
          </Box>
        ) : null}
      </Box>
    );
  }
  const failed = outbox.failed ? say(lang, 'outbox.failed', { n: outbox.failed }) : '';
  const n = outbox.pending;
  const forms = !n
    ? failed
      ? [`${say(lang, 'outbox.label')} · ${failed}`]
      : ['']
    : (canDeliver ? (['outbox.toDeliver', 'outbox.toDeliverShort'] as const) : (['outbox.waiting', 'outbox.waitingShort'] as const)).map(
        (id) => say(lang, id, { n }) + (failed ? ` · ${failed}` : ''),
      );
  const text = forms.find((f) => f.length <= room) ?? clip(forms.at(-1)!, room);
  return (
    <Text>
      <Text bold>{left}</Text>
      {text && room > 0 ? <Text color={colour(outbox.failed ? 'error' : n && !canDeliver ? 'warn' : undefined)}>{gap + text}</Text> : null}
    </Text>
  );
}

/** Why an action on the selected row cannot be used now, from the keymap. */
export function whyDisabled(action: ActionId, row: ListRow | undefined, lang: Lang): string | undefined {
  if (!row) return say(lang, 'table.noneSelected');
  return binding(action).whyDisabled?.({ status: row.status }, lang);
}
