import { ActorSelectionBar } from '../../features/actors/ActorSelectionBar';
import { useActorSelection } from '../../features/actors/useActorSelection';

/** The bar that explains and clears a selection; its code loads only once something is selected. */
export const SelectionBarIsland = () => {
  const { selectedActorId, selectActor } = useActorSelection();
  return <ActorSelectionBar selectedActorId={selectedActorId} onClear={() => selectActor(null)} />;
};
