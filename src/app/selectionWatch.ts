import { addressStore, followAddress } from './pageState';

let isWatching = false;

/**
 * Follows the address and, whenever an actor is selected (by a shared link or
 * by the reader), brings the bar that explains and clears the selection. The
 * bar's code is its own chunk, loaded on the first selection. Idempotent.
 */
export const watchSelection = (): void => {
  if (isWatching) return;
  isWatching = true;
  followAddress();
  const showBarIfSelected = () => {
    if (addressStore.get().location.actor !== null) void import('./selectionBar').then((module) => module.mountSelectionBar());
  };
  addressStore.subscribe(showBarIfSelected);
  showBarIfSelected();
};
