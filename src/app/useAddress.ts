import { useEffect } from 'react';
import { useStore } from '../lib/store';
import { addressStore, type PageAddress } from './pageState';
import { watchSelection } from './selectionWatch';

/** The page's address for an island: as the server saw it while hydrating, the real one after. */
export const useAddress = (): PageAddress => {
  useEffect(watchSelection, []);
  return useStore(addressStore);
};
