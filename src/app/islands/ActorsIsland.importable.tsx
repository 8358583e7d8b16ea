import { ActorsPanel } from '../../features/actors/ActorsPanel';
import { selectActor } from '../pageState';
import { useHindsightLayer } from '../hindsightLayer';
import { useAddress } from '../useAddress';
import type { SlotProps } from './types';

/** Who's who: on the article page its toggles drive the page-wide selection in `?actor=`. */
export const ActorsIsland = ({ placement }: SlotProps) => {
  const address = useAddress();
  const hindsight = useHindsightLayer();
  if (placement !== 'article') return <ActorsPanel isStandalone={placement === 'standalone'} hindsight={hindsight} />;
  return <ActorsPanel selectedActorId={address.location.actor} onSelect={selectActor} hindsight={hindsight} />;
};
