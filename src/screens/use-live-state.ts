/**
 * State that key handlers read fresh: several keys of one chunk are handled before React
 * re-renders, so a handler must not act on the value its closure captured.
 */
import { useReducer, useRef } from 'react';

export function useLiveState<T>(initial: T): [() => T, (next: T | ((current: T) => T)) => void] {
  const ref = useRef(initial);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const set = (next: T | ((current: T) => T)) => {
    ref.current = typeof next === 'function' ? (next as (c: T) => T)(ref.current) : next;
    rerender();
  };
  return [() => ref.current, set];
}
