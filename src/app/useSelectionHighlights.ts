import { useMemo } from 'react';
import { highlightsFor, type Highlights } from '../features/actors/involvement';
import { useAddress } from './useAddress';

/** What the page-wide actor selection lights up; null when nothing is selected. */
export const useSelectionHighlights = (): Highlights | null => {
  const { actor } = useAddress().location;
  return useMemo(() => highlightsFor(actor), [actor]);
};
