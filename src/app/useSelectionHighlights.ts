import { useMemo } from 'react';
import { highlightsFor, type Highlights } from '../features/actors/involvement';
import { useHindsightLayer } from './hindsightLayer';
import { useAddress } from './useAddress';

/** What the page-wide actor selection lights up, later events included with hindsight on; null when nothing is selected. */
export const useSelectionHighlights = (): Highlights | null => {
  const { actor } = useAddress().location;
  const hindsight = useHindsightLayer();
  return useMemo(() => {
    const highlights = highlightsFor(actor);
    if (highlights === null || hindsight === null || actor === null) return highlights;
    const later = hindsight.events.filter((event) => event.actors.some((id) => id === actor)).map((event) => event.id);
    return { ...highlights, events: new Set([...highlights.events, ...later]) };
  }, [actor, hindsight]);
};
