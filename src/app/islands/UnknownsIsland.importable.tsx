import { Unknowns } from '../../features/story/Unknowns';
import { useHindsightLayer } from '../hindsightLayer';

export const UnknownsIsland = () => <Unknowns hindsight={useHindsightLayer()} />;
