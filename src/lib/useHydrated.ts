import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False on the server and during hydration, true afterwards. Use it to keep
 * prerendered HTML in its final, visible state (no `initial` opacity 0 that
 * only JavaScript could undo) while later mounts may still animate in.
 */
export const useHydrated = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
