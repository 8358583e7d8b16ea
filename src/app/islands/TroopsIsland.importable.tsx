import { TroopLevels } from '../../features/timeline/TroopLevels';

export const TroopsIsland = () => <TroopLevels />;
