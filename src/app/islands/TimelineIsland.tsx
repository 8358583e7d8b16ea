import { Timeline } from '../../features/timeline/Timeline';
import { windowHashSource } from '../../lib/hashSource';
import { useSelectionHighlights } from './useSelectionHighlights';

/** The timeline on the article page: follows #event-<id> links and the actor selection. */
export const TimelineIsland = () => {
  const highlights = useSelectionHighlights();
  return <Timeline hashSource={windowHashSource} highlightedEvents={highlights?.events ?? null} />;
};
