import { Timeline } from '../../features/timeline/Timeline';
import { useHindsightLayer } from '../hindsightLayer';
import { useAddress } from '../useAddress';
import { useSelectionHighlights } from '../useSelectionHighlights';
import type { SlotProps } from './types';

/**
 * The timeline: follows `#event-<id>` links and the actor selection on the
 * article page. Embedded alone it lists every event from the start; inside a
 * story it lists the article's own, with the background behind the switch.
 */
export const TimelineIsland = ({ placement }: SlotProps) => {
  const address = useAddress();
  const highlights = useSelectionHighlights();
  const hindsight = useHindsightLayer();
  if (placement !== 'article') {
    return <Timeline headingLevel={placement === 'standalone' ? 2 : 3} initialShowsBackground={placement === 'standalone'} hindsight={hindsight} />;
  }
  return (
    <Timeline
      hindsight={hindsight}
      highlightedEvents={highlights?.events ?? null}
      linkedEvent={address.location.event}
      navigation={address.navigation}
    />
  );
};
