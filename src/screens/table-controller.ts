/**
 * State of the registrations table: filters, search and the visible window, read from the store
 * one window at a time with keyset paging (never the whole table), so it stays instant however
 * large the database. Counts per status come from the store's maintained counters.
 */
import { TYPE_CODES, type TypeCode } from '../registry/index.js';
import {
  STATUS_FILTERS,
  type ListQuery,
  type ListRow,
  type Outbox,
  type RegistrationStore,
  type Status,
  type StatusFilter,
} from '../store/index.js';
import { createObservable } from './observable.js';

export const TYPE_FILTERS = [undefined, ...TYPE_CODES] as const;

export interface TableState {
  status: StatusFilter;
  type: TypeCode | undefined;
  search: string;
  searching: boolean;
  /** The window shows rows with id below this (undefined: from the newest). */
  topBefore: number | undefined;
  cursor: number;
  rows: ListRow[];
  height: number;
  counts: Record<Status, number>;
  /** Outbox items still to deliver, and failed ones. */
  outbox: { pending: number; failed: number };
}

export function createTableController(store: RegistrationStore, height: number, outbox?: Outbox) {
  const o = createObservable<TableState>({
    status: 'active',
    type: undefined,
    search: '',
    searching: false,
    topBefore: undefined,
    cursor: 0,
    rows: [],
    height,
    counts: store.counts().byStatus,
    outbox: outbox?.attention() ?? { pending: 0, failed: 0 },
  });
  const s = () => o.get();
  const base = (): ListQuery => ({
    status: s().status,
    ...(s().type ? { type: s().type } : {}),
    ...(s().search.trim() ? { search: s().search } : {}),
  });
  const windowAt = (topBefore: number | undefined) =>
    store.list({ ...base(), limit: s().height, ...(topBefore !== undefined ? { beforeId: topBefore } : {}) });
  const show = (topBefore: number | undefined, cursor: number) => {
    const rows = windowAt(topBefore);
    // The counters are kept by the database, so reading them with each window costs nothing.
    o.set({
      ...s(),
      topBefore,
      rows,
      cursor: Math.max(0, Math.min(cursor, rows.length - 1)),
      counts: store.counts().byStatus,
      outbox: outbox?.attention() ?? s().outbox,
    });
  };
  const oldestWindow = () => store.list({ ...base(), afterId: 0, limit: s().height });

  const c = {
    observable: o,
    selected: (): ListRow | undefined => s().rows[s().cursor],
    /** Re-reads the window and the counts (after a change here or elsewhere). */
    refresh() {
      show(s().topBefore, s().cursor);
    },
    setHeight(height: number) {
      if (height !== s().height) {
        o.set({ ...s(), height });
        show(s().topBefore, s().cursor);
      }
    },
    down() {
      const { cursor, rows, height: h } = s();
      if (cursor < rows.length - 1) return o.set({ ...s(), cursor: cursor + 1 });
      if (rows.length < h) return;
      const next = windowAt(rows[0]!.id);
      if (next.length === h) o.set({ ...s(), topBefore: rows[0]!.id, rows: next, cursor: h - 1 });
    },
    up() {
      const { cursor, rows } = s();
      if (cursor > 0) return o.set({ ...s(), cursor: cursor - 1 });
      if (!rows[0]) return;
      const above = store.list({ ...base(), afterId: rows[0].id, limit: 1 });
      if (above.length) show(above[0]!.id + 1, 0);
    },
    pageDown() {
      const { rows, height: h, cursor } = s();
      const last = rows.at(-1);
      if (!last || rows.length < h) return o.set({ ...s(), cursor: Math.max(0, rows.length - 1) });
      const next = windowAt(last.id);
      if (next.length === 0) return o.set({ ...s(), cursor: rows.length - 1 });
      if (next.length < h) return show(oldestWindow()[0]!.id + 1, h - 1);
      show(last.id, cursor);
    },
    pageUp() {
      const { rows, height: h, cursor } = s();
      if (!rows[0]) return;
      const above = store.list({ ...base(), afterId: rows[0].id, limit: h });
      if (above.length === 0) return o.set({ ...s(), cursor: 0 });
      show(above.length < h ? undefined : above[0]!.id + 1, above.length < h ? 0 : cursor);
    },
    first() {
      show(undefined, 0);
    },
    last() {
      const oldest = oldestWindow();
      if (oldest.length) show(oldest[0]!.id + 1, oldest.length - 1);
    },
    cycleStatus() {
      const i = STATUS_FILTERS.indexOf(s().status);
      o.set({ ...s(), status: STATUS_FILTERS[(i + 1) % STATUS_FILTERS.length]! });
      show(undefined, 0);
    },
    cycleType() {
      const i = TYPE_FILTERS.indexOf(s().type);
      o.set({ ...s(), type: TYPE_FILTERS[(i + 1) % TYPE_FILTERS.length] });
      show(undefined, 0);
    },
    startSearch() {
      o.set({ ...s(), searching: true });
    },
    typeSearch(ch: string) {
      o.set({ ...s(), search: s().search + ch });
      show(undefined, 0);
    },
    eraseSearch() {
      o.set({ ...s(), search: s().search.slice(0, -1) });
      show(undefined, 0);
    },
    endSearch(keep: boolean) {
      o.set({ ...s(), searching: false, search: keep ? s().search : '' });
      if (!keep) show(undefined, 0);
    },
    /** Puts the cursor on a registration if it is in the current window (after creating one). */
    focusId(id: number) {
      show(undefined, 0);
      const i = s().rows.findIndex((r) => r.id === id);
      if (i >= 0) o.set({ ...s(), cursor: i });
    },
  };
  c.refresh();
  return c;
}

export type TableController = ReturnType<typeof createTableController>;
