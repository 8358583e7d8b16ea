import { useSyncExternalStore } from 'react';

/**
 * A tiny observable value. Islands are separate React roots, hydrated at
 * different times, so the page state they share (src/app) lives in stores.
 */
export interface Store<T> {
  readonly get: () => T;
  readonly set: (next: T) => void;
  readonly subscribe: (listener: () => void) => () => void;
  /** The value the prerendered HTML was rendered with. */
  readonly initial: T;
}

export const createStore = <T,>(initial: T): Store<T> => {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    initial,
    get: () => value,
    set: (next) => {
      if (Object.is(next, value)) return;
      value = next;
      listeners.forEach((listener) => listener());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};

/** Reads a store; during hydration it reads the initial value, so the first render matches the HTML. */
export const useStore = <T,>(store: Store<T>): T => useSyncExternalStore(store.subscribe, store.get, () => store.initial);
