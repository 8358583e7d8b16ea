import { hindsightLayer, sourcesCitedInSection } from '../../content/hindsightLayer';
import { SourcesList } from '../../features/sources/SourcesList';
import { useHydrated } from '../../lib/useHydrated';
import { useHindsightLayer } from '../hindsightLayer';

// "What happened next" is always on the page, so the reports it cites always are here. The
// page's HTML carries only where its markers lead without scripts (its addresses do not
// compress: 85 reports would add 8 KB gzip); the rest join once the part is live.
const citedInSection = sourcesCitedInSection(hindsightLayer);
const markerTargets = sourcesCitedInSection(hindsightLayer, { markerTargetsOnly: true });

/** Later reporting: the reports "What happened next" cites, or every one with the hindsight layer on. */
export const SourcesIsland = () => {
  const hindsight = useHindsightLayer();
  const isHydrated = useHydrated();
  return <SourcesList laterSources={hindsight?.laterSources ?? (isHydrated ? citedInSection : markerTargets)} />;
};
