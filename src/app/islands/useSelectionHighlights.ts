import { useMemo } from 'react';
import { highlightsFor, type Highlights } from '../../features/actors/involvement';
import { actorSelectionStore } from '../../features/actors/selectionStore';
import { useStore } from '../../lib/store';

/** What the page-wide actor selection lights up; null when nothing is selected. */
export const useSelectionHighlights = (): Highlights | null => {
  const selected = useStore(actorSelectionStore);
  return useMemo(() => highlightsFor(selected), [selected]);
};
