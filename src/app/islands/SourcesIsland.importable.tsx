import { SourcesList } from '../../features/sources/SourcesList';
import { useHindsightLayer } from '../hindsightLayer';

/** Later reporting is listed only with the hindsight layer on: the story as of March 2021 cites none of it. */
export const SourcesIsland = () => {
  const hindsight = useHindsightLayer();
  return <SourcesList laterSources={hindsight?.laterSources} />;
};
