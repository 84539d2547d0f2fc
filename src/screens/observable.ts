/**
 * A tiny external store for screen controllers: key handlers call methods that change the state
 * synchronously, so a burst of keys never acts on a stale copy
 * (docs/decisions.md#key-handlers-act-on-live-state), and React re-renders through
 * useSyncExternalStore.
 */
import { useSyncExternalStore } from 'react';

export interface Observable<T> {
  get: () => T;
  subscribe: (listener: () => void) => () => void;
}

export function createObservable<T>(initial: T) {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(next: T) {
      state = next;
      for (const l of listeners) l();
    },
    update(f: (s: T) => T) {
      this.set(f(state));
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

export function useObservable<T>(o: Observable<T>): T {
  return useSyncExternalStore(o.subscribe, o.get, o.get);
}
