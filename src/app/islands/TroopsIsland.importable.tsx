import { TroopChart } from '../../features/timeline/TroopChart';
import { TroopTable } from '../../features/timeline/TroopTable';
import { useHindsightLayer } from '../hindsightLayer';
import type { SlotProps } from './types';

/**
 * The troop figures. In the story the deadline section's sticky graphic is
 * the one troop chart, so the slot holds only the table; the timeline embed
 * has no story around it, so it shows the chart too.
 */
export const TroopsIsland = ({ placement }: SlotProps) => {
  const hindsight = useHindsightLayer();
  return placement === 'standalone' ? <TroopChart headingLevel={2} hindsight={hindsight} /> : <TroopTable hindsight={hindsight} />;
};
