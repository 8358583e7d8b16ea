import { ActorsPanel } from '../../features/actors/ActorsPanel';
import { useActorSelection } from '../../features/actors/useActorSelection';

/** The actors panel on the article page, driving the page-wide selection. */
export const ActorsIsland = () => {
  const { selectedActorId, selectActor } = useActorSelection();
  return <ActorsPanel selectedActorId={selectedActorId} onSelect={selectActor} />;
};
