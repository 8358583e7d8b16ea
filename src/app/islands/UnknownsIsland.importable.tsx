import { Unknowns } from '../../features/story/Unknowns';

export const UnknownsIsland = () => <Unknowns />;
