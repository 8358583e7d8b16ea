import { SourcesList } from '../../features/sources/SourcesList';

export const SourcesIsland = () => <SourcesList />;
