import { Timeline } from '../../features/timeline/Timeline';
import { useAddress } from '../useAddress';
import { useSelectionHighlights } from '../useSelectionHighlights';
import type { SlotProps } from './types';

/** The timeline: follows `#event-<id>` links and the actor selection on the article page. */
export const TimelineIsland = ({ placement }: SlotProps) => {
  const address = useAddress();
  const highlights = useSelectionHighlights();
  if (placement !== 'article') return <Timeline headingLevel={placement === 'standalone' ? 2 : 3} />;
  return (
    <Timeline
      highlightedEvents={highlights?.events ?? null}
      linkedEvent={address.location.event}
      navigation={address.navigation}
    />
  );
};
