/**
 * State of the registrations table: filters and the visible window, read from the store one
 * window at a time with keyset paging (never the whole table), so it stays instant at 1,000,000.
 */
import { useCallback, useEffect, useReducer } from 'react';
import type { TypeCode } from '../registry/index.js';
import type { ListQuery, ListRow, RegistrationStore } from '../store/index.js';

export const STATUS_FILTERS = ['active', 'open', 'sent', 'deleted', 'all'] as const;
export const TYPE_FILTERS = [undefined, 'H', 'P', 'F', 'FP', 'FU'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export interface TableState {
  status: StatusFilter;
  type: TypeCode | undefined;
  /** The window shows rows with id below this (undefined: from the newest). */
  topBefore: number | undefined;
  cursor: number;
  rows: ListRow[];
}

type Action =
  | { type: 'window'; topBefore: number | undefined; rows: ListRow[]; cursor: number }
  | { type: 'cursor'; cursor: number }
  | { type: 'filters'; status: StatusFilter; typeFilter: TypeCode | undefined };

function reducer(s: TableState, a: Action): TableState {
  switch (a.type) {
    case 'window': return { ...s, topBefore: a.topBefore, rows: a.rows, cursor: Math.max(0, Math.min(a.cursor, a.rows.length - 1)) };
    case 'cursor': return { ...s, cursor: a.cursor };
    case 'filters': return { ...s, status: a.status, type: a.typeFilter, topBefore: undefined, cursor: 0 };
    default: { const never: never = a; return never; }
  }
}

export function useTableState(store: RegistrationStore, height: number) {
  const [state, dispatch] = useReducer(reducer, { status: 'active', type: undefined, topBefore: undefined, cursor: 0, rows: [] });
  const base = useCallback((): ListQuery => ({ status: state.status, ...(state.type ? { type: state.type } : {}) }), [state.status, state.type]);
  const windowAt = useCallback((topBefore: number | undefined) =>
    store.list({ ...base(), limit: height, ...(topBefore !== undefined ? { beforeId: topBefore } : {}) }), [store, base, height]);

  useEffect(() => {
    dispatch({ type: 'window', topBefore: state.topBefore, rows: windowAt(state.topBefore), cursor: state.cursor });
    // Reload when filters or the window height change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.status, state.type, height]);

  const show = (topBefore: number | undefined, cursor: number) => dispatch({ type: 'window', topBefore, rows: windowAt(topBefore), cursor });

  return {
    state,
    down() {
      if (state.cursor < state.rows.length - 1) return dispatch({ type: 'cursor', cursor: state.cursor + 1 });
      if (state.rows.length < height) return;
      const next = windowAt(state.rows[0]!.id);
      if (next.length === height) dispatch({ type: 'window', topBefore: state.rows[0]!.id, rows: next, cursor: height - 1 });
    },
    up() {
      if (state.cursor > 0) return dispatch({ type: 'cursor', cursor: state.cursor - 1 });
      const first = state.rows[0];
      if (!first) return;
      const above = store.list({ ...base(), afterId: first.id, limit: 1 });
      if (above.length) show(above[0]!.id + 1, 0);
    },
    pageDown() {
      const last = state.rows.at(-1);
      if (!last || state.rows.length < height) return dispatch({ type: 'cursor', cursor: Math.max(0, state.rows.length - 1) });
      const next = windowAt(last.id);
      if (next.length === 0) return dispatch({ type: 'cursor', cursor: state.rows.length - 1 });
      if (next.length < height) return show(store.list({ ...base(), afterId: 0, limit: height })[0]!.id + 1, height - 1);
      show(last.id, state.cursor);
    },
    pageUp() {
      const first = state.rows[0];
      if (!first) return;
      const above = store.list({ ...base(), afterId: first.id, limit: height });
      if (above.length === 0) return dispatch({ type: 'cursor', cursor: 0 });
      show(above[0]!.id + 1, above.length < height ? 0 : state.cursor);
    },
    first() { show(undefined, 0); },
    last() {
      const oldest = store.list({ ...base(), afterId: 0, limit: height });
      if (oldest.length) show(oldest[0]!.id + 1, oldest.length - 1);
    },
    cycleStatus() {
      const i = STATUS_FILTERS.indexOf(state.status);
      dispatch({ type: 'filters', status: STATUS_FILTERS[(i + 1) % STATUS_FILTERS.length]!, typeFilter: state.type });
    },
    cycleType() {
      const i = TYPE_FILTERS.indexOf(state.type);
      dispatch({ type: 'filters', status: state.status, typeFilter: TYPE_FILTERS[(i + 1) % TYPE_FILTERS.length] });
    },
  };
}
