import { useEffect } from 'react';
import { useStore } from '../lib/store';
import { addressStore, followAddress, type PageAddress } from './pageState';

/** The page's address for an island: as the server saw it while hydrating, the real one after. */
export const useAddress = (): PageAddress => {
  useEffect(followAddress, []);
  return useStore(addressStore);
};
