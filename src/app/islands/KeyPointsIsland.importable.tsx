import { KeyPoints } from '../../features/keypoints/KeyPoints';

/** The key points: the same on the article and in their embed; an island so their cite markers hydrate. */
export const KeyPointsIsland = () => <KeyPoints />;
